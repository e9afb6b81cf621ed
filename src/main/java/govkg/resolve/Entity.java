package govkg.resolve;

import govkg.extract.EntityType;

import java.util.Map;
import java.util.Set;

/**
 * A resolved entity: its stable key and IRI, the fullest label and every other form seen.
 * Immutable.
 */
public record Entity(EntityType type, String key, String iri, String label, Set<String> aliases, Map<String, String> attrs) {
    public Entity {
        aliases = Set.copyOf(aliases);
        attrs = Map.copyOf(attrs);
    }
}
