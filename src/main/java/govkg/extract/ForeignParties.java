package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a list of titles is a foreign one: 越共中央政治局委员、公安部部长某某 — a foreign party (foreign-parties.txt, 越共,
 * 老挝人革党) or a foreign country named earlier in the clause makes the titles after it that country's, so their
 * bodies (中央政治局, 公安部) are not China's namesakes and the name after them is a foreigner's. China's own name
 * (中国, 中共, 我国) after the foreign one gives the clause back to China. Thread-safe.
 */
final class ForeignParties {
    /** What ends a clause; 、 does not: it joins the titles of one list. */
    private static final String CLAUSE_ENDS = "，。；：！？\n“”（）";
    /** The longest clause looked back through. */
    private static final int MAX_CLAUSE = 60;
    /** China's own party besides the own-state names (中共中央政治局委员、…). */
    private static final List<String> OWN_PARTY = List.of("中共", "中国共产党");

    private final TermIndex foreign;
    private final TermIndex own;

    ForeignParties(Lexicons lex) {
        List<String> names = new ArrayList<>();
        lex.entries(LexiconKind.FOREIGN_PARTY).forEach((name, value) -> {
            names.add(name);
            String[] v = value.split("\\|");
            for (int i = 1; i < v.length; i++) if (!v[i].isBlank()) names.add(v[i].strip());
        });
        lex.entries(LexiconKind.COUNTRY).forEach((name, value) -> {
            names.add(name);
            String[] v = value.split("\\|");
            for (int i = 1; i < v.length; i++) if (!v[i].isBlank()) names.add(v[i].strip());
        });
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.foreign = new TermIndex(names);
        List<String> ownNames = new ArrayList<>(lex.words(LexiconKind.OWN_STATE_NAME));
        ownNames.addAll(OWN_PARTY);
        ownNames.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.own = new TermIndex(ownNames);
    }

    /** Whether a foreign party or country is the last state or party the clause names before {@code pos}. */
    boolean foreignBefore(String text, int pos) {
        int start = pos;
        while (start > 0 && pos - start < MAX_CLAUSE && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) start--;
        boolean foreignLast = false;
        for (int i = start; i < pos; ) {
            String f = foreign.startingAt(text, i, 2), o = own.startingAt(text, i, 2);
            if (o != null && (f == null || o.length() >= f.length())) { foreignLast = false; i += o.length(); }
            else if (f != null) { foreignLast = true; i += f.length(); }
            else i++;
        }
        return foreignLast;
    }

    /** The longest name of a party or country. */
    private static final int MAX_NAME = 12;

    /** Whether a foreign party's name (or a country's) starts before {@code pos} and runs past it (老挝人革|党中央). */
    boolean inside(String text, int pos) {
        for (int i = pos - 1; i >= 0 && i >= pos - MAX_NAME; i--) {
            String f = foreign.startingAt(text, i, 2);
            if (f != null && i + f.length() > pos) return true;
        }
        return false;
    }

    /** The foreign party's name (or short form) that ends at {@code end}, or null. */
    String partyEndingAt(String text, int end) {
        return foreign.endingAt(text, end);
    }
}
