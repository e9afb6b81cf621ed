package govkg.cli;

import java.io.PrintWriter;

/**
 * Progress of long work on stderr: a one-line bar with rate and ETA on a terminal, plain lines every
 * few seconds otherwise, nothing with --quiet. Not thread-safe (called from the consuming thread).
 */
final class ProgressReporter {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final String what;
    private final boolean everyFile;
    private final String unit, countUnit;
    private final long started = System.nanoTime();
    private long lastPrint;
    private boolean drew;

    ProgressReporter(PrintWriter err, boolean quiet, String what) {
        this(err, quiet, what, false);
    }

    /** @param everyFile a plain line after every file instead of a bar or a line every few seconds */
    ProgressReporter(PrintWriter err, boolean quiet, String what, boolean everyFile) {
        this(err, quiet, what, everyFile, "files", "reports");
    }

    /** @param unit what done/total count ("files"); @param countUnit what the third number counts ("reports") */
    ProgressReporter(PrintWriter err, boolean quiet, String what, boolean everyFile, String unit, String countUnit) {
        this.unit = unit;
        this.countUnit = countUnit;
        this.err = err;
        this.quiet = quiet;
        this.what = what;
        this.everyFile = everyFile;
    }

    void update(int done, int total, long reports) {
        if (quiet) return;
        long now = System.nanoTime();
        boolean last = done == total;
        boolean bar = terminal && !everyFile;
        if (!last && !everyFile && now - lastPrint < (bar ? 200_000_000L : 5_000_000_000L)) return;
        lastPrint = now;
        double secs = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        if (bar) {
            int width = 30, fill = total == 0 ? width : (int) ((long) width * done / total);
            err.printf("\r%s [%s%s] %d/%d %s, %d %s, %.1f %s/s, ETA %ds ", what, "#".repeat(fill),
                    " ".repeat(width - fill), done, total, unit, reports, countUnit, rate, unit, eta);
            drew = true;
        } else if (!last || total > 1 || everyFile) {
            err.printf("%s: %d/%d %s, %d %s, %.1f %s/s, ETA %ds%n", what, done, total, unit, reports, countUnit, rate, unit, eta);
        }
        err.flush();
    }

    /** Progress through bytes of input (a load): bytes done of total, statements so far. */
    void bytes(long done, long total, long statements) {
        if (quiet) return;
        long now = System.nanoTime();
        if (done < total && now - lastPrint < (terminal ? 200_000_000L : 5_000_000_000L)) return;
        lastPrint = now;
        double secs = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        if (terminal) {
            int width = 30, fill = total == 0 ? width : (int) Math.min(width, (long) width * done / total);
            err.printf("\r%s [%s%s] %.1f/%.1f MB, %d statements, %.0f statements/s, ETA %ds ", what, "#".repeat(fill),
                    " ".repeat(width - fill), done / 1e6, total / 1e6, statements, statements / secs, eta);
            drew = true;
        } else {
            err.printf("%s: %.1f/%.1f MB, %d statements, %.0f statements/s, ETA %ds%n", what, done / 1e6, total / 1e6, statements,
                    statements / secs, eta);
        }
        err.flush();
    }

    void finish() {
        if (drew) {
            err.println();
            err.flush();
        }
    }
}
