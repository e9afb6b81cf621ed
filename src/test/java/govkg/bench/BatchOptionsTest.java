package govkg.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmarks' child JVMs stand for commands a person types, so they must run with the options the launcher gives
 * batch commands. The two lists live in two languages (bash and Java); this keeps them from drifting apart.
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
    void theServerCommandsKeepTheJvmDefaults() {
        assertTrue(LAUNCHER.contains("serve|demo) mode=serve ;;"), "serve and demo should be exempt from the batch options");
    }

    @Test
    void childRunsStartWithTheBatchOptionsAndKeepTheirOwn() {
        var jvm = ChildJvm.batch("-Xmx1g");
        assertTrue(jvm.containsAll(ChildJvm.BATCH_OPTIONS) && jvm.get(jvm.size() - 1).equals("-Xmx1g"), jvm.toString());
    }
}
