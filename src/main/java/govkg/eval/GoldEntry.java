package govkg.eval;

import java.util.List;
import java.util.Optional;

/**
 * One gold line.
 *
 * @param key      the canonical name, normalized ({@link Names}); for a post, the holder's name
 * @param names    accepted names, normalized, in file order without repeats: the key and the alternatives;
 *                 for a post only the accepted title endings
 * @param code     a place's division code, when the line gives one
 * @param required false for optional lines, which are neither missed nor false positives
 * @param line     1-based line number in the gold file
 */
public record GoldEntry(EvalType type, String key, List<String> names, Optional<String> code, boolean required, int line) {
    public GoldEntry {
        names = List.copyOf(new java.util.LinkedHashSet<>(names));
    }

    /** The key, and for a post its accepted titles, as the misses list shows it. */
    public String describe() {
        return type == EvalType.POST ? key + " " + String.join("|", names) : key;
    }
}
