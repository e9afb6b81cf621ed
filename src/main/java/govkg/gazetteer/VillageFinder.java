package govkg.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds village-level names (村, 社区, 嘎查): right after their township or county (南苑街道庐山社区,
 * 凤阳县小溪河镇小岗村), and on their own when the text's places decide them — a …社区 when the dateline
 * or the text's places contain exactly one community of that name, a …村 only when a county or township
 * named in the text (or the dateline) holds exactly one village of that name. Village names are not in the
 * automaton and are never taken on their name alone: there are half a million, most repeated across the
 * country (小岗村 names eighteen villages), and many are ordinary words. Reads the text; writes nothing.
 * Thread-safe.
 */
final class VillageFinder {

    private static final int MAX_NAME = 10;
    /** A …村 standing alone needs at least two characters before 村 (张村 is too often the end of a word). */
    private static final int MIN_STANDALONE = 3;
    private final Gazetteer gazetteer;
    /** The offices written after a village's name (小岗村村委会, 庐山社区居委会): part of the mention. */
    private final DivisionOffices offices;

    VillageFinder(Gazetteer gazetteer, DivisionOffices offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
    }

    /** The village named right after a township or county mention (resolved, or with candidates). */
    Optional<PlaceMention> after(String text, PlaceMention m) {
        if (m.isReference() || m.end() >= text.length()) return Optional.empty();
        List<Division> ups = m.candidates().stream()
                .filter(d -> d.level() == AdminLevel.TOWNSHIP || d.level() == AdminLevel.COUNTY).toList();
        if (ups.isEmpty()) return Optional.empty();
        int from = m.end();
        int longest = 0;
        var matches = new ArrayList<Division>();
        char first = text.charAt(from);
        for (Division up : ups) {
            for (Division v : gazetteer.villagesUnder(up.code())) {
                // every name of a village (its aliases 村委会, 社区居委会 …) starts with its official name's first
                // character, so the others need not be made: making them for a county's hundreds of villages at every
                // mention of the county was a large part of the gazetteer's time
                if (!v.name().isEmpty() && v.name().charAt(0) != first) continue;
                for (String n : v.names()) {
                    if (n.length() < longest || n.length() > MAX_NAME + 5 || !text.startsWith(n, from)) continue;
                    if (n.length() > longest) {
                        longest = n.length();
                        matches.clear();
                    }
                    if (!matches.contains(v)) matches.add(v);
                }
            }
        }
        if (matches.isEmpty()) return Optional.empty();
        int end = from + longest;
        String surface = text.substring(from, end);
        if (matches.size() > 1) {
            return Optional.of(new PlaceMention(from, end, surface, null, PlaceResolver.UNRESOLVED, "ambiguous", matches));
        }
        double conf = m.resolved() ? PlaceResolver.FULL : PlaceResolver.CHILD;
        return Optional.of(new PlaceMention(from, end, surface, matches.get(0), conf, m.resolved() ? "chain" : "child"));
    }

    /** Adds the communities (…社区) and villages (…村) named on their own that the context places. */
    void standalone(String text, List<PlaceMention> out, Division dateline, List<Division> anchors, Words words) {
        var places = new ArrayList<>(anchors);
        for (PlaceMention m : out) {
            if (m.resolved()) places.add(m.division());
        }
        if (places.isEmpty()) return;
        var found = new ArrayList<PlaceMention>();
        communities(text, out, dateline, places, found);
        villages(text, out, dateline, places, words, found);
        out.addAll(found);
    }

    private void communities(String text, List<PlaceMention> out, Division dateline, List<Division> places, List<PlaceMention> found) {
        for (int i = text.indexOf("社区"); i >= 0; i = text.indexOf("社区", i + 2)) {
            int end = i + 2;
            if (covered(out, i, end)) continue;
            for (int begin = Math.max(0, end - MAX_NAME); begin <= end - 4; begin++) {
                if (covered(out, begin, end)) continue;
                List<Division> cands = gazetteer.byName(text.substring(begin, end)).stream()
                        .filter(d -> d.level() == AdminLevel.VILLAGE).toList();
                if (cands.isEmpty()) continue;
                List<Division> within = cands.stream().filter(d -> places.stream().anyMatch(p -> d.isWithin(p.code()))).toList();
                if (within.size() == 1) found.add(placed(text, begin, end, within.get(0), dateline, "社区"));
                break; // the longest name that exists decides, placed or not
            }
        }
    }

    /**
     * …村 on its own: only the villages of the counties and townships the text (or its dateline) names are
     * candidates, and the name must be one of exactly one of them, start on a word boundary and not be one
     * ordinary word of the segmenter (新农村).
     */
    private void villages(String text, List<PlaceMention> out, Division dateline, List<Division> places, Words words,
                          List<PlaceMention> found) {
        if (text.indexOf('村') < 0) return;
        Map<String, List<Division>> byName = new HashMap<>();
        var seen = new java.util.HashSet<String>();
        for (Division p : places) {
            if (p.level() != AdminLevel.COUNTY && p.level() != AdminLevel.TOWNSHIP) continue;
            if (!seen.add(p.code())) continue;
            for (Division v : gazetteer.villagesUnder(p.code())) {
                if (!v.name().endsWith("村") || v.name().length() < MIN_STANDALONE) continue;
                List<Division> l = byName.computeIfAbsent(v.name(), k -> new ArrayList<>(1));
                if (!l.contains(v)) l.add(v);
            }
        }
        if (byName.isEmpty()) return;
        for (int i = text.indexOf('村'); i >= 0; i = text.indexOf('村', i + 1)) {
            int end = i + 1;
            if (covered(out, i, end) || covered(found, i, end)) continue;
            for (int begin = Math.max(0, end - MAX_NAME); begin <= end - MIN_STANDALONE; begin++) {
                List<Division> cands = byName.get(text.substring(begin, end));
                if (cands == null || covered(out, begin, end)) continue;
                if (cands.size() == 1 && startsWord(words, begin) && !oneOrdinaryWord(words, begin, end)) {
                    found.add(placed(text, begin, end, cands.get(0), dateline, "村"));
                }
                break;
            }
        }
    }

    private PlaceMention placed(String text, int begin, int end, Division v, Division dateline, String unit) {
        // 庐山社区居委会; 小岗村村委会 or 小岗村民委员会 (the 村 shared)
        int stop = offices.officeEnd(text, end, unit);
        boolean byDateline = dateline != null && v.isWithin(dateline.code());
        return new PlaceMention(begin, stop, text.substring(begin, stop), v,
                byDateline ? PlaceResolver.DATELINE : PlaceResolver.TEXT, byDateline ? "dateline" : "text-places");
    }

    private static boolean startsWord(Words words, int begin) {
        if (words.isEmpty()) return true;
        int w = words.at(begin);
        return w < 0 || words.begin(w) == begin;
    }

    /** 新农村, 乡村: the candidate is exactly one word the segmenter does not call a name. */
    private static boolean oneOrdinaryWord(Words words, int begin, int end) {
        if (words.isEmpty()) return false;
        int w = words.at(begin);
        return w >= 0 && words.begin(w) == begin && words.end(w) == end
                && !words.isPlaceName(w) && !words.isPersonName(w) && !words.isOrgan(w) && !words.isOtherName(w);
    }

    private static boolean covered(List<PlaceMention> out, int begin, int end) {
        for (PlaceMention m : out) {
            if (m.begin() < end && begin < m.end()) return true;
        }
        return false;
    }
}
