package govkg.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What has been sent where: a state file of {@code endpoint TAB graph TAB content-hash} lines, appended and
 * flushed after every successful PUT (and {@code -} as the hash after a DELETE), so a load that was interrupted
 * at any point can be rerun and skips the graphs the endpoint already has with the same content. The last line
 * for a graph wins; a torn last line only means that graph is sent again. Thread-safe.
 */
public final class SentGraphs implements AutoCloseable {
    private static final String DELETED = "-";
    private final Path file;
    private final String endpoint;
    private final Map<String, String> hashes = new HashMap<>();
    private Writer out;

    private SentGraphs(Path file, String endpoint) {
        this.file = file;
        this.endpoint = endpoint;
    }

    /** Reads the state for {@code endpoint} from {@code file} (absent: nothing sent yet). */
    public static SentGraphs open(Path file, String endpoint) {
        SentGraphs s = new SentGraphs(file, endpoint);
        try {
            if (Files.exists(file))
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length != 3 || !f[0].equals(endpoint)) continue;
                    if (f[2].equals(DELETED)) s.hashes.remove(f[1]);
                    else s.hashes.put(f[1], f[2]);
                }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            s.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot use as the load state file (" + e.getMessage() + ")");
        }
        return s;
    }

    public Path file() {
        return file;
    }

    /** True when {@code graph} was last sent with this content hash. */
    public synchronized boolean alreadySent(String graph, String hash) {
        return hash.equals(hashes.get(graph));
    }

    /** The graphs this endpoint holds from earlier loads. */
    public synchronized Set<String> graphs() {
        return new TreeSet<>(hashes.keySet());
    }

    public synchronized Optional<String> hashOf(String graph) {
        return Optional.ofNullable(hashes.get(graph));
    }

    public synchronized void recordPut(String graph, String hash) {
        append(graph, hash);
        hashes.put(graph, hash);
    }

    public synchronized void recordDelete(String graph) {
        append(graph, DELETED);
        hashes.remove(graph);
    }

    private void append(String graph, String hash) {
        try {
            out.write(endpoint + "\t" + graph + "\t" + hash + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot record the load state", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            // every record was flushed when written
        }
    }
}
