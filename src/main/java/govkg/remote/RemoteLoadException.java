package govkg.remote;

/**
 * A remote write that failed for good. {@link #fatal()} when no later request can succeed either (credentials
 * refused, retries exhausted on an unreachable or failing endpoint), so the load stops.
 */
public final class RemoteLoadException extends RuntimeException {
    private final boolean fatal;

    RemoteLoadException(String message, boolean fatal) {
        super(message);
        this.fatal = fatal;
    }

    public boolean fatal() {
        return fatal;
    }
}
