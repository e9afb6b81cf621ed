package govkg.extract;

/** The kinds of entity the contract knows; each maps to one gov: class. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, PROGRAM, DOCUMENT, EVENT;

    /** Lower-case path segment used in entity IRIs (person/…, organization/…). */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
