package govkg.cli;

import govkg.pipeline.ExitCodes;
import picocli.CommandLine;

/** Entry point: only builds the command line and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The one factory for the command line, used by {@link #main} and by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GovkgCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof GovkgException g) {
                cmd.getErr().println("govkg: " + g.getMessage());
                return g.exitCode();
            }
            if (ex instanceof govkg.store.StoreWriteException) {
                cmd.getErr().println("govkg: " + ex.getMessage());
                return ExitCodes.FAILURE;
            }
            if (ex instanceof govkg.store.StoreException || ex instanceof IllegalArgumentException) {
                cmd.getErr().println("govkg: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            cmd.getErr().println("govkg: unexpected error: " + ex);
            return ExitCodes.FAILURE;
        });
        return cl;
    }
}
