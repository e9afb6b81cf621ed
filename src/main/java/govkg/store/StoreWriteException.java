package govkg.store;

/**
 * A write to the store failed for a reason outside the data (disk full, an I/O error, a read-only folder). The
 * transaction was aborted, so what was committed before is intact; the batch cannot go on.
 */
public class StoreWriteException extends StoreException {
    public StoreWriteException(String message) {
        super(message);
    }
}
