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

    public Prf prf() {
        return Prf.of(tp, fp(), gold);
    }

    /**
     * A system entity that counts against precision.
     *
     * @param duplicateOf the gold line it matches but another entity took (a duplicate), or null when it
     *                    matches no gold line at all
     */
    public record FalsePositive(SystemEntity entity, GoldEntry duplicateOf) {
        public String describe() {
            return entity.describe() + (duplicateOf == null ? "  (no gold)" : "  (duplicate of " + duplicateOf.key() + ")");
        }
    }
}
