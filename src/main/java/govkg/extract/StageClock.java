package govkg.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where the processing of a report spends its CPU time, stage by stage: reading, simplifying, splitting, HanLP,
 * each extractor, resolution, mapping. {@code govkg bench} adds the stages up to show where extraction's cost goes
 * (docs/benchmarks.md); every other caller passes {@link #OFF}, which skips the clock reads altogether.
 */
@FunctionalInterface
public interface StageClock {
    StageClock OFF = (stage, cpuNanos) -> {};

    /** Called by the thread that did the work, once per stage and article (or file, for reading and splitting). */
    void spent(String stage, long cpuNanos);

    /** This thread's CPU time in nanoseconds. */
    static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Reports the time since {@code since} as {@code stage} and returns the new start; does nothing when off. */
    default long lap(String stage, long since) {
        if (this == OFF) return 0;
        long t = now();
        spent(stage, t - since);
        return t;
    }

    /** The start of a lap: the current time, or 0 when off. */
    default long start() {
        return this == OFF ? 0 : now();
    }

    ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
}
