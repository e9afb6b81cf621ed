package govkg.resolve;

import java.util.Collection;

/**
 * The one rule for choosing an entity's label among the names it is given: the longest (the fullest
 * name, 甘肃省委政法委员会 over 省委政法委), ties broken by code-point order. It depends only on the set
 * of names, never on which report or mention came first, so the label is the same in any input order.
 */
public final class FullestName {
    private FullestName() {}

    /** True when {@code a} should be the label rather than {@code b}; {@code b} may be null. */
    public static boolean better(String a, String b) {
        if (b == null) return a != null;
        if (a == null) return false;
        if (a.length() != b.length()) return a.length() > b.length();
        return a.compareTo(b) < 0;
    }

    /** The fullest of {@code names}, or null when there is none. */
    public static String of(Collection<String> names) {
        String best = null;
        for (String n : names) if (better(n, best)) best = n;
        return best;
    }
}
