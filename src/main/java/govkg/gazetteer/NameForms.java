package govkg.gazetteer;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Name variants of divisions: aliases (other full forms) and short forms (without the generic
 * suffix and ethnic qualifiers). Pure functions; thread-safe.
 */
final class NameForms {

    /** Ethnic qualifiers of autonomous regions, prefectures and counties, longest first when stripping. */
    private static final List<String> ETHNIC;

    static {
        var list = new ArrayList<String>();
        list.add("各族");
        for (String g : Lexicons.builtIn().words(LexiconKind.ETHNIC_GROUP)) {
            list.add(g + "族");
            if (g.length() >= 2) list.add(g); // 巴音郭楞蒙古自治州, 伊犁哈萨克自治州
        }
        list.sort((x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
        ETHNIC = List.copyOf(list);
    }

    /** Table rows with no name of their own (division-placeholders.txt). */
    private static final Set<String> PLACEHOLDERS = Lexicons.builtIn().words(LexiconKind.DIVISION_PLACEHOLDER);

    /** County names that are kinds of zone, not a name plus suffix (新区, 开发区): no short form. */
    private static final List<String> ZONE_SUFFIXES = Lexicons.builtIn().entries(LexiconKind.AREA_KIND).entrySet().stream()
            .filter(e -> e.getValue().contains("zone")).map(java.util.Map.Entry::getKey).toList();

    /** Names that are also the generic word for a kind of area (开发区, 城区): weak on their own. */
    private static final Set<String> KIND_WORDS = Lexicons.builtIn().entries(LexiconKind.AREA_KIND).entrySet().stream()
            .filter(e -> e.getValue().startsWith("kind")).map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A digest of the word lists above, part of the saved automaton's fingerprint: a changed list makes the
     * saved automaton stale, so it is rebuilt instead of trusted.
     */
    static long listsFingerprint() {
        return ((ETHNIC.hashCode() + 31L * DivisionOffices.builtIn().fingerprint() + 961L * PLACEHOLDERS.stream().sorted().toList().hashCode()) * 31L + ZONE_SUFFIXES.stream().sorted().toList().hashCode()) * 31L
                + KIND_WORDS.stream().sorted().toList().hashCode();
    }

    private NameForms() {}

    static boolean isKindWord(String name) {
        return KIND_WORDS.contains(name);
    }

    static boolean isPlaceholder(String name) {
        return PLACEHOLDERS.contains(name);
    }

    static List<String> aliases(String name, AdminLevel level) {
        var out = new ArrayList<String>(3);
        DivisionOffices offices = DivisionOffices.builtIn();
        if (level == AdminLevel.TOWNSHIP) {
            List<String> named = offices.officeNames(name, level);      // 南苑街道 → 南苑街道办, 南苑街道办事处
            if (!named.isEmpty()) out.addAll(named);
            // an office named without its unit (城关办事处) is the township: 办事处 is the word for that office
            else if (name.endsWith("办事处")) out.add(name.substring(0, name.length() - 3));
        } else if (level == AdminLevel.VILLAGE) {
            String c = canonicalVillage(name);
            if (!c.equals(name)) out.add(c);
            for (String f : offices.officeNames(c, level)) if (!f.equals(name)) out.add(f);
        }
        return out;
    }

    /** 庐山社区居委会 → 庐山社区, 东街居民委员会 → 东街社区, 王庄村民委员会 → 王庄村 (division-offices.txt). */
    static String canonicalVillage(String name) {
        return DivisionOffices.builtIn().fold(name, AdminLevel.VILLAGE);
    }

    /** The form under which a query is looked up: village and township variants folded. */
    static String canonical(String query) {
        String township = DivisionOffices.builtIn().fold(query, AdminLevel.TOWNSHIP);
        return !township.equals(query) ? township : canonicalVillage(query);
    }

    static List<String> shortForms(String name, AdminLevel level) {
        if (isPlaceholder(name)) return List.of();
        String s = switch (level) {
            case PROVINCE -> stripEthnic(strip(name, "特别行政区", "自治区", "省", "市"));
            case CITY -> stripEthnic(strip(name, "自治州", "地区", "市", "盟"));
            case COUNTY -> county(name);
            default -> null;
        };
        return s == null || s.equals(name) || s.length() < 2 ? List.of() : List.of(s);
    }

    /** Suffixes of township names, longest first (东固畲族少数民族乡 → 东固, 文家市镇 → 文家市). */
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("少数民族乡", "民族乡", "街道办事处", "街道", "镇", "乡", "苏木");

    /**
     * A township's name without its suffix and ethnic qualifier (文家市镇 → 文家市), or null when that leaves
     * fewer than two characters or the name has no such suffix. Used only right after the township's county or
     * city (see TownshipFinder), never on its own.
     */
    static String townshipShortForm(String name) {
        for (String suffix : TOWNSHIP_SUFFIXES) {
            if (name.endsWith(suffix)) {
                String s = stripEthnic(name.substring(0, name.length() - suffix.length()));
                return s.length() >= 2 && s.length() < name.length() ? s : null;
            }
        }
        return null;
    }

    private static String county(String name) {
        for (String z : ZONE_SUFFIXES) {
            if (name.endsWith(z)) return null;
        }
        if (name.endsWith("自治县") || name.endsWith("自治旗")) {
            return stripEthnic(name.substring(0, name.length() - 3));
        }
        if (name.endsWith("旗")) return null; // 科尔沁右翼前旗: the remainder is not a name
        return strip(name, "区", "县", "市");
    }

    private static String strip(String name, String... suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s) && name.length() > s.length()) return name.substring(0, name.length() - s.length());
        }
        return name;
    }

    private static String stripEthnic(String s) {
        if (s == null) return null;
        boolean again = true;
        while (again) {
            again = false;
            for (String e : ETHNIC) {
                if (s.endsWith(e) && s.length() - e.length() >= 2) {
                    s = s.substring(0, s.length() - e.length());
                    again = true;
                    break;
                }
            }
        }
        return s;
    }
}
