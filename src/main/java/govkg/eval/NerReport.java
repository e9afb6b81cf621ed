package govkg.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The result of a {@link NerBenchmark} run: counts per row, and the size and time of the run. */
public record NerReport(Map<NerCategory, NerCounts> counts, int sentences, long chars, long nanos) {
    public NerReport {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    /** The rows marked {@link NerCategory#inMicro()}, summed. */
    public NerCounts micro() {
        NerCounts m = NerCounts.ZERO;
        for (var e : counts.entrySet()) if (e.getKey().inMicro()) m = m.plus(e.getValue());
        return m;
    }

    public double charsPerSecond() {
        return nanos == 0 ? 0 : chars * 1e9 / nanos;
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-15s %6s %6s %6s   %-20s   %s%n", "type", "gold", "pred", "tp", "exact P / R / F1", "overlap P / R / F1");
        for (var e : counts.entrySet()) row(out, e.getKey().name(), e.getValue(), e.getKey().recallOnly());
        row(out, "micro", micro(), false);
        out.printf(Locale.ROOT, "%n%d sentences, %d chars, extraction %.1f s, %.0f chars/s (one thread)%n",
                sentences, chars, nanos / 1e9, charsPerSecond());
        out.flush();
    }

    private static void row(PrintWriter out, String name, NerCounts c, boolean recallOnly) {
        Prf x = c.exact(), o = c.overlap();
        out.printf(Locale.ROOT, "%-15s %6d %6s %6d   %s   %s%n", name, c.gold(), recallOnly ? "-" : Integer.toString(c.predicted()), c.exactTp(),
                triple(x, recallOnly), triple(o, recallOnly));
    }

    private static String triple(Prf p, boolean recallOnly) {
        return recallOnly ? String.format(Locale.ROOT, "    -  %.3f    -  ", p.recall())
                : String.format(Locale.ROOT, "%.3f %.3f %.3f", p.precision(), p.recall(), p.f1());
    }
}
