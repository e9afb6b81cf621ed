package govkg.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves references to a place by its kind instead of its name (全区, 全省, 该市, 本县, 我区,
 * 自治区 …) to the place named right before (山东全省, confidence 0.85) or else to the text's main
 * place of that kind: the one most mentioned (each mention 1, each ancestor of a mention 0.5) plus
 * the dateline place (1.5, its ancestors 0.75), confidence 0.6. A tie leaves the reference unresolved. Reads the text and the mentions found; appends to them. Thread-safe
 * (no state besides the gazetteer).
 */
final class ReferenceFinder {

    private static final String DETERMINERS = "全该本我";
    private static final List<String> UNITS = List.of("自治区", "街道", "省", "市", "区", "县", "州", "旗", "镇", "乡");
    /** Characters that with 全/本/该 before them make another word: 安全区, 基本市, 应该省. */
    private static final Map<Character, String> WORD_BEFORE = Map.of('全', "安健完齐周保成俱两万十", '本', "基根成资样版文课剧账日原书标",
            '该', "应活");
    /** Characters that with the unit make another word: 市场, 区域, 省份, 乡村. */
    private static final Map<String, String> WORD_AFTER = Map.of("市", "场值长面", "区", "域间块分别位", "省", "份钱力", "乡", "村亲",
            "县", "长", "镇", "定静");

    private final Gazetteer gazetteer;

    ReferenceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void add(String text, List<PlaceMention> out, Division dateline) {
        var found = new java.util.ArrayList<PlaceMention>();
        for (int i = 0; i < text.length(); i++) {
            char det = text.charAt(i);
            String unit = null;
            int begin = i;
            int end = i;
            if (text.startsWith("自治区", i)) {
                // 5个自治区, 各自治区, 省（自治区、直辖市）: the kind, not a place
                if (i > 0 && "个各（(、".indexOf(text.charAt(i - 1)) >= 0) continue;
                if (text.startsWith("、", i + 3)) continue;
                unit = "自治区";
                end = i + 3;
            } else if (DETERMINERS.indexOf(det) >= 0) {
                if (i > 0 && WORD_BEFORE.getOrDefault(det, "").indexOf(text.charAt(i - 1)) >= 0) continue;
                for (String u : UNITS) {
                    if (text.startsWith(u, i + 1)) {
                        unit = u;
                        end = i + 1 + u.length();
                        break;
                    }
                }
            }
            if (unit == null) continue;
            if (end < text.length() && WORD_AFTER.getOrDefault(unit, "").indexOf(text.charAt(end)) >= 0) continue;
            if (overlaps(out, begin, end)) continue;
            String surface = text.substring(begin, end);
            Division named = namedJustBefore(unit, out, begin);
            if (named != null) { // 山东全省, 北京全市: the place is named right before
                found.add(new PlaceMention(begin, end, surface, named, PlaceResolver.DATELINE, "reference"));
                i = end - 1;
                continue;
            }
            Division main = main(unit, out, dateline);
            found.add(main == null
                    ? new PlaceMention(begin, end, surface, null, 0.2, "reference", List.of())
                    : new PlaceMention(begin, end, surface, main, PlaceResolver.REFERENCE, "reference"));
            i = end - 1;
        }
        out.addAll(found);
    }

    /** The resolved place (or its ancestor) of the unit's kind whose mention ends where the reference begins. */
    private Division namedJustBefore(String unit, List<PlaceMention> out, int begin) {
        for (PlaceMention m : out) {
            if (m.end() != begin || !m.resolved() || m.isReference()) continue;
            if (fits(m.division(), unit)) return m.division();
            for (Division a : gazetteer.ancestors(m.code())) {
                if (fits(a, unit)) return a;
            }
        }
        return null;
    }

    private Division main(String unit, List<PlaceMention> out, Division dateline) {
        var score = new HashMap<Division, Double>();
        for (PlaceMention m : out) {
            if (!m.resolved() || m.isReference()) continue;
            credit(score, m.division(), unit, 1.0);
        }
        if (dateline != null) credit(score, dateline, unit, 1.5);
        Division best = null;
        double top = 0;
        boolean tie = false;
        for (var e : score.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private void credit(Map<Division, Double> score, Division d, String unit, double weight) {
        if (fits(d, unit)) score.merge(d, weight, Double::sum);
        for (Division a : gazetteer.ancestors(d.code())) {
            if (fits(a, unit)) score.merge(a, weight / 2, Double::sum);
        }
    }

    /** Whether a division is of the kind a unit word names (区: a district or an autonomous region). */
    static boolean fits(Division d, String unit) {
        String n = d.name();
        return switch (unit) {
            case "省" -> d.level() == AdminLevel.PROVINCE && n.endsWith("省");
            case "自治区" -> d.level() == AdminLevel.PROVINCE && n.endsWith("自治区");
            case "区" -> (d.level() == AdminLevel.COUNTY && n.endsWith("区")) || (d.level() == AdminLevel.PROVINCE && n.endsWith("自治区"));
            case "市" -> d.level().compareTo(AdminLevel.COUNTY) <= 0 && n.endsWith("市");
            case "县" -> d.level() == AdminLevel.COUNTY && n.endsWith("县");
            case "州" -> d.level() == AdminLevel.CITY && n.endsWith("州");
            case "旗" -> d.level() == AdminLevel.COUNTY && n.endsWith("旗");
            case "镇", "乡", "街道" -> d.level() == AdminLevel.TOWNSHIP && n.endsWith(unit);
            default -> false;
        };
    }

    private static boolean overlaps(List<PlaceMention> out, int begin, int end) {
        for (PlaceMention m : out) {
            if (m.begin() < end && begin < m.end()) return true;
        }
        return false;
    }
}
