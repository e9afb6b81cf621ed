package govkg.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmarks' child JVMs stand for commands a person types, so they must run with the options the launcher gives
 * the extraction commands. The two lists live in two languages (bash and Java); this keeps them from drifting apart.
 */
class BatchOptionsTest {
    private static final String LAUNCHER = readLauncher();

    private static String readLauncher() {
        try {
            return Files.readString(Path.of("govkg"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the launcher ./govkg is not readable from " + Path.of("").toAbsolutePath(), e);
        }
    }

    @Test
    void theLauncherGivesBatchCommandsEveryBatchOption() {
        for (String option : ChildJvm.BATCH_OPTIONS)
            assertTrue(LAUNCHER.contains("vm+=(" + option + ")"), "the launcher does not add " + option + " for batch commands");
    }

    @Test
    void onlyTheExtractionCommandsGetThem() {
        assertTrue(LAUNCHER.contains("\n  extract|eval|bench-ner)\n     mode=batch"), "the batch options are for extract, eval and bench-ner");
    }

    @Test
    void aChildVerdictLineReadsBackAsTheSameVerdict() {
        Verdict v = new Verdict("extract-cpu-ratio", 1.664, "×", 2.0, true, "process CPU full 11.2 s; load 1.5 1.0 1.1");
        Verdict back = Verdict.parse(v.line());
        org.junit.jupiter.api.Assertions.assertEquals(v, back);
        Verdict fail = new Verdict("load-vs-basic", 0.5, "×", 0.8, false, "x");
        org.junit.jupiter.api.Assertions.assertEquals(fail, Verdict.parse(fail.line()));
        org.junit.jupiter.api.Assertions.assertNull(Verdict.parse("  HanLP                   0.601"));
    }

    @Test
    void childRunsStartWithTheBatchOptionsAndKeepTheirOwn() {
        var jvm = ChildJvm.batch("-Xmx1g");
        assertTrue(jvm.containsAll(ChildJvm.BATCH_OPTIONS) && jvm.get(jvm.size() - 1).equals("-Xmx1g"), jvm.toString());
    }
}
