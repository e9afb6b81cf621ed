package govkg.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Lexicon terms in two character tries, one read forwards from a term's first character and one backwards from
 * its last, so "which term ends (or starts) here" walks a few characters of the text instead of trying every
 * term that shares the first or last character. The extractors ask this at every character of every article,
 * which made a plain scan of the lexicon the largest cost after HanLP, and a scan of the terms sharing a character
 * still a visible one with large lexicons (docs/benchmarks.md). Each term keeps its place in the order given
 * (longest first, as a rule), and of the terms that match the answer is the one given first, so it is the one a
 * scan of the whole list in that order gives. Immutable; thread-safe.
 */
public final class TermIndex {
    private static final char[] NO_KEYS = new char[0];
    private static final Node[] NO_NODES = new Node[0];

    /** A trie node: the children by character (sorted keys), and the given place of the term that ends here. */
    private static final class Node {
        char[] keys = NO_KEYS;
        Node[] kids = NO_NODES;
        /** place in the given order of the term this path spells, or -1 */
        int order = -1;

        Node child(char c) {
            char[] k = keys;
            if (k.length < 8) {
                for (int i = 0; i < k.length; i++) if (k[i] == c) return kids[i];
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i < 0 ? null : kids[i];
        }

        Node add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) return kids[i];
            i = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[keys.length + 1];
            System.arraycopy(keys, 0, k, 0, i);
            System.arraycopy(kids, 0, n, 0, i);
            System.arraycopy(keys, i, k, i + 1, keys.length - i);
            System.arraycopy(kids, i, n, i + 1, keys.length - i);
            k[i] = c;
            n[i] = new Node();
            keys = k;
            kids = n;
            return n[i];
        }
    }

    private final String[] terms;
    // the first level indexed by the char itself: a map would box every char looked up (one lookup per character of every article)
    private final Node[] forward = new Node[Character.MAX_VALUE + 1];
    private final Node[] backward = new Node[Character.MAX_VALUE + 1];

    public TermIndex(Collection<String> termsInOrder) {
        List<String> kept = new ArrayList<>(termsInOrder.size());
        for (String t : termsInOrder) {
            if (t.isEmpty()) continue;
            int order = kept.size();
            kept.add(t);
            Node f = forward[t.charAt(0)];
            if (f == null) forward[t.charAt(0)] = f = new Node();
            for (int i = 1; i < t.length(); i++) f = f.add(t.charAt(i));
            if (f.order < 0) f.order = order;
            int last = t.length() - 1;
            Node b = backward[t.charAt(last)];
            if (b == null) backward[t.charAt(last)] = b = new Node();
            for (int i = last - 1; i >= 0; i--) b = b.add(t.charAt(i));
            if (b.order < 0) b.order = order;
        }
        terms = kept.toArray(new String[0]);
    }

    /** The first term (in the given order) that ends at {@code end} in {@code text}, or null. */
    public String endingAt(String text, int end) {
        return endingAt(text, end, end);
    }

    /** The first term (in the given order) of at most {@code maxLength} characters that ends at {@code end}, or null. */
    public String endingAt(String text, int end, int maxLength) {
        if (end < 1 || end > text.length() || maxLength < 1) return null;
        Node n = backward[text.charAt(end - 1)];
        int best = Integer.MAX_VALUE;
        int limit = Math.min(maxLength, end);
        for (int length = 1; n != null; length++) {
            if (n.order >= 0 && n.order < best) best = n.order;
            if (length >= limit) break;
            n = n.child(text.charAt(end - 1 - length));
        }
        return best == Integer.MAX_VALUE ? null : terms[best];
    }

    /** The first term (in the given order) {@code s} ends with, or null. */
    public String endOf(String s) {
        return endingAt(s, s.length());
    }

    /** The first term (in the given order) of at least {@code minLength} characters that starts at {@code pos}, or null. */
    public String startingAt(String text, int pos, int minLength) {
        return startingAt(text, pos, minLength, text.length());
    }

    /**
     * The first term (in the given order) of at least {@code minLength} characters that starts at {@code pos} and
     * ends by {@code end}, or null: the text read as if it stopped at {@code end}.
     */
    public String startingAt(String text, int pos, int minLength, int end) {
        if (pos < 0 || pos >= Math.min(end, text.length())) return null;
        Node n = forward[text.charAt(pos)];
        int best = Integer.MAX_VALUE;
        int limit = Math.min(end, text.length()) - pos;
        for (int length = 1; n != null; length++) {
            if (n.order >= 0 && n.order < best && length >= minLength) best = n.order;
            if (length >= limit) break;
            n = n.child(text.charAt(pos + length));
        }
        return best == Integer.MAX_VALUE ? null : terms[best];
    }

    /** Every term that starts at {@code pos}, longest first (empty when none). */
    public List<String> allStartingAt(String text, int pos) {
        if (pos < 0 || pos >= text.length()) return List.of();
        Node n = forward[text.charAt(pos)];
        if (n == null) return List.of();
        List<String> out = null;
        int limit = text.length() - pos;
        for (int length = 1; n != null; length++) {
            if (n.order >= 0) {
                if (out == null) out = new ArrayList<>(2);
                out.add(0, terms[n.order]);     // the path spells the term: longer ones go first
            }
            if (length >= limit) break;
            n = n.child(text.charAt(pos + length));
        }
        return out == null ? List.of() : out;
    }

    /** Every term that occurs somewhere in {@code text}: one walk from each character instead of a search per term. */
    public java.util.Set<String> termsIn(String text) {
        java.util.Set<String> out = null;
        char[] chars = text.toCharArray();      // read as an array: String.charAt's checks cost more than the walk itself
        for (int pos = 0; pos < chars.length; pos++) {
            Node n = forward[chars[pos]];
            int limit = chars.length - pos;
            for (int length = 1; n != null; length++) {
                if (n.order >= 0) {
                    if (out == null) out = new java.util.HashSet<>();
                    out.add(terms[n.order]);
                }
                if (length >= limit) break;
                n = n.child(chars[pos + length]);
            }
        }
        return out == null ? java.util.Set.of() : out;
    }

    /** Where each term occurs in {@code text} (overlapping occurrences too), in text order; terms that do not occur are absent. */
    public java.util.Map<String, List<Integer>> occurrences(String text) {
        java.util.Map<String, List<Integer>> out = new java.util.HashMap<>();
        char[] chars = text.toCharArray();      // as in termsIn
        for (int pos = 0; pos < chars.length; pos++) {
            Node n = forward[chars[pos]];
            int limit = chars.length - pos;
            for (int length = 1; n != null; length++) {
                if (n.order >= 0) out.computeIfAbsent(terms[n.order], t -> new ArrayList<>(2)).add(pos);
                if (length >= limit) break;
                n = n.child(chars[pos + length]);
            }
        }
        return out;
    }

    /** True when {@code s} contains a term of at least {@code minLength} characters. */
    public boolean occursIn(String s, int minLength) {
        for (int i = 0; i < s.length(); i++) if (startingAt(s, i, minLength) != null) return true;
        return false;
    }
}
