package govkg.cli;

/** An error to report in one line, with the exit code it means. */
public class GovkgException extends RuntimeException {
    private final int exitCode;

    public GovkgException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
