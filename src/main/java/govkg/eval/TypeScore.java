package govkg.eval;

import java.util.List;

/**
 * The score of one type.
 *
 * @param gold           required gold lines
 * @param found          system entities of the type
 * @param tp             pairs of the maximum matching
 * @param misses         required gold lines left unpaired, in file order
 * @param falsePositives unpaired system entities that match no optional line
 */
public record TypeScore(EvalType type, int gold, int found, int tp, List<GoldEntry> misses, List<FalsePositive> falsePositives) {
    public TypeScore {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    public int fp() {
        return falsePositives.size();
    }

    /** The counts of two scores of the same type added up (one report's and another's). */
    public TypeScore plus(TypeScore other) {
        if (other.type != type) throw new IllegalArgumentException(type + " + " + other.type);
        List<GoldEntry> m = new java.util.ArrayList<>(misses);
        m.addAll(other.misses);
        List<FalsePositive> f = new java.util.ArrayList<>(falsePositives);
        f.addAll(other.falsePositives);
        return new TypeScore(type, gold + other.gold, found + other.found, tp + other.tp, m, f);
    }

    public Prf prf() {
        return Prf.of(tp, fp(), gold);
    }

    /**
     * A system entity that counts against precision.
     *
     * @param duplicateOf the gold line it matches but another entity took (a duplicate), or null when it
     *                    matches no gold line at all
     */
    public record FalsePositive(SystemEntity entity, GoldEntry duplicateOf, String section) {
        public FalsePositive(SystemEntity entity, GoldEntry duplicateOf) {
            this(entity, duplicateOf, "");
        }

        /** The same entity, found in the report of {@code section}. */
        FalsePositive in(String section) {
            return new FalsePositive(entity, duplicateOf, section);
        }

        public String describe() {
            return (section.isEmpty() ? "" : "[" + section + "] ") + entity.describe()
                    + (duplicateOf == null ? "  (no gold)" : "  (duplicate of " + duplicateOf.key() + ")");
        }
    }
}
