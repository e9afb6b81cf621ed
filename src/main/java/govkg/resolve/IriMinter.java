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

    public String source(String sourceId) {
        return base + "source/" + hash(sourceId);
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
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
