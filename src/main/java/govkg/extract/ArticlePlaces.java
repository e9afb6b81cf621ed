package govkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's main place of each level: what 自治区, 全省, 该市 or an unqualified 县委 refer to.
 * The place of that level mentioned most often (first mention breaks ties), or the parent at that
 * level of the most specific places mentioned. Stateless.
 */
public final class ArticlePlaces {
    private ArticlePlaces() {}

    /**
     * Label of the main place of {@code level} whose name ends in the unit word {@code unit} (自治区, 省, 市, 县, 区;
     * level-units.txt gives each its level), or null.
     */
    public static String mainPlace(ArticleAnalysis a, String unit, govkg.gazetteer.AdminLevel level) {
        Mention m = mainPlaceOfLevel(a, unit, level);
        return m == null ? null : m.label();
    }

    static Mention mainPlaceOfLevel(ArticleAnalysis a, String unit, govkg.gazetteer.AdminLevel level) {
        if (level == null || level == govkg.gazetteer.AdminLevel.VILLAGE) return null;
        int len = level.codeLength();
        Map<String, Integer> count = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        List<Mention> places = a.mentions(EntityType.PLACE);
        for (Mention p : places) {
            String code = p.attr("adminCode");
            if (code == null || code.length() < len) continue;
            String c = code.substring(0, len);
            // a mention of a lower place counts for its ancestor at this level
            Mention at = code.length() == len ? p : null;
            count.merge(c, code.length() == len ? 2 : 1, Integer::sum);
            if (at != null) first.putIfAbsent(c, at);
        }
        String best = null;
        for (var e : count.entrySet()) {
            // 区委 is a district's committee: a county mentioned more often is not what it names
            if (!first.containsKey(e.getKey()) || !first.get(e.getKey()).label().endsWith(unit)) continue;
            if (best == null || e.getValue() > count.get(best)) best = e.getKey();
        }
        return best == null ? null : first.get(best);
    }

    /** The place a qualified organization name starts with, among the article's places. */
    public static Mention mainPlaceMention(ArticleAnalysis a, String qualifiedName) {
        Mention best = null;
        for (Mention p : a.mentions(EntityType.PLACE)) {
            if (p.attr("adminCode") != null && qualifiedName.startsWith(p.label())
                    && (best == null || p.label().length() > best.label().length())) best = p;
        }
        return best;
    }
}
