package govkg.bench;

import java.util.Locale;

/**
 * One benchmark's outcome: the figure measured, the target it is held to, whether it meets it, and
 * what was measured (sizes, raw times, machine load) so a reader can redo the arithmetic.
 *
 * @param atMost true when the figure must be at most the target (a cost), false when at least (a rate)
 */
public record Verdict(String name, double value, String unit, double target, boolean atMost, String detail) {
    public boolean pass() {
        return Double.isFinite(value) && (atMost ? value <= target : value >= target);
    }

    /** {@code PASS name  value unit (≤ target)  detail} — one line, grep-able. */
    public String line() {
        return String.format(Locale.ROOT, "%s %-22s %10s %-6s (target %s %s)  %s", pass() ? "PASS" : "FAIL", name,
                fmt(value), unit, atMost ? "≤" : "≥", fmt(target), detail);
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) return "n/a";
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
