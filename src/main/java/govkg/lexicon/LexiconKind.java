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
            "party", "government", "security", "judicial", "committee", "company", "community", "other"),
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
    /** Ordinary words that begin or end with a place name but name no place (北京时间): the name inside is no place. */
    NON_PLACE_WORD("non-place-word", "non-place-words.txt", Shape.WORDS),
    /** Words that begin with a division's level character (市场, 区域, 乡村): that character is then no suffix or unit. */
    LEVEL_WORD("level-word", "level-words.txt", Shape.WORDS),
    /** Features named after a place (鄱阳湖, 长白山); value {@code text}: always, {@code word}: when the segmenter joins them. */
    PLACE_FEATURE("place-feature", "place-features.txt", Shape.TYPED, "text", "word"),
    /** Heads of street names (路, 大街): a place short form before one names a street. */
    ROAD_HEAD("road-head", "road-heads.txt", Shape.WORDS),
    /** References to a place by its kind (全省, 该市): value {@code determiner} or {@code unit}. */
    PLACE_REFERENCE("place-reference", "place-references.txt", Shape.TYPED, "determiner", "unit"),
    /** Ordinary words ending in a reference's determiner (安全, 基本, 应该): 安全区 is no reference. */
    REFERENCE_BLOCKER("reference-blocker", "reference-blockers.txt", Shape.WORDS),
    /** Organs a weak place name stands before (分局, 法院; value {@code suffix}) and head characters of organization names (局; {@code head}). */
    PLACE_ORGAN("place-organ", "place-organs.txt", Shape.TYPED, "suffix", "head"),
    /** Ethnic groups, space-separated: qualifiers stripped from autonomous areas' names (伊犁哈萨克自治州 → 伊犁). */
    ETHNIC_GROUP("ethnic-group", "ethnic-groups.txt", Shape.WORDS),
    /**
     * Generic words for a kind of area. Value {@code kind}: weak as a name on its own (城区); {@code zone}: a
     * county name ending in one has no short form (新城); {@code kind-zone}: both (开发区).
     */
    AREA_KIND("area-kind", "area-kinds.txt", Shape.TYPED, "kind", "zone", "kind-zone"),
    /** Countries: Chinese name → ISO 3166-1 alpha-2 code, then other names ("|"-separated). */
    COUNTRY("country", "countries.txt", Shape.MAP),
    /** Major cities abroad: Chinese name → ISO 3166-1 alpha-2 code of the country, then other names ("|"-separated). */
    WORLD_CITY("world-city", "world-cities.txt", Shape.MAP);

    /** How the second column is read. */
    public enum Shape {
        /** no second column: a set of words */
        WORDS,
        /** free text in the second column (a full form, aliases) */
        MAP,
        /** the second column, when present, is one of {@link #allowed()} */
        TYPED
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
