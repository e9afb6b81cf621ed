package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations with their speaker: “…。”X介绍/表示/说, where X is a person or organization mentioned
 * right after the closing mark (possibly after a title or 相关负责人).
 */
public final class QuotationExtractor implements Extractor {
    private static final Pattern QUOTE = Pattern.compile("“([^“”]{8,400}[。！？…])”");
    /** How far after the closing mark the speech verb may be: room for a title and a name (…”市公安局副局长某某介绍). */
    private static final int SPEAKER_WINDOW = 30;
    /** Speech verbs: the people lexicon's (person-cues {@code speech}), so a new verb is one line for both. */
    private final TermIndex speech;

    public QuotationExtractor(Lexicons lex) {
        this.speech = lex.index(LexiconKind.PERSON_CUE, "speech");
    }

    @Override public String name() { return "quotation"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PERSON, Layer.ORGANIZATION); }
    @Override public Set<Layer> writes() { return Set.of(Layer.QUOTATION); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            int after = m.end();
            int limit = speechVerbAfter(text, after);
            if (limit < 0) continue;
            Mention speaker = null;
            for (EntityType t : new EntityType[]{EntityType.PERSON, EntityType.ORGANIZATION}) {
                for (Mention p : a.mentions(t)) if (p.begin() >= after && p.end() <= limit) { speaker = p; break; }
                if (speaker != null) break;
            }
            if (speaker == null) continue;
            a.add(new Quotation(speaker, m.group(1), m.start(), limit, name(), Confidence.WEAK_PATTERN));
        }
    }

    /** Where the first speech verb starts within the window after a closing mark, in the same clause; -1 if none. */
    private int speechVerbAfter(String text, int after) {
        for (int i = after; i <= after + SPEAKER_WINDOW && i < text.length(); i++) {
            if ("，。“”".indexOf(text.charAt(i)) >= 0) return -1;
            if (speech.startingAt(text, i, 1) != null) return i;
        }
        return -1;
    }
}
