package govkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold start: {@code govkg extract} of one small report file in a fresh JVM, wall clock from process
 * start to exit (JVM start, HanLP dictionaries, gazetteer, extraction, TriG written). Median of runs.
 */
public final class ColdStartBench {
    static final int RUNS = 5;

    private ColdStartBench() {}

    /**
     * Runs as the launcher does: with a class-data archive of the classes a run loads, made here by one
     * run first (as {@code ./govkg} makes target/govkg-batch.jsa once per jar), with the launcher's batch options. Without one when the JVM
     * cannot make it (a classpath of folders, as under Maven).
     */
    public static Verdict run(Path smallFile, Path work) throws IOException, InterruptedException {
        Path jsa = work.resolve("govkg.jsa");
        ChildJvm.run(null, ChildJvm.batch("-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xmx2g"),
                List.of("extract", "-q", "-o", work.resolve("cold.trig").toString(), smallFile.toString()), work.resolve("cold-cds.log"));
        List<String> jvm = java.nio.file.Files.exists(jsa)
                ? ChildJvm.batch("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xmx2g") : ChildJvm.batch("-Xmx2g");
        List<String> args = List.of("extract", "-q", "-o", work.resolve("cold.trig").toString(), smallFile.toString());
        List<Double> walls = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ChildJvm.Run r = ChildJvm.run(null, jvm, args, work.resolve("cold-" + i + ".log"));
            if (r.exitCode() != 0) return new Verdict("cold-start-extract", Double.NaN, "s", 2.0, true, "exit " + r.exitCode() + ", see " + r.log());
            walls.add(r.wallSec());
        }
        walls.sort(null);
        return new Verdict("cold-start-extract", walls.get(RUNS / 2), "s", 2.0, true, String.format(Locale.ROOT,
                "median of %d runs (min %.2f s, max %.2f s) of `%s` (%d bytes); load %s", RUNS, walls.get(0), walls.get(RUNS - 1),
                ChildJvm.shown(null, jvm, List.of("extract", "-q", "-o", "cold.trig", smallFile.getFileName().toString())),
                smallFile.toFile().length(), Machine.load()));
    }
}
