package govkg.serve;

import govkg.store.BaseIri;
import java.util.function.Supplier;

/**
 * The data base when the server was not given one: the base recorded in the store ({@link BaseIri}), read again
 * after each write (an empty store served with {@code --update} learns its base from the first upload), else
 * {@link ServerOptions#DEFAULT_BASE}. Thread-safe.
 */
final class DetectedBase implements Supplier<String> {
    private record Seen(long version, String base) {}

    private final DataView data;
    private final DataVersion version;
    private volatile Seen seen;

    DetectedBase(DataView data, DataVersion version) {
        this.data = data;
        this.version = version;
    }

    @Override
    public String get() {
        long now = version.get();
        Seen s = seen;
        if (s == null || s.version() != now) {
            String base = data.read(() -> BaseIri.detect(data.dataset().asDatasetGraph())).orElse(ServerOptions.DEFAULT_BASE);
            s = new Seen(now, base);
            seen = s;
        }
        return s.base();
    }
}
