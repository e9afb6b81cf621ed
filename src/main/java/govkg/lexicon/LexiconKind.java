package govkg.lexicon;

import java.util.Arrays;
import java.util.Set;

/**
 * Every kind of word list govkg knows, with the one file under {@code /govkg/lexicon/} that is its home
 * and the values its second column may take. A user lexicon ({@code --lexicon FILE}) names the kind in
 * its first column; an unknown kind, or a value outside {@link #allowed()}, fails with the file and line.
 *
 * <p>Adding a cue word is one line in the kind's file. Adding a kind is one constant here plus its file.
 */
public enum LexiconKind {
    /** Surnames, space-separated on each line (one- and two-character). */
    SURNAME("surname", "surnames.txt", Shape.WORDS),
    /** Role words a post title ends in; value {@code occupation} for common-noun roles (民警, 教授). */
    ROLE("role", "roles.txt", Shape.TYPED, "occupation"),
    /** Organization head words; value: the organization kind. */
    ORG_SUFFIX("org-suffix", "org-suffixes.txt", Shape.TYPED,
            "party", "government", "security", "judicial", "committee", "company", "community", "military", "other"),
    /** Words the organization-name grammar decides by; value: the word's role (see the file's header). */
    ORG_CUE("org-cue", "org-cues.txt", Shape.TYPED,
            "weak-head", "common-noun", "weak-start", "sub-unit", "place-bound", "unplaced-start", "strong-start", "criminal"),
    /** Abbreviation → full form inside organization names. */
    ORG_ABBREVIATION("org-abbreviation", "org-abbreviations.txt", Shape.MAP),
    /** National programs known by name → aliases ("|"-separated). */
    PROGRAM("program", "programs.txt", Shape.MAP),
    /** Head words that make a named term a program; value: the program kind. */
    PROGRAM_HEAD("program-head", "program-heads.txt", Shape.TYPED, "campaign", "pilot", "model", "activity"),
    /** Laws cited by short name → full name. */
    LAW("law", "laws.txt", Shape.MAP),
    /** Head words of one dated occurrence; value: the event kind. */
    EVENT_HEAD("event-head", "event-heads.txt", Shape.TYPED, "meeting", "ceremony", "training", "inspection"),
    /**
     * Central, foreign and international bodies known by name: full name, then its kind and its other names
     * ({@code KIND|ALIAS…|^PARENT|→SUCCESSOR}); see the file's header.
     */
    NATIONAL_BODY("national-body", "national-bodies.txt", Shape.TYPED_NAMES,
            "party", "government", "legislature", "judicial", "supervisory", "consultative", "military", "people",
            "democratic-party", "international", "foreign", "company", "institution", "media"),
    /** Heads that name a department, office or team of a known body after its name (…部法规司, …执法检查组). */
    BODY_DEPARTMENT_HEAD("body-department-head", "body-department-heads.txt", Shape.WORDS),
    /** Heads that make a foreign country's organ after the country's name (…外交部, …议会, …总统府). */
    FOREIGN_ORGAN_HEAD("foreign-organ-head", "foreign-organ-heads.txt", Shape.WORDS),
    /** China's own names (中国, 我国): before a national body they name that body, not a foreign organ. */
    OWN_STATE_NAME("own-state-name", "own-state-names.txt", Shape.WORDS);

    /** How the second column is read. */
    public enum Shape {
        /** no second column: a set of words */
        WORDS,
        /** free text in the second column (a full form, aliases) */
        MAP,
        /** the second column, when present, is one of {@link #allowed()} */
        TYPED,
        /** the second column is a kind from {@link #allowed()} then {@code |}-separated names: {@code KIND|NAME|NAME…} */
        TYPED_NAMES
    }

    private final String id;
    private final String file;
    private final Shape shape;
    private final Set<String> values;

    LexiconKind(String id, String file, Shape shape, String... values) {
        this.id = id;
        this.file = file;
        this.shape = shape;
        this.values = Set.of(values);
    }

    /** The name a user lexicon's first column uses (e.g. {@code org-suffix}). */
    public String id() {
        return id;
    }

    /** The bundled file, under {@code /govkg/lexicon/}. */
    public String file() {
        return file;
    }

    public Shape shape() {
        return shape;
    }

    /** The values a {@link Shape#TYPED} kind's second column may take (empty: any). */
    public Set<String> allowed() {
        return values;
    }

    /** The kind a user lexicon names, or null. */
    public static LexiconKind byId(String id) {
        for (LexiconKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }

    public static String ids() {
        return Arrays.stream(values()).map(LexiconKind::id).toList().toString();
    }
}
