package govkg.store;

/** A store that cannot be opened or written, with the folder and the reason. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }
}
