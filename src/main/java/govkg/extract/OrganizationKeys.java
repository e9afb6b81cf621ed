package govkg.extract;

import java.util.regex.Pattern;

/**
 * The identity key of an organization mention: the division code of the place its name starts with
 * (or that qualifies it) plus the rest of the name in a normal form. 福建省泉州市人民检察院 and
 * 泉州市检察院 both give {@code 3505|检察院}; 中国共产党哈尔滨市道里区第十一届委员会 and 道里区委 give
 * {@code 230102|委}. Keys never depend on which form an article uses, so the resolver can group by them
 * within an article and across articles. Names without a place keep their normalized name as key.
 */
final class OrganizationKeys {
    private static final Pattern PARTY_PREFIX = Pattern.compile("^(中国共产党|中共)");
    private static final Pattern TERM = Pattern.compile("第[一二三四五六七八九十百零〇\\d]+届");

    private OrganizationKeys() {}

    /**
     * @param label   the mention's label (fullest form, possibly qualified with the article's place)
     * @param begin   start of the mention's surface in the article
     * @param surface the characters of the mention
     */
    static String of(ArticleAnalysis a, OrganizationNames names, String label, int begin, String surface) {
        int skip = 0;
        var party = PARTY_PREFIX.matcher(surface);
        if (party.find()) skip = party.end();
        String code = null;
        int pos = begin + skip;
        for (Mention p = placeStartingAt(a, pos, begin + surface.length()); p != null; p = placeStartingAt(a, pos, begin + surface.length())) {
            code = p.attr("adminCode");
            pos = p.end();
        }
        String rest;
        if (code != null) {
            rest = surface.substring(pos - begin);
        } else {
            Mention qualifier = label.length() > surface.length() ? ArticlePlaces.mainPlaceMention(a, label) : null;
            if (qualifier != null) {
                code = qualifier.attr("adminCode");
                rest = label.substring(qualifier.label().length());
            } else {
                rest = surface.substring(skip);
            }
        }
        rest = normalize(names.expand(rest));
        if (rest.isEmpty()) return null;
        return code == null ? normalize(names.expand(PARTY_PREFIX.matcher(label).replaceFirst(""))) : code + "|" + rest;
    }

    private static Mention placeStartingAt(ArticleAnalysis a, int pos, int limit) {
        for (Mention p : a.mentions(EntityType.PLACE)) {
            if (p.begin() == pos && p.end() < limit && p.attr("adminCode") != null) return p;
        }
        return null;
    }

    /** Drops what varies between forms of one name: 中共, the term number, 人民 in court and procuratorate names. */
    static String normalize(String name) {
        String n = PARTY_PREFIX.matcher(name).replaceFirst("");
        n = TERM.matcher(n).replaceAll("");
        n = n.replace("人民检察院", "检察院").replace("人民法院", "法院").replace("人民政府", "政府");
        if (n.equals("委员会")) n = "委";          // 道里区委员会 is 道里区委
        return n;
    }
}
