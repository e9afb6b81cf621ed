package govkg.gazetteer;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Foreign countries and major cities abroad, from the lexicon kinds {@code country} and {@code world-city}
 * (each name with the ISO 3166-1 alpha-2 code of its country). They are not divisions of the code table, so
 * they have no division code; a country carries its own ISO code, a city its country's. A name counts only
 * where it neither overlaps a Chinese place already found (内蒙古巴彦淖尔 holds no 古巴) nor cuts a word
 * of the segmentation (增加|纳税 holds no 加纳). 中国 is not among them. Immutable; thread-safe.
 */
public final class WorldPlaces {

    /** A country or city abroad named in a text. */
    public record Found(int begin, int end, String surface, String name, List<String> otherNames, String countryCode,
                        boolean city) {}

    private record Entry(String name, List<String> otherNames, String code, boolean city) {}

    private final Map<String, Entry> byForm = new HashMap<>();
    private final TermIndex forms;

    public WorldPlaces(Lexicons lex) {
        add(lex.entries(LexiconKind.COUNTRY), false);
        add(lex.entries(LexiconKind.WORLD_CITY), true);
        var all = new ArrayList<>(byForm.keySet());
        all.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        forms = new TermIndex(all);
    }

    private void add(Map<String, String> entries, boolean city) {
        entries.forEach((name, value) -> {
            String[] parts = value.split("\\|");
            String code = parts[0].strip();
            if (!code.matches("[A-Z]{2}")) throw new IllegalArgumentException(name + ": not an ISO 3166-1 alpha-2 code: " + code);
            var others = new ArrayList<String>();
            for (int i = 1; i < parts.length; i++) if (!parts[i].isBlank()) others.add(parts[i].strip());
            var e = new Entry(name, List.copyOf(others), code, city);
            byForm.putIfAbsent(name, e);
            for (String o : others) byForm.putIfAbsent(o, e);
        });
    }

    /** The foreign places of the text, in text order, outside the {@code taken} mentions and the words' insides. */
    public List<Found> find(String text, Words words, List<PlaceMention> taken) {
        var out = new ArrayList<Found>();
        for (int i = 0; i < text.length(); i++) {
            String form = forms.startingAt(text, i, 2);
            if (form == null) continue;
            int end = i + form.length();
            if (overlaps(taken, i, end) || cuts(words, i, end)) continue;
            Entry e = byForm.get(form);
            out.add(new Found(i, end, form, e.name(), e.otherNames(), e.code(), e.city()));
            i = end - 1;
        }
        return out;
    }

    private static boolean cuts(Words words, int begin, int end) {
        if (words.isEmpty()) return false;
        int first = words.at(begin), last = words.at(end - 1);
        return first >= 0 && words.begin(first) < begin || last >= 0 && words.end(last) > end;
    }

    private static boolean overlaps(List<PlaceMention> taken, int begin, int end) {
        for (PlaceMention m : taken) {
            if (m.begin() < end && begin < m.end()) return true;
        }
        return false;
    }
}
