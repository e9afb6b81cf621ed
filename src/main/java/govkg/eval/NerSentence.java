package govkg.eval;

import java.util.List;

/** One sentence of a labelled NER corpus with its gold spans. */
public record NerSentence(String id, String text, List<NerSpan> gold) {
    public NerSentence {
        gold = List.copyOf(gold);
        for (NerSpan s : gold) {
            if (s.end() > text.length()) throw new IllegalArgumentException(id + ": span " + s + " beyond the text");
        }
    }
}
