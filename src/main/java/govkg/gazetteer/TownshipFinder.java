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
        for (Division t : townshipsUnder(up)) {
            String s = NameForms.townshipShortForm(t.name());
            if (s == null || s.length() < longest || !text.startsWith(s, from)) continue;
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
