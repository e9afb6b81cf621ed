package govkg.eval;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of gold line, in the order the score table lists them. */
public enum EvalType {
    PERSON("person", "Person"),
    JOURNALIST("journalist", null),
    POST("post", null),
    ORG("org", "Organization"),
    PLACE("place", "Place"),
    PROGRAM("program", "Program"),
    DOCUMENT("document", "PolicyDocument"),
    EVENT("event", "Event");

    private final String key;
    private final String govClass;

    EvalType(String key, String govClass) {
        this.key = key;
        this.govClass = govClass;
    }

    /** The word in the gold file's first column. */
    public String key() {
        return key;
    }

    /** Local name of the gov: class whose instances (and subclasses') are this type; null for journalist and post. */
    String govClass() {
        return govClass;
    }

    /**
     * Whether only entities some report links with {@code gov:mentions} count: true except for journalists
     * (linked by gov:reporter) and posts (memberships), so parent places and reference data are not scored.
     */
    boolean mentionedOnly() {
        return this != JOURNALIST && this != POST;
    }

    public static Optional<EvalType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
