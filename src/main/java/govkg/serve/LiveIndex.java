package govkg.serve;

/**
 * The current {@link SearchIndex}: built at start, rebuilt on first use after the data changed
 * ({@link DataVersion}). Searches in the meantime use the previous index. Thread-safe.
 */
final class LiveIndex {
    private final DataView store;
    private final DataVersion version;
    private volatile SearchIndex index;
    private volatile long builtAt;

    LiveIndex(DataView store, DataVersion version) {
        this.store = store;
        this.version = version;
        this.builtAt = version.get();
        this.index = SearchIndex.build(store);
    }

    SearchIndex get() {
        long now = version.get();
        if (now != builtAt) {
            synchronized (this) {
                if (now != builtAt) {
                    index = SearchIndex.build(store);
                    builtAt = now;
                }
            }
        }
        return index;
    }
}
