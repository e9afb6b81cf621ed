package govkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Both cores used: the same {@code govkg extract} of the corpus folder in a fresh JVM pinned to one
 * CPU ({@code taskset -c 0}, so the JVM sees one processor and runs one worker) and on all CPUs.
 * The figure is wall(1 CPU) / wall(all CPUs); the target is ≥ 1.6 on 2 cores.
 */
public final class CoresBench {
    private CoresBench() {}

    /**
     * A fingerprint of the set of lines of an N-Quads file that ignores their order: the statements
     * within a report may come out in another order from run to run (sets), the statements may not.
     */
    static long statements(Path nq) throws IOException {
        long sum = 0, xor = 0;
        try (var lines = Files.lines(nq)) {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String l = it.next();
                long h = 0xcbf29ce484222325L;
                for (int i = 0; i < l.length(); i++) h = (h ^ l.charAt(i)) * 0x100000001b3L;
                sum += h;
                xor ^= h * 0x9E3779B97F4A7C15L;
            }
        }
        return sum * 31 + xor;
    }

    public static Verdict run(Path reports, Path work) throws IOException, InterruptedException {
        int cpus = Runtime.getRuntime().availableProcessors();
        List<String> jvm = ChildJvm.batch("-Xmx2g");
        List<String> one = List.of("extract", "-q", "-o", work.resolve("cores-1.nq").toString(), reports.toString());
        List<String> all = List.of("extract", "-q", "-o", work.resolve("cores-all.nq").toString(), reports.toString());
        if (cpus < 2) return new Verdict("two-core-speedup", Double.NaN, "×", 1.6, false, "only one CPU here");
        ChildJvm.Run r1 = ChildJvm.run("0", jvm, one, work.resolve("cores-1.log"));
        String load1 = Machine.load();
        ChildJvm.Run r2 = ChildJvm.run(null, jvm, all, work.resolve("cores-all.log"));
        if (r1.exitCode() != 0 || r2.exitCode() != 0)
            return new Verdict("two-core-speedup", Double.NaN, "×", 1.6, false, "a run failed, see " + r1.log() + " and " + r2.log());
        boolean same = statements(work.resolve("cores-1.nq")) == statements(work.resolve("cores-all.nq"));
        return new Verdict("two-core-speedup", r1.wallSec() / r2.wallSec(), "×", 1.6, false, String.format(Locale.ROOT,
                "wall %.1f s on CPU 0 vs %.1f s on %d CPUs, outputs: %s; `%s` vs `%s`; load %s then %s",
                r1.wallSec(), r2.wallSec(), cpus, same ? "same statements" : "DIFFERENT statements",
                ChildJvm.shown("0", jvm, List.of("extract", "-q", "-o", "out.nq", "REPORTS/")),
                ChildJvm.shown(null, jvm, List.of("extract", "-q", "-o", "out.nq", "REPORTS/")), load1, Machine.load()));
    }
}
