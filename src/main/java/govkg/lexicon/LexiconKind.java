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
    /** Words that name a date relative to the report's (昨天, 上月, 去年) → "UNIT OFFSET" (day -1, month -1, year -1). */
    RELATIVE_DATE("relative-date", "relative-dates.txt", Shape.MAP),
    /**
     * Labels of a web page's furniture, never a headline: {@code date} a field holding the publication date
     * (发布时间：…), {@code field} another label：value field (来源：…, 浏览次数：…), {@code nav} a breadcrumb's
     * start (首页 > …, 当前位置：…), {@code button} a page control (【字体：大 中 小】, 【打印】).
     */
    PAGE_META("page-meta", "page-meta.txt", Shape.TYPED, "date", "field", "nav", "button");

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
