package govkg.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * owl:sameAs classes: a union-find over IRIs in which every IRI maps to the smallest IRI it is declared the
 * same as, transitively and in both directions.
 */
final class SameAs {
    private final Map<String, String> parent = new HashMap<>();

    void join(String a, String b) {
        String ra = root(a), rb = root(b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    /** The representative of {@code x}'s class ({@code x} itself when it is the same as nothing). */
    String root(String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) return x;
        String r = root(p);
        parent.put(x, r);
        return r;
    }
}
