package govkg.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The context tests {@link PlaceResolver} decides with: nesting of divisions, support of a candidate
 * by other places, the organization-name gap (公安局 in 济南市公安局市中分局) and organ suffixes
 * (分局, 法院 …; lexicon kind place-organ). Pure functions; thread-safe.
 */
final class ContextRules {

    private static final String BREAKS = "，。；：！？、,.;:!?（）()《》「」“”\"' \t\r\n";

    private ContextRules() {}

    /** A short run of an organization's name without punctuation, holding an organ's head character (of {@code heads}). */
    static boolean organizationGap(String text, int from, int to, String heads) {
        if (to - from > 12 || to <= from) return false;
        boolean head = false;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (BREAKS.indexOf(ch) >= 0) return false;
            head |= heads.indexOf(ch) >= 0;
        }
        return head;
    }

    /** Equal, inside, or containing: a dateline 长春 is related to 朝阳区 of 长春 and to 吉林省. */
    static boolean related(Division d, Division place) {
        return d.code().equals(place.code()) || d.isWithin(place.code()) || place.isWithin(d.code());
    }

    /** How much the anchors support a candidate: nesting 2 each, same city 1, same province 0.5. */
    static double support(Division d, List<Division> anchors) {
        double score = 0;
        for (Division a : anchors) {
            if (related(d, a)) score += 2;
            else if (d.code().length() >= 4 && a.code().length() >= 4 && d.code().regionMatches(0, a.code(), 0, 4)) score += 1;
            else if (d.code().regionMatches(0, a.code(), 0, 2)) score += 0.5;
        }
        return score;
    }

    /** The candidates the anchors support most (all of them on a tie; none when none is supported). */
    static List<Division> bestSupported(List<Division> cands, List<Division> anchors) {
        double best = 0;
        var out = new ArrayList<Division>();
        for (Division d : cands) {
            double score = support(d, anchors);
            if (score > best) {
                best = score;
                out.clear();
            }
            if (score == best && score > 0) out.add(d);
        }
        return out;
    }

    /** The one candidate of province or city level above all others (吉林 → 吉林省), else null. */
    static Division highest(List<Division> c) {
        if (c.isEmpty()) return null;
        var sorted = new ArrayList<>(c);
        sorted.sort(Comparator.comparing(Division::level));
        Division top = sorted.get(0);
        if (top.level().compareTo(AdminLevel.CITY) > 0) return null;
        if (sorted.size() > 1 && sorted.get(1).level() == top.level()) return null;
        return top;
    }

    /** A key that is only a short form of counties or lower (建邺, 德江): it needs a place around it. */
    static boolean countyShortForm(NameEntry e) {
        if (!e.allShort()) return false;
        for (Division d : e.divisions()) {
            if (d.level().compareTo(AdminLevel.COUNTY) < 0) return false;
        }
        return true;
    }
}
