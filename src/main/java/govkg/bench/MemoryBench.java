package govkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory bounded by the largest article and the number of distinct entities, not by the corpus:
 * {@code govkg build} of {@code reports} report files in a fresh JVM with a 1 GB heap. The files are
 * the corpus articles copied with rotated surnames (so each copy names other people) into folders
 * copy-0, copy-1, …. Passes when the build finishes without running out of memory; the figure is the
 * largest heap left after a garbage collection (from the JVM's GC log), the build's working set.
 */
public final class MemoryBench {
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    private MemoryBench() {}

    /** Writes {@code reports} report files under {@code dir}, copying the corpus as often as needed. */
    static Path writeCopies(BenchCorpus corpus, int reports, Path dir) throws IOException {
        BenchFiles.deleteTree(dir);
        int n = 0;
        for (int copy = 0; n < reports; copy++) {
            Path d = Files.createDirectories(dir.resolve("copy-" + copy));
            for (CorpusArticle a : corpus.articles()) {
                if (n++ >= reports) break;
                String text = copy == 0 ? a.asReportFile() : ScaledStore.rotate(a.asReportFile(), copy);
                Files.writeString(d.resolve(a.fileName()), text, StandardCharsets.UTF_8);
            }
        }
        return dir;
    }

    public static Verdict run(BenchCorpus corpus, int reports, Path work) throws IOException, InterruptedException {
        Path files = writeCopies(corpus, reports, work.resolve("copies"));
        Path gcLog = work.resolve("mem-gc.log");
        List<String> jvm = List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog);
        List<String> args = List.of("build", "-q", "--db", work.resolve("mem-db").toString(), files.toString());
        ChildJvm.Run r = ChildJvm.run(null, jvm, args, work.resolve("mem.log"));
        long peak = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                if (!line.contains("Pause")) continue;
                Matcher m = AFTER_GC.matcher(line);
                if (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        String detail = String.format(Locale.ROOT, "`%s` over %d report files: exit %d in %.0f s (%.0f reports/s), largest heap after GC %d MB; load %s",
                ChildJvm.shown(null, List.of("-Xmx1g"), List.of("build", "-q", "--db", "DB", "COPIES/")), reports, r.exitCode(), r.wallSec(),
                reports / r.wallSec(), peak, Machine.load());
        BenchFiles.deleteTree(files);
        BenchFiles.deleteTree(work.resolve("mem-db"));
        return new Verdict("build-in-1g-heap", r.exitCode() == 0 ? peak : Double.NaN, "MB", 1024, true,
                r.exitCode() == 0 ? detail : detail + "; see " + r.log());
    }
}
