package govkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of {@link GovkgServer}. Immutable record; thread-safe.
 *
 * @param base    base IRI of the data (every IRI govkg minted starts with it); must end with {@code /}.
 *                When it equals the server's own URL the IRIs dereference to this server.
 * @param queries folder of canned SPARQL queries ({@code *.rq}, first line a {@code #} comment with the question),
 *                or {@code null} to use the {@code /queries/*.rq} resources on the classpath
 */
public record ServerOptions(String base, Path queries) {
    /** The default base of govkg data. */
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/id/";

    public ServerOptions {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/") || !(base.startsWith("http://") || base.startsWith("https://")))
            throw new IllegalArgumentException("base must be an http(s) IRI ending with '/': " + base);
        if (queries != null && !Files.isDirectory(queries))
            throw new IllegalArgumentException("not a folder of queries: " + queries);
    }

    /** Default base, canned queries from the classpath. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_BASE, null);
    }

    /** Same options with another data base. */
    public ServerOptions withBase(String newBase) {
        return new ServerOptions(newBase, queries);
    }
}
