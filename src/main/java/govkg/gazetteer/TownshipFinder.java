package govkg.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a township named by its short form (文家市 for 文家市镇, 东固 for 东固畲族少数民族乡) right after its
 * county or city (浏阳文家市, 吉安东固). Township short forms are not in the automaton: on their own they are
 * far too often other words; after their county or city they are a chain. The short form must be at least two
 * characters, end on a word boundary of the segmentation and name exactly one township there. Reads the text;
 * writes nothing. Thread-safe.
 */
final class TownshipFinder {

    private final Gazetteer gazetteer;
    /** A township under a county or city with its short form (never null here). */
    private record Township(Division division, String shortForm) {}
    /**
     * The townships with a short form under each county or city asked for so far, in code order: computing the short
     * forms of a city's few hundred townships for every mention of the city was the gazetteer's largest cost. At
     * most one entry per county and city (about 3,300).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Township[]> byCode = new java.util.concurrent.ConcurrentHashMap<>();

    TownshipFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<PlaceMention> after(String text, PlaceMention m, Words words) {
        if (!m.resolved() || m.isReference() || m.end() >= text.length()) return Optional.empty();
        Division up = m.division();
        if (up.level() != AdminLevel.COUNTY && up.level() != AdminLevel.CITY) return Optional.empty();
        int from = m.end();
        int longest = 0;
        var matches = new ArrayList<Division>();
        char first = text.charAt(from);
        for (Township tw : byCode.computeIfAbsent(up.code(), c -> withShortForms(townshipsUnder(up)))) {
            String s = tw.shortForm();
            // the first character first: most short forms fail there, and this is the loop of a city's every township
            if (s.charAt(0) != first || s.length() < longest || !text.startsWith(s, from)) continue;
            Division t = tw.division();
            if (text.startsWith(t.name(), from)) return Optional.empty(); // the full name: the automaton's
            if (s.length() > longest) {
                longest = s.length();
                matches.clear();
            }
            matches.add(t);
        }
        if (matches.size() != 1 || !endsWord(words, from + longest)) return Optional.empty();
        int end = from + longest;
        return Optional.of(new PlaceMention(from, end, text.substring(from, end), matches.get(0), PlaceResolver.CHILD, "chain"));
    }

    private static Township[] withShortForms(List<Division> townships) {
        var out = new ArrayList<Township>(townships.size());
        for (Division t : townships) {
            String s = NameForms.townshipShortForm(t.name());
            if (s != null) out.add(new Township(t, s));
        }
        return out.toArray(new Township[0]);
    }

    private List<Division> townshipsUnder(Division up) {
        if (up.level() == AdminLevel.COUNTY) return gazetteer.children(up.code());
        var out = new ArrayList<Division>();
        for (Division county : gazetteer.children(up.code())) out.addAll(gazetteer.children(county.code()));
        return out;
    }

    private static boolean endsWord(Words words, int end) {
        if (words.isEmpty()) return true;
        int w = words.at(end - 1);
        return w < 0 || words.end(w) == end;
    }
}
