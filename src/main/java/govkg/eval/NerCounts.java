package govkg.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Mention counts of one benchmark row. Exact: a predicted span is a true positive when a gold span has the
 * same begin and end. Overlap (relaxed): precision counts the predicted spans that overlap some gold span,
 * recall the gold spans that some predicted span overlaps.
 */
public record NerCounts(int gold, int predicted, int exactTp, int predictedOverlapping, int goldOverlapped) {
    public static final NerCounts ZERO = new NerCounts(0, 0, 0, 0, 0);

    /** The counts of one sentence; spans are compared by position only (labels were filtered before). */
    public static NerCounts of(Collection<NerSpan> gold, Collection<NerSpan> predicted) {
        Set<Long> g = positions(gold), p = positions(predicted);
        int tp = 0;
        for (long x : p) if (g.contains(x)) tp++;
        int po = 0, go = 0;
        for (long x : p) if (g.stream().anyMatch(y -> overlap(x, y))) po++;
        for (long y : g) if (p.stream().anyMatch(x -> overlap(x, y))) go++;
        return new NerCounts(g.size(), p.size(), tp, po, go);
    }

    public NerCounts plus(NerCounts o) {
        return new NerCounts(gold + o.gold, predicted + o.predicted, exactTp + o.exactTp,
                predictedOverlapping + o.predictedOverlapping, goldOverlapped + o.goldOverlapped);
    }

    public Prf exact() {
        return Prf.of(exactTp, predicted - exactTp, gold);
    }

    public Prf overlap() {
        double p = predicted == 0 ? 0 : (double) predictedOverlapping / predicted;
        double r = gold == 0 ? 0 : (double) goldOverlapped / gold;
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Set<Long> positions(Collection<NerSpan> spans) {
        Set<Long> out = new HashSet<>();
        for (NerSpan s : spans) out.add(((long) s.begin() << 32) | s.end());
        return out;
    }

    private static boolean overlap(long a, long b) {
        int ab = (int) (a >>> 32), ae = (int) a, bb = (int) (b >>> 32), be = (int) b;
        return ab < be && bb < ae;
    }
}
