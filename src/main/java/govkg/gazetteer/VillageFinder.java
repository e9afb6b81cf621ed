package govkg.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds village-level names (村, 社区): right after their township or county (南苑街道庐山社区),
 * and on their own (…社区) when the dateline or the text's places contain exactly one division of
 * that name. Village names are not in the automaton: there are too many, and most are ordinary
 * phrases without a place around them. Reads the text; writes nothing. Thread-safe.
 */
final class VillageFinder {

    private static final int MAX_NAME = 10;

    private final Gazetteer gazetteer;

    VillageFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The village named right after a township or county mention (resolved, or with candidates). */
    Optional<PlaceMention> after(String text, PlaceMention m) {
        if (m.isReference() || m.end() >= text.length()) return Optional.empty();
        List<Division> ups = m.candidates().stream()
                .filter(d -> d.level() == AdminLevel.TOWNSHIP || d.level() == AdminLevel.COUNTY).toList();
        if (ups.isEmpty()) return Optional.empty();
        int from = m.end();
        for (int end = Math.min(text.length(), from + MAX_NAME + 5); end >= from + 2; end--) {
            if (!gazetteer.mayEndVillageName(text.charAt(end - 1))) continue;
            List<Division> matches = gazetteer.byName(text.substring(from, end)).stream()
                    .filter(v -> v.level() == AdminLevel.VILLAGE && ups.stream().anyMatch(u -> v.isWithin(u.code())))
                    .toList();
            if (matches.isEmpty()) continue;
            String surface = text.substring(from, end);
            if (matches.size() > 1) {
                return Optional.of(new PlaceMention(from, end, surface, null, PlaceResolver.UNRESOLVED, "ambiguous", matches));
            }
            double conf = m.resolved() ? PlaceResolver.FULL : PlaceResolver.CHILD;
            return Optional.of(new PlaceMention(from, end, surface, matches.get(0), conf, m.resolved() ? "chain" : "child"));
        }
        return Optional.empty();
    }

    /** Adds the communities named on their own (…社区) that the context places. */
    void standalone(String text, List<PlaceMention> out, Division dateline, List<Division> anchors) {
        var places = new ArrayList<>(anchors);
        for (PlaceMention m : out) {
            if (m.resolved()) places.add(m.division());
        }
        if (places.isEmpty()) return;
        var found = new ArrayList<PlaceMention>();
        for (int i = text.indexOf("社区"); i >= 0; i = text.indexOf("社区", i + 2)) {
            int end = i + 2;
            if (covered(out, i, end)) continue;
            for (int begin = Math.max(0, end - MAX_NAME); begin <= end - 4; begin++) {
                if (covered(out, begin, end)) continue;
                List<Division> cands = gazetteer.byName(text.substring(begin, end)).stream()
                        .filter(d -> d.level() == AdminLevel.VILLAGE).toList();
                if (cands.isEmpty()) continue;
                List<Division> within = cands.stream().filter(d -> places.stream().anyMatch(p -> d.isWithin(p.code()))).toList();
                if (within.size() == 1) {
                    Division v = within.get(0);
                    int stop = end;
                    for (String tail : List.of("居民委员会", "居委会")) {
                        if (text.startsWith(tail, end)) {
                            stop = end + tail.length();
                            break;
                        }
                    }
                    boolean byDateline = dateline != null && v.isWithin(dateline.code());
                    found.add(new PlaceMention(begin, stop, text.substring(begin, stop), v,
                            byDateline ? PlaceResolver.DATELINE : PlaceResolver.TEXT, byDateline ? "dateline" : "text-places"));
                }
                break; // the longest name that exists decides, placed or not
            }
        }
        out.addAll(found);
    }

    private static boolean covered(List<PlaceMention> out, int begin, int end) {
        for (PlaceMention m : out) {
            if (m.begin() < end && begin < m.end()) return true;
        }
        return false;
    }
}
