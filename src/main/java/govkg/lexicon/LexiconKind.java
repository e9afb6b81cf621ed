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
            "weak-head", "common-noun", "weak-start", "sub-unit", "team", "deeds", "every", "place-bound", "unplaced-start", "strong-start", "criminal"),
    /** Words that join the items of a list of names (、 和 及): bodies listed after one share its place or head. */
    LIST_JOINER("list-joiner", "list-joiners.txt", Shape.WORDS),
    /** Abbreviation → full form inside organization names. */
    ORG_ABBREVIATION("org-abbreviation", "org-abbreviations.txt", Shape.MAP),
    /** National programs known by name → aliases ("|"-separated). */
    PROGRAM("program", "programs.txt", Shape.MAP),
    /** Head words that make a named term a program; value: the program kind. */
    PROGRAM_HEAD("program-head", "program-heads.txt", Shape.TYPED, "campaign", "pilot", "model", "activity"),
    /** Laws cited by short name → full name. */
    LAW("law", "laws.txt", Shape.MAP),
    /** Head words of one dated occurrence; value: the event kind. */
    EVENT_HEAD("event-head", "event-heads.txt", Shape.TYPED, "meeting", "ceremony", "training", "inspection",
            "exhibition", "forum", "sports", "festival", "activity", "incident"),
    /** Party rules cited by short name (党章, 八项规定) → full name. */
    PARTY_RULE("party-rule", "party-rules.txt", Shape.MAP),
    /** Treaties and international agreements cited without 《》 → full name (empty: the name itself). */
    TREATY("treaty", "treaties.txt", Shape.MAP),
    /** Well-known reports cited without 《》 (政府工作报告, 十九大报告) → full name (empty: the name itself). */
    REPORT("report", "reports.txt", Shape.MAP),
    /** Document type words a title ends in (意见, 条例, 法 …), longest first. */
    DOCUMENT_TYPE("document-type", "document-types.txt", Shape.WORDS),
    /** Collective words a list of documents is counted by (等16部行政法规, 等3部法律). */
    DOCUMENT_COLLECTIVE("document-collective", "document-collectives.txt", Shape.WORDS),
    /** Bodies that hold numbered sessions (全国人大常委会, 中央纪委, 省委): the left edge of 第N次会议, N中全会. */
    SESSION_BODY("session-body", "session-bodies.txt", Shape.WORDS),
    /** Offences in the name of a criminal case (故意伤害, 受贿): X故意伤害案. */
    OFFENCE("offence", "offences.txt", Shape.WORDS),
    /**
     * Words that end the name of a body or a title going left (召开, 根据, 在 …): those of two or more characters
     * wherever they stand, one-character ones where HanLP reads them as words.
     */
    NAME_LEFT_STOP("name-left-stop", "name-left-stops.txt", Shape.WORDS),
    /** Words before an event's name that end it going left (召开, 举行, 出席 …). */
    EVENT_LEFT_STOP("event-left-stop", "event-left-stops.txt", Shape.WORDS),
    /** Unquoted head words of a program launched by a verb (专项整治, 攻坚战, 改革试点 …); value: the program kind. */
    CAMPAIGN_HEAD("campaign-head", "campaign-heads.txt", Shape.TYPED, "campaign", "pilot", "model", "activity", "reform", "policy"),
    /** Verbs that launch or build a program; the program's name starts after them (开展, 实施, 建立健全 …). */
    PROGRAM_LAUNCH_VERB("program-launch-verb", "program-launch-verbs.txt", Shape.WORDS),
    /** Verbs that belong to a campaign's name (打击, 整治 …: 夏季治安打击整治“百日行动”). */
    CAMPAIGN_VERB("campaign-verb", "campaign-verbs.txt", Shape.WORDS),
    /** Verbs that adopt an initiative: what they take in quotes is a program (推行“首违不罚”). */
    PROGRAM_ADOPT_VERB("program-adopt-verb", "program-adopt-verbs.txt", Shape.WORDS),
    /** Generic words after a quoted name that make it an initiative (“法治某地”建设). */
    PROGRAM_INITIATIVE_WORD("program-initiative-word", "program-initiative-words.txt", Shape.WORDS),
    /** Words after quotes that mark a practice or a manner, not a program (“一刀切”执法). */
    /** Policy instruments named by what they support (某某贴息, 支农再贷款): the word ends the program's name. */
    PROGRAM_INSTRUMENT("program-instrument", "program-instruments.txt", Shape.WORDS),
    /** Qualities a building campaign is named by with its unit (美丽乡村建设, 平安校园建设). */
    PROGRAM_BUILDING_QUALITY("program-building-quality", "program-building-qualities.txt", Shape.WORDS),
    /** Units so broad that a quality of them is a goal, not a campaign (法治国家建设, 平安社会建设). */
    PROGRAM_BROAD_UNIT("program-broad-unit", "program-broad-units.txt", Shape.WORDS),
    PROGRAM_NOT_AFTER("program-not-after", "program-not-after.txt", Shape.WORDS),
    /**
     * Words of a sentence that state how far a program has spread where it names it (试点, 推广, 全面推行, 验收);
     * value: the stage. The program pages draw each place's first report in its stage.
     */
    PROGRAM_STAGE("program-stage", "program-stages.txt", Shape.TYPED, "pilot", "extended", "nationwide", "evaluated"),
    /**
     * Heads of a people's government (市长, 县长, 自治区 主席); value: the ending of the name of the place they head. A
     * place's head holds the post in the place's 人民政府, which the title implies.
     */
    GOVERNMENT_HEAD("government-head", "government-heads.txt", Shape.MAP),
    /** Verbs that issue a document (印发, 出台 …): the organization before them is its issuer. */
    DOCUMENT_ISSUE_VERB("document-issue-verb", "document-issue-verbs.txt", Shape.WORDS),
    /** Verbs that cite a 关于…的决定 title as a document (审议, 根据, 贯彻 …). */
    DOCUMENT_CITE_VERB("document-cite-verb", "document-cite-verbs.txt", Shape.WORDS),
    /** Words right after an event head that make it part of another name (人民代表大会制度, 会议室). */
    EVENT_RUN_ON("event-run-on", "event-run-on.txt", Shape.WORDS),
    /** Determiners before an event head that name no particular occurrence (本次, 有关). */
    EVENT_DETERMINER("event-determiner", "event-determiners.txt", Shape.WORDS),
    /** Words after an annual selection's name that state its result or its time (揭晓, 公布, 今天): the name ends there. */
    EVENT_RESULT_WORD("event-result-word", "event-result-words.txt", Shape.WORDS),
    /** Ordinary words that begin or end with a place name but name no place (北京时间): the name inside is no place. */
    NON_PLACE_WORD("non-place-word", "non-place-words.txt", Shape.WORDS),
    /** Words after a pair of countries' one-character names (中巴关系, 巴中战略伙伴关系): the pair is no division. */
    BILATERAL_WORD("bilateral-word", "bilateral-words.txt", Shape.WORDS),
    /** Words of a statistic (measure + number + unit): value {@code verb}, {@code lead}, {@code lead-verb}, {@code unit} or {@code head}. */
    STATISTIC_CUE("statistic-cue", "statistic-cues.txt", Shape.TYPED, "verb", "lead", "lead-verb", "unit", "head"),
    /** Words folded away in an organization's key: value {@code start} dropped at the start (中共), else the folded form (人民法院 → 法院). */
    ORG_KEY_FOLD("org-key-fold", "org-key-folds.txt", Shape.MAP),
    /** Heads an organization is referred back to by after 该 (该局, 该院, 该公司). */
    ORG_REFERENCE_HEAD("org-reference-head", "org-reference-heads.txt", Shape.WORDS),
    /** Rows of the division table that group divisions under no name of their own (市辖区, 省直辖县级行政区划). */
    DIVISION_PLACEHOLDER("division-placeholder", "division-placeholders.txt", Shape.WORDS),
    /** Offices of townships and villages named after them (街道办事处, 村委会, 社区居委会) → the unit they stand for. */
    DIVISION_OFFICE("division-office", "division-offices.txt", Shape.MAP),
    /** Words that end a division's name and say its level (省, 自治区, 市, 县, 旗, 街道 …); value: the level. */
    LEVEL_UNIT("level-unit", "level-units.txt", Shape.TYPED, "province", "city", "county", "township", "village"),
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
    WORLD_CITY("world-city", "world-cities.txt", Shape.MAP),
    /**
     * Words around a person's name: what follows a name (speech verbs, an official's activity, other words a name
     * stops before), what stands before a party to a case, what names a case after a person, sentences, honorifics, and words a name never ends in.
     */
    PERSON_CUE("person-cue", "person-cues.txt", Shape.TYPED,
            "speech", "activity", "after-name", "conjunction", "list-end", "case-party", "case-name", "passive", "sentencing", "sentence", "title-after", "honorific", "not-name", "head", "former-post", "held-post", "copula", "address", "name-term", "role-modifier", "place-before", "place-list-end"),
    /**
     * Words that bound a name of a body, title or event in a window of text (NameStart): verbs that belong to names,
     * clause words a name starts after, light verbs, village and venue heads, scope words, term counters, period ends.
     */
    NAME_BOUNDARY("name-boundary", "name-boundaries.txt", Shape.TYPED,
            "name-verb", "clause-word", "clause-scope", "scope", "light-verb", "settlement-head", "venue-head", "term-counter", "period-end", "brand-field"),
    /** Characters of a written number or count; value {@code vague} for those that count loosely (一两几). */
    NUMERAL("numeral", "numerals.txt", Shape.TYPED, "vague"),
    /**
     * Words of the sentences that start or end a post (see the file's header): {@code appoint} and {@code remove}
     * before the person (任命X为…, 免去X的…职务), {@code start}, {@code hold} and {@code leave} after the person before the
     * title (X当选…, X担任…, X不再担任…), {@code end} after the person, ending the posts stated with the name (X退休),
     * and the small words of these sentences ({@code link} 为, {@code person-tail} 同志, {@code post-tail} 职务,
     * {@code gap} 于, {@code not-yet} 将).
     */
    POST_TERM_CUE("post-term-cue", "post-term-cues.txt", Shape.TYPED,
            "appoint", "remove", "start", "hold", "leave", "end", "link", "person-tail", "post-tail", "gap", "not-yet"),
    /** Bodies of a party committee named after it in a title chain (政法委 after 自治区党委); a label starting with one is one. */
    PARTY_BODY("party-body", "party-bodies.txt", Shape.WORDS),
    /** Characters of the standard transliteration of foreign names (阿 尔 斯 基 …), space-separated. */
    TRANSLITERATION("transliteration", "transliteration.txt", Shape.WORDS),
    /** Words after a number of days that make it a length of time, not a date (15日内, 30日以上). */
    COUNT_END("count-end", "count-ends.txt", Shape.WORDS),
    /** Words that name a date relative to the report's (昨天, 上月, 去年) → "UNIT OFFSET" (day -1, month -1, year -1). */
    RELATIVE_DATE("relative-date", "relative-dates.txt", Shape.MAP),
    /**
     * Labels of a web page's furniture, never a headline: {@code date} a field holding the publication date
     * (发布时间：…), {@code field} another label：value field (来源：…, 浏览次数：…), {@code nav} a breadcrumb's
     * start (首页 > …, 当前位置：…), {@code button} a page control (【字体：大 中 小】, 【打印】).
     */
    PAGE_META("page-meta", "page-meta.txt", Shape.TYPED, "date", "field", "nav", "button"),
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
    /** One-character short forms of countries before their organs (俄外交部) → the country's name. */
    COUNTRY_ABBREVIATION("country-abbreviation", "country-abbreviations.txt", Shape.MAP),
    /** Organs only foreign states have (总统府, 国会): alone, the organ of the foreign country the sentence named. */
    FOREIGN_STATE_ORGAN("foreign-state-organ", "foreign-state-organs.txt", Shape.WORDS),
    /** Heads of military units' names (军, 师, 团, 部队) → their echelon, largest first in the allowed values. */
    MILITARY_UNIT_HEAD("military-unit-head", "military-unit-heads.txt", Shape.TYPED,
            "front", "corps", "army", "division", "brigade", "regiment", "battalion", "company", "force"),
    /** Who an army belongs to before 军 (湘军, 国民党军; value named) or before a number and a unit head (红五军; numbered). */
    ARMY_FACTION("army-faction", "army-factions.txt", Shape.TYPED, "named", "numbered"),
    /** Heads of a foreign movement's name after a quoted transliterated name (“某某运动”). */
    FOREIGN_MOVEMENT_HEAD("foreign-movement-head", "foreign-movement-heads.txt", Shape.WORDS),
    /** Foreign parties (越南共产党) → their country, then their short forms (越共), "|"-separated. */
    FOREIGN_PARTY("foreign-party", "foreign-parties.txt", Shape.MAP),
    /** China's own names (中国, 我国): before a national body they name that body, not a foreign organ. */
    OWN_STATE_NAME("own-state-name", "own-state-names.txt", Shape.WORDS),
    /**
     * How a central body's name starts (中共中央, 国务院, 国家 …): a post in a body so named is a national one;
     * value {@code not} for a longer word that starts like one but names none (中央区, 国家级).
     */
    CENTRAL_BODY_START("central-body-start", "central-body-starts.txt", Shape.TYPED, "not"),
    /**
     * Titles that are national offices even when no body is named (国务委员, 国家副主席): their holder is a national
     * official; value: the central body the bare title is an office of (总书记 → 中国共产党中央委员会), or none.
     */
    NATIONAL_OFFICE_TITLE("national-office-title", "national-office-titles.txt", Shape.MAP);

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
