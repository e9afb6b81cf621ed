package govkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Regular-expression alternations built from lexicon words, so the grammar stays in Java and the words in data. Stateless. */
public final class LexiconPatterns {
    private LexiconPatterns() {}

    /** {@code (?:w1|w2|…)} over the words, longest first so a longer word wins over its prefix. */
    public static String alternation(Collection<String> words) {
        return "(?:" + String.join("|", longestFirst(words).stream().map(Pattern::quote).toList()) + ")";
    }

    /** The words in the order {@link #alternation} tries them: longest first, then in code order. */
    public static List<String> longestFirst(Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y));
        return sorted;
    }
}
