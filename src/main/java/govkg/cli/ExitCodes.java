package govkg.cli;

/** Exit codes every command uses. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The work failed (a query error, a graph that does not conform, files that could not be processed). */
    public static final int FAILURE = 1;
    /** Bad usage or input: unknown option, missing file, unreadable store. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
