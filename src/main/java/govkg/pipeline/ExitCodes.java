package govkg.pipeline;

/** Exit codes every command uses (the CLI and the Spark job alike, so they live beside the batch they report on). */
public final class ExitCodes {
    public static final int OK = 0;
    /** The work failed (a query error, a graph that does not conform, files that could not be processed). */
    public static final int FAILURE = 1;
    /** Bad usage or input: unknown option, missing file, unreadable store. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}

    /**
     * A batch's code: 0 when every file went through, 1 when any file failed — even all of them, so a script
     * can tell "some input was bad" (1) from "the command was called wrongly" (2).
     */
    public static int forBatch(int failedFiles) {
        return failedFiles == 0 ? OK : FAILURE;
    }
}
