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

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(
            "(PASS|FAIL) (\\S+)\\s+(\\S+) (\\S*)\\s*\\(target ([≤≥]) (\\S+)\\)  (.*)");

    /** The verdict a {@link #line()} prints (as a child JVM's bench printed it), or null when {@code line} is none. */
    public static Verdict parse(String line) {
        java.util.regex.Matcher m = LINE.matcher(line);
        if (!m.matches()) return null;
        double value = m.group(3).equals("n/a") ? Double.NaN : Double.parseDouble(m.group(3));
        return new Verdict(m.group(2), value, m.group(4), Double.parseDouble(m.group(6)), m.group(5).equals("≤"), m.group(7));
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) return "n/a";
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
