package govkg.eval;

import java.util.List;
import java.util.Set;

/**
 * What one row of the NER benchmark compares: our spans of one {@link Kind} against the corpus's spans with
 * one of {@code goldLabels}.
 *
 * @param recallOnly true for a row whose gold labels are only part of what the kind covers (CLUENER's
 *                   government alone): its precision would be meaningless, so only recall is shown
 * @param inMicro    whether the row counts in the micro average (rows that re-slice another row do not)
 */
public record NerCategory(String name, Kind kind, Set<String> goldLabels, boolean recallOnly, boolean inMicro) {
    public NerCategory {
        goldLabels = Set.copyOf(goldLabels);
    }

    /** What of our output a row reads. */
    public enum Kind {
        /** PERSON mentions. */
        PERSON,
        /** ORGANIZATION mentions. */
        ORGANIZATION,
        /** PLACE mentions. */
        PLACE,
        /** The titles of PostHolding facts (自治区党委常委, 厅长), where they stand in the text. */
        TITLE,
        /** The bare roles the titles end in (常委 of 自治区党委常委, 厅长). */
        ROLE
    }

    static NerCategory main(String name, Kind kind, String... labels) {
        return new NerCategory(name, kind, Set.of(labels), false, true);
    }

    /**
     * CLUENER2020: person ~ name, org ~ government + organization (and each alone, recall only), org+company
     * ~ government + organization + company (our organizations include companies), place ~ address,
     * position ~ our post titles (and, as a second row, the bare roles they end in: CLUENER's positions are
     * mostly bare, 记者, 总裁).
     */
    public static List<NerCategory> cluener() {
        return List.of(
                main("person", Kind.PERSON, "name"),
                main("org", Kind.ORGANIZATION, "government", "organization"),
                new NerCategory("  government", Kind.ORGANIZATION, Set.of("government"), true, false),
                new NerCategory("  organization", Kind.ORGANIZATION, Set.of("organization"), true, false),
                new NerCategory("org+company", Kind.ORGANIZATION, Set.of("government", "organization", "company"), false, false),
                main("place", Kind.PLACE, "address"),
                main("position", Kind.TITLE, "position"),
                new NerCategory("position(role)", Kind.ROLE, Set.of("position"), false, false));
    }

    /** MSRA: person ~ PER, place ~ LOC, org ~ ORG. */
    public static List<NerCategory> msra() {
        return List.of(main("person", Kind.PERSON, "PER"), main("place", Kind.PLACE, "LOC"), main("org", Kind.ORGANIZATION, "ORG"));
    }
}
