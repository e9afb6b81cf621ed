package govkg.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A place named or referred to in a text: the characters {@code begin..end} (offsets into the text
 * given to {@link PlaceResolver}), the division it was resolved to or null when the context did not
 * decide, the confidence on the scale documented in docs/gazetteer.md, the kind of evidence
 * (unique, short-form, chain, organization, dateline, text-places, higher-level, child, org-suffix,
 * ambiguous, reference), and when unresolved the candidate divisions. Immutable; thread-safe.
 */
public record PlaceMention(int begin, int end, String surface, Division division, double confidence,
                           String evidence, List<Division> candidates) {

    public PlaceMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(evidence, "evidence");
        candidates = List.copyOf(candidates);
    }

    public PlaceMention(int begin, int end, String surface, Division division, double confidence, String evidence) {
        this(begin, end, surface, division, confidence, evidence, division == null ? List.of() : List.of(division));
    }

    /** True when the mention was resolved to one division. */
    public boolean resolved() {
        return division != null;
    }

    /** The division's code, or null when unresolved. */
    public String code() {
        return division == null ? null : division.code();
    }

    /** True for 全区, 该市, 本省 … (evidence "reference"). */
    public boolean isReference() {
        return evidence.equals("reference");
    }
}
