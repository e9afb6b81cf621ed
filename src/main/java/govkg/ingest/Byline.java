package govkg.ingest;

/**
 * A person credited in a byline: {@code name} with the {@code role} the byline gives and the name's
 * character span inside the article's text.
 */
public record Byline(String name, Role role, int begin, int end) {

    /** The credit a byline gives; each maps to a subproperty of gov:reporter. */
    public enum Role { REPORTER, CORRESPONDENT, PHOTOGRAPHER }
}
