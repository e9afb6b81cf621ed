package govkg.resolve;

import govkg.extract.EntityType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Mints IRIs from keys, never from run order, so the same input gives the same IRIs in any order
 * and in any number of runs. The scheme is documented in docs/rdf-design.md and the README.
 * Thread-safe.
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "https://w3id.org/govkg/id/";
    private final String base;

    public IriMinter(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public String report(String sourceId, int index) {
        return base + "report/" + hash(sourceId) + "-" + index;
    }

    /** The last source asked for and its IRI: every mention of an article asks for its source's (one hash each). */
    private record Minted(String key, String iri) {}
    private volatile Minted lastSource;

    public String source(String sourceId) {
        Minted last = lastSource;
        if (last != null && last.key().equals(sourceId)) return last.iri();
        String iri = base + "source/" + hash(sourceId);
        lastSource = new Minted(sourceId, iri);
        return iri;
    }

    public String entity(EntityType type, String key) {
        return base + type.slug() + "/" + hash(key);
    }

    /** The IRI of the national, foreign or international body labelled {@code label} (its key, as the resolver makes it). */
    public String nationalBody(String label) {
        return entity(EntityType.ORGANIZATION, OrganizationKeys.national(label));
    }

    public String place(String code) {
        return base + "place/" + code;
    }

    public String membership(String key) {
        return base + "membership/" + hash(key);
    }

    public String role(String role) {
        return base + "role/" + hash(role);
    }

    public String graph(String name) {
        return base + "graph/" + name;
    }

    public String run(String id) {
        return base + "run/" + id;
    }

    public String software(String version) {
        return base + "software/govkg-" + version;
    }

    public String dataset(String name) {
        return base + "dataset/" + name;
    }

    /** First 12 hex digits of SHA-256: short, stable, and collision-free at corpus scale for practical purposes. */
    public static String hash(String key) {
        byte[] d = SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));     // digest() resets it for the next key
        return HEX.formatHex(d, 0, 6);
    }

    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread: looking the algorithm up through the security providers cost more than hashing a key. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
