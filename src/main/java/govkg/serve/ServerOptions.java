package govkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of {@link GovkgServer}. Immutable record; thread-safe. The defaults are the locked-down server:
 * loopback only, read-only, no CORS, a 30 s query timeout and a result limit.
 *
 * @param base           base IRI of the data (every IRI govkg minted starts with it); must end with {@code /}.
 *                       When it equals the server's own URL the IRIs dereference to this server. {@code null}:
 *                       the base recorded in the store ({@link govkg.store.BaseIri}), else {@link #DEFAULT_BASE}
 * @param queries        folder of canned SPARQL queries ({@code *.rq}, first line a {@code #} comment with the
 *                       question), or {@code null} to use the {@code /queries/*.rq} resources on the classpath
 * @param host           interface to bind: {@code localhost} (the default) or an address such as {@code 0.0.0.0}
 * @param queryTimeoutMs longest a SPARQL query may run, 1 ms to {@value #MAX_QUERY_TIMEOUT_MS} ms
 * @param resultLimit    most rows (solutions) a query through the endpoint returns; a larger or absent LIMIT
 *                       is lowered to it
 * @param credentials    {@code user:password} lines; non-null means writes (SPARQL Update and Graph Store
 *                       Protocol uploads) are open to those users, over HTTP basic auth
 * @param cors           answer cross-origin requests (CORS headers); off by default
 */
public record ServerOptions(String base, Path queries, String host, long queryTimeoutMs, long resultLimit,
                            Path credentials, boolean cors) {
    /** The default base of govkg data. */
    public static final String DEFAULT_BASE = govkg.store.BaseIri.DEFAULT;
    /** Default query timeout. */
    public static final long DEFAULT_QUERY_TIMEOUT_MS = 30_000;
    /** No query may be allowed to run longer than this. */
    public static final long MAX_QUERY_TIMEOUT_MS = 60_000;
    /** Default result-size limit (rows). */
    public static final long DEFAULT_RESULT_LIMIT = 100_000;
    /** The default interface: loopback only. */
    public static final String LOCALHOST = "localhost";

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (base != null && (!base.endsWith("/") || !(base.startsWith("http://") || base.startsWith("https://"))))
            throw new IllegalArgumentException("base must be an http(s) IRI ending with '/': " + base);
        if (queries != null && !Files.isDirectory(queries))
            throw new IllegalArgumentException("not a folder of queries: " + queries);
        if (queryTimeoutMs < 1 || queryTimeoutMs > MAX_QUERY_TIMEOUT_MS)
            throw new IllegalArgumentException("query timeout must be between 1 ms and " + MAX_QUERY_TIMEOUT_MS / 1000 + " s: " + queryTimeoutMs + " ms");
        if (resultLimit < 1)
            throw new IllegalArgumentException("result limit must be positive: " + resultLimit);
        if (credentials != null && !Files.isRegularFile(credentials))
            throw new IllegalArgumentException("no such credentials file: " + credentials);
    }

    /** Base and canned queries; everything else at its default. */
    public ServerOptions(String base, Path queries) {
        this(base, queries, LOCALHOST, DEFAULT_QUERY_TIMEOUT_MS, DEFAULT_RESULT_LIMIT, null, false);
    }

    /** Default base, canned queries from the classpath. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_BASE, null);
    }

    /** Options that take the data base from the store; everything else at its default. */
    public static ServerOptions fromStore() {
        return new ServerOptions(null, null);
    }

    /** Same options with another data base ({@code null}: the one recorded in the store). */
    public ServerOptions withBase(String newBase) {
        return new ServerOptions(newBase, queries, host, queryTimeoutMs, resultLimit, credentials, cors);
    }

    /** Same options bound to another interface. */
    public ServerOptions withHost(String newHost) {
        return new ServerOptions(base, queries, newHost, queryTimeoutMs, resultLimit, credentials, cors);
    }

    /** Same options with another query timeout and result limit. */
    public ServerOptions withLimits(long newTimeoutMs, long newResultLimit) {
        return new ServerOptions(base, queries, host, newTimeoutMs, newResultLimit, credentials, cors);
    }

    /** Same options with writes open to the users of {@code file} ({@code null}: read-only). */
    public ServerOptions withUpdate(Path file) {
        return new ServerOptions(base, queries, host, queryTimeoutMs, resultLimit, file, cors);
    }

    /** Same options with CORS on or off. */
    public ServerOptions withCors(boolean on) {
        return new ServerOptions(base, queries, host, queryTimeoutMs, resultLimit, credentials, on);
    }

    /** True when writes are enabled. */
    public boolean updatable() {
        return credentials != null;
    }
}
