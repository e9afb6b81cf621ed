package govkg.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real `govkg` process: a child JVM on the test's class path running {@code govkg.cli.Main}, its stderr read
 * line by line, so a test can wait for a line and then kill the process with SIGKILL. Not thread-safe.
 */
final class ChildGovkg implements AutoCloseable {
    final Process process;
    private final BufferedReader err;
    final List<String> lines = new ArrayList<>();

    private ChildGovkg(Process process) {
        this.process = process;
        this.err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code govkg ARGS...} in a new JVM (stdout discarded). */
    static ChildGovkg start(List<String> prefix, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(javaBin(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "govkg.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return new ChildGovkg(pb.start());
    }

    static ChildGovkg start(String... args) throws IOException {
        return start(List.of(), args);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Reads stderr until a line matches; false when the process ended first. */
    boolean awaitLine(Predicate<String> p) throws IOException {
        String l;
        while ((l = err.readLine()) != null) {
            lines.add(l);
            if (p.test(l)) return true;
        }
        return false;
    }

    /** Kills the process with SIGKILL (no shutdown hooks, no finally blocks) and waits for it to go. */
    void kill() throws InterruptedException {
        process.destroyForcibly();   // SIGKILL on Linux
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the process to end (reading the rest of stderr) and returns its exit code. */
    int exitCode() throws IOException, InterruptedException {
        awaitLine(l -> false);
        if (!process.waitFor(5, TimeUnit.MINUTES)) throw new AssertionError("child govkg did not finish");
        return process.exitValue();
    }

    String stderr() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
