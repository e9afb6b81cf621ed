package govkg.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexicon terms grouped by their first and by their last character, so "which term ends (or starts)
 * here" looks at the few terms that can match instead of the whole lexicon. The extractors ask this
 * at every character of every article, which made a plain scan of the lexicon the largest cost after
 * HanLP (docs/benchmarks.md). Within a group terms keep the order given (longest first), so the
 * answer is the one a scan of the whole list in that order gives. Immutable; thread-safe.
 */
public final class TermIndex {
    private static final String[] NONE = new String[0];
    // indexed by the char itself: a map would box every char looked up (one lookup per character of every article)
    private final String[][] byLast = new String[Character.MAX_VALUE + 1][];
    private final String[][] byFirst = new String[Character.MAX_VALUE + 1][];

    public TermIndex(Collection<String> termsInOrder) {
        Map<Character, List<String>> last = new HashMap<>(), first = new HashMap<>();
        for (String t : termsInOrder) {
            if (t.isEmpty()) continue;
            last.computeIfAbsent(t.charAt(t.length() - 1), k -> new ArrayList<>()).add(t);
            first.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(t);
        }
        last.forEach((c, l) -> byLast[c] = l.toArray(NONE));
        first.forEach((c, l) -> byFirst[c] = l.toArray(NONE));
    }

    /** The first term (in the given order) that ends at {@code end} in {@code text}, or null. */
    public String endingAt(String text, int end) {
        return endingAt(text, end, end);
    }

    /** The first term (in the given order) of at most {@code maxLength} characters that ends at {@code end}, or null. */
    public String endingAt(String text, int end, int maxLength) {
        if (end < 1 || end > text.length()) return null;
        String[] group = byLast[text.charAt(end - 1)];
        if (group == null) return null;
        for (String t : group) if (t.length() <= maxLength && end >= t.length() && text.startsWith(t, end - t.length())) return t;
        return null;
    }

    /** The first term (in the given order) {@code s} ends with, or null. */
    public String endOf(String s) {
        return endingAt(s, s.length());
    }

    /** The first term (in the given order) of at least {@code minLength} characters that starts at {@code pos}, or null. */
    public String startingAt(String text, int pos, int minLength) {
        if (pos < 0 || pos >= text.length()) return null;
        String[] group = byFirst[text.charAt(pos)];
        if (group == null) return null;
        for (String t : group) if (t.length() >= minLength && text.startsWith(t, pos)) return t;
        return null;
    }

    /** True when {@code s} contains a term of at least {@code minLength} characters. */
    public boolean occursIn(String s, int minLength) {
        for (int i = 0; i < s.length(); i++) if (startingAt(s, i, minLength) != null) return true;
        return false;
    }
}
