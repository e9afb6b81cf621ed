package govkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The only class that talks to HanLP. Segments text into {@link Token}s with offsets and HanLP's person
 * recognition (nr) switched on; those tags are candidates for the extractors, never decisions.
 *
 * <p>HanLP's place (ns) and organization (nt) recognizers stay off. They cost about 0.44 of HanLP's whole time
 * on the benchmark corpus (the organization recognizer alone about 0.28: another role-tagging pass over every
 * sentence), and we have better sources for both: places come from the gazetteer, organizations from the suffix
 * grammar, which had to undo the recognizer's glued verbs anyway (推广坞城派出所/nt). With them off, every evaluation
 * set and both NER benchmarks score the same (docs/benchmarks.md). What they did catch, an unknown place before a
 * body that the person recognizer then takes for a given name (石岭/nr 派出所), is handled by the name-start rule
 * ({@code extract.NameStart}).
 *
 * <p>Domain words: an adapter {@link #withWords with words} has a custom dictionary of its own (HanLP's bundled
 * custom dictionary, loaded again, about 0.1 s, plus the words), so two pipelines with different lexicons never
 * see each other's words and HanLP's global {@code CustomDictionary.DEFAULT} is never changed
 * ({@code HanLpAdapterTest} holds both). Thread-safety: segmenting is thread-safe; the words go in when the
 * adapter is built, before any segmentation (inserting while another thread segments can throw, HanLP issues
 * #1116, #868).
 */
public final class HanLpAdapter {
    private static volatile HanLpAdapter instance;
    private final Segment segment;
    /** Dictionary words only: HanLP's organization recognizer glues verbs to names (推广坞城派出所/nt), this does not. */
    private final Segment plain;

    private HanLpAdapter(DynamicCustomDictionary dictionary) {
        segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true);
        plain = HanLP.newSegment()
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableOffset(true);
        if (dictionary != null) {
            segment.enableCustomDictionary(dictionary);
            plain.enableCustomDictionary(dictionary);
        }
    }

    /**
     * An adapter whose dictionary also holds {@code wordsByNature} (nature such as "nnt" for titles → words), in a
     * custom dictionary of its own: nothing leaks into other adapters or HanLP's global dictionary.
     */
    public static HanLpAdapter withWords(Map<String, ? extends Collection<String>> wordsByNature) {
        DynamicCustomDictionary own = new DynamicCustomDictionary(CustomDictionary.DEFAULT.path);
        wordsByNature.forEach((nature, words) -> {
            for (String w : words) if (w.length() > 1) own.insert(w, nature + " 1000");
        });
        return new HanLpAdapter(own);
    }

    /** The shared adapter with HanLP's bundled dictionaries only; they load on first use. */
    public static HanLpAdapter get() {
        HanLpAdapter a = instance;
        if (a == null) {
            synchronized (HanLpAdapter.class) {
                if (instance == null) instance = new HanLpAdapter(null);
                a = instance;
            }
        }
        return a;
    }

    /**
     * The natures the core dictionary lists for {@code word}, most frequent first, with that word's total frequency
     * (natures empty and frequency 0 when the dictionary does not know it). A hash lookup, no segmentation.
     */
    public DictionaryEntry dictionaryEntry(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute at = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        if (at == null) return DictionaryEntry.NONE;
        List<String> natures = new ArrayList<>(at.nature.length);
        for (var n : at.nature) natures.add(n.toString());
        return new DictionaryEntry(List.copyOf(natures), at.totalFrequency);
    }

    /**
     * How often HanLP's person-role dictionary (the statistics its name recognizer is trained on) saw {@code ch} as
     * a surname (role B), as a one-character given name (E), as the first (C) and the last (D) character of a
     * two-character given name: {@code int[]{B, E, C, D}}, all 0 when the dictionary does not know the character.
     */
    public int[] personRoles(String ch) {
        var item = com.hankcs.hanlp.dictionary.nr.PersonDictionary.dictionary.get(ch);
        if (item == null) return new int[4];
        return new int[]{item.getFrequency(com.hankcs.hanlp.corpus.tag.NR.B), item.getFrequency(com.hankcs.hanlp.corpus.tag.NR.E),
                item.getFrequency(com.hankcs.hanlp.corpus.tag.NR.C), item.getFrequency(com.hankcs.hanlp.corpus.tag.NR.D)};
    }

    /** A core-dictionary entry: its natures (most frequent first) and total frequency. */
    public record DictionaryEntry(List<String> natures, int frequency) {
        static final DictionaryEntry NONE = new DictionaryEntry(List.of(), 0);

        public boolean known() {
            return !natures.isEmpty();
        }

        /** Whether the dictionary lists the word as a person's name (nr, nrf …) among its natures. */
        public boolean canBeName() {
            for (String n : natures) if (n.startsWith("nr")) return true;
            return false;
        }
    }

    /**
     * HanLP's words of {@code text}. Line breaks are read as a sentence's end (。): HanLP's name recognition does not
     * see a name right after a line break (杨/ng 洁/ag 篪/g 出席 at a paragraph's start, 杨洁篪/nr after 。), and a
     * paragraph is a sentence's end. The tokens keep the text's own characters (same length, same offsets).
     */
    public List<Token> segment(String text) {
        if (text.indexOf('\n') < 0) return tokens(segment.seg(text));
        List<Term> terms = segment.seg(text.replace('\n', PARAGRAPH_END));
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            String word = t.word.indexOf(PARAGRAPH_END) >= 0 ? text.substring(t.offset, t.offset + t.word.length()) : t.word;
            out.add(new Token(word, t.nature == null ? "x" : t.nature.toString(), t.offset));
        }
        return out;
    }

    /** What a line break is read as. */
    private static final char PARAGRAPH_END = '。';

    /** Segments a short span with dictionary words and no name recognition (for finding where a name starts). */
    public List<Token> segmentPlain(String text) {
        return tokens(plain.seg(text));
    }

    private static List<Token> tokens(List<Term> terms) {
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
        return out;
    }
}
