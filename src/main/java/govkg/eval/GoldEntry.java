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
 * @param section  the report the line belongs to, from the last {@code # NAME} comment line above it (news-dev's
 *                 {@code # d01}), or "" when the file has no sections
 */
public record GoldEntry(EvalType type, String key, List<String> names, Optional<String> code, boolean required, int line, String section) {
    public GoldEntry {
        names = List.copyOf(new java.util.LinkedHashSet<>(names));
    }

    /** A line outside any section. */
    public GoldEntry(EvalType type, String key, List<String> names, Optional<String> code, boolean required, int line) {
        this(type, key, names, code, required, line, "");
    }

    /** The key, and for a post its accepted titles, as the misses list shows it (after its section, if any). */
    public String describe() {
        return (section.isEmpty() ? "" : "[" + section + "] ") + (type == EvalType.POST ? key + " " + String.join("|", names) : key);
    }
}
