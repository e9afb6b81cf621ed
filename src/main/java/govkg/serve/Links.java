package govkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Maps data IRIs to the pages of this server and back.
 * An IRI under the data base whose first path segment is a dereferenceable kind ({@code person/…},
 * {@code place/…}, …) is served at the same path on this server, so when the base is the server's own URL
 * the link is the IRI itself; any other IRI is shown through {@code /lookup?iri=…}.
 * Immutable; thread-safe.
 */
final class Links {
    /** First path segments that this server dereferences. */
    static final Set<String> KINDS = Set.of(
            "person", "organization", "place", "program", "document", "event", "report", "membership", "role");

    private final String base;

    Links(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** The link to the local page of {@code iri}. */
    String href(String iri) {
        String local = localPath(iri);
        return local != null ? local : "/lookup?iri=" + encode(iri);
    }

    /** {@code /kind/…} when the IRI is under the base and of a served kind, else {@code null}. */
    String localPath(String iri) {
        if (!iri.startsWith(base))
            return null;
        String rest = iri.substring(base.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || !KINDS.contains(rest.substring(0, slash)))
            return null;
        return "/" + rest;
    }

    /** The data IRI served at a local path such as {@code person/ab12} (no leading slash). */
    String iriOf(String pathWithoutSlash) {
        return base + pathWithoutSlash;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
