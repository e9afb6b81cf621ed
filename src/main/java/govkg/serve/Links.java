package govkg.serve;

import govkg.rdf.Prefixes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.shared.PrefixMapping;

/**
 * Maps data IRIs to the pages of this server and back.
 * An IRI under the data base whose first path segment is a dereferenceable kind ({@code person/…},
 * {@code place/…}, …) is served at the same path on this server, so when the base is the server's own URL
 * the link is the IRI itself; any other IRI is shown through {@code /lookup?iri=…}.
 * Thread-safe (the base supplier must be).
 */
final class Links {
    /** First path segments that this server dereferences. */
    static final Set<String> KINDS = Set.of(
            "person", "organization", "place", "program", "document", "event", "report", "membership", "role");

    private final Supplier<String> base;

    /** Links for data under a fixed base. */
    Links(String base) {
        this(() -> base);
    }

    /** Links for data under a base that may change (one found in the store, see {@link DetectedBase}). */
    Links(Supplier<String> base) {
        this.base = base;
    }

    String base() {
        return base.get();
    }

    /** The link to the local page of {@code iri}. */
    String href(String iri) {
        String local = localPath(iri);
        return local != null ? local : "/lookup?iri=" + encode(iri);
    }

    /** {@code /kind/…} when the IRI is under the base and of a served kind, else {@code null}. */
    String localPath(String iri) {
        String b = base();
        if (!iri.startsWith(b))
            return null;
        String rest = iri.substring(b.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || !KINDS.contains(rest.substring(0, slash)))
            return null;
        return "/" + rest;
    }

    /** The data IRI served at a local path such as {@code person/ab12} (no leading slash). */
    String iriOf(String pathWithoutSlash) {
        return base() + pathWithoutSlash;
    }

    /** The vocabularies' prefixes ({@link Prefixes#standard}) plus one per served kind under the base ({@code person:}, …). */
    PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard());
        String b = base();
        for (String kind : KINDS)
            pm.setNsPrefix(kind, b + kind + "/");
        return pm.lock();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
