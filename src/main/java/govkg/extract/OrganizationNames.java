package govkg.extract;

import govkg.gazetteer.AdminLevel;
import govkg.gazetteer.LevelUnits;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Grammar of Chinese party and state organization names: where a name ends (its suffix), how an
 * abbreviation expands (省委政法委 → 省委政法委员会), and how a name that leaves its place implicit
 * (自治区党委, 县经外外事局) is qualified with the article's place. Thread-safe.
 */
public final class OrganizationNames {
    /** The term number of a committee (道里区第十一届委员会): the committee is the same body in every term. */
    public static final Pattern TERM_NUMBER = Pattern.compile("第[一二三四五六七八九十百零〇\\d]+届");

    private final Lexicons lex;
    private final LevelUnits levelUnits;
    /** The unit words a name may start with to leave its place implicit: those down to the county, longest first. */
    private final java.util.List<String> qualifyingUnits;

    public OrganizationNames(Lexicons lex) {
        this.lex = lex;
        this.levelUnits = new LevelUnits(lex);
        this.qualifyingUnits = levelUnits.units(AdminLevel.PROVINCE, AdminLevel.COUNTY);
    }

    /**
     * The organization suffix {@code name} ends in, or null. The suffixes (org-suffixes.txt) include the committees
     * named after a place's level (省委, 县委, 街道党工委) and the 依法治X办 offices.
     */
    public String suffixOf(String name) {
        return lex.orgSuffixIndex.endOf(name);
    }

    /**
     * {@code suffixOf(text.substring(max(0, end - window), end))} without cutting the window out of the
     * text, which the organization extractor asks at every character.
     */
    public String suffixEndingAt(String text, int end, int window) {
        int from = Math.max(0, end - window);
        return lex.orgSuffixIndex.endingAt(text, end, end - from);
    }

    public String kindOf(String name) {
        String s = suffixOf(name);
        if (s == null) return "other";
        String k = lex.orgSuffixes.get(s);
        return k == null ? "party" : k;
    }

    /**
     * Whether {@code name} is a state body (a court, procuratorate, bureau, government …) rather than a party
     * committee, a community body or a company: the 党组/党委 of a state body is recorded as the body itself.
     */
    public boolean isStateBody(String name) {
        String kind = kindOf(name);
        return !kind.equals("party") && !kind.equals("community") && !kind.equals("company");
    }

    /** Expands abbreviations inside a name: 江苏省委政法委 → 江苏省委政法委员会. */
    public String expand(String name) {
        String out = name;
        for (Map.Entry<String, String> e : lex.orgAbbreviations.entrySet()) {
            String abbr = e.getKey(), full = e.getValue();
            if (out.endsWith(abbr) && !out.endsWith(full)) {
                out = out.substring(0, out.length() - abbr.length()) + full;
                break;
            }
        }
        return out;
    }

    /**
     * Qualifies a name whose place is implicit with the article's place of that level:
     * 自治区党委 + 西藏自治区 → 西藏自治区党委; 县经外外事局 + 仪陇县 → 仪陇县经外外事局.
     *
     * @param placeOfLevel function from a unit word down to the county (省, 市, 县, 区, 自治区 …, level-units.txt) and
     *                     its level to the article's place name, or null
     */
    public String qualify(String name, java.util.function.BiFunction<String, AdminLevel, String> placeOfLevel) {
        for (String level : qualifyingUnits) {
            if (name.startsWith(level) && name.length() >= level.length() + 1) {
                String place = placeOfLevel.apply(level, levelUnits.level(level));
                if (place != null && place.endsWith(level)) return place + name.substring(level.length());
                return null;
            }
        }
        return null;
    }
}
