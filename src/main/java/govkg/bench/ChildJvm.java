package govkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs govkg in a fresh JVM on this JVM's classpath (the built jar when run from it), optionally
 * pinned to CPUs with {@code taskset}, and times it by the wall clock. Output goes to a log file in
 * the scratch folder, so a failure can be read afterwards.
 */
public final class ChildJvm {
    /** How a child run ended. */
    public record Run(int exitCode, double wallSec, Path log) {}

    /**
     * The options {@code ./govkg} gives every command but {@code serve} and {@code demo}: the client compiler only and
     * the serial collector (the launcher says why). A child run here is a run of the command as a person types it, so
     * it gets them too. {@code BatchOptionsTest} checks the launcher still gives these.
     */
    public static final List<String> BATCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ChildJvm() {}

    /** {@link #BATCH_OPTIONS} followed by {@code more}. */
    public static List<String> batch(String... more) {
        List<String> out = new ArrayList<>(BATCH_OPTIONS);
        out.addAll(List.of(more));
        return out;
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * @param cpus    a taskset CPU list ("0") or null for no pinning
     * @param jvmArgs JVM options (-Xmx…)
     * @param args    govkg arguments
     */
    public static Run run(String cpus, List<String> jvmArgs, List<String> args, Path log) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (cpus != null) cmd.addAll(List.of("taskset", "-c", cpus));
        cmd.add(java());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "govkg.cli.Main"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        return new Run(code, (System.nanoTime() - t0) / 1e9, log);
    }

    /** The command line as a person would type it (for the report). */
    public static String shown(String cpus, List<String> jvmArgs, List<String> args) {
        return (cpus == null ? "" : "taskset -c " + cpus + " ") + "java " + String.join(" ", jvmArgs) + " -jar govkg.jar " + String.join(" ", args);
    }
}
