package govkg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells which names are ordinary words (平安, 光明, 东方, 城区) and which ordinary words of four or
 * more characters hold a short form inside (安居乐业 holds 乐业, 长治久安 holds 长治), so that the
 * gazetteer neither lets the first stand for a place on its own nor finds a place inside the second.
 * Reads the synonym thesaurus that ships inside HanLP's jar
 * ({@code data/dictionary/synonym/CoreSynonym.txt}, an extended 同义词词林): a word filed only under
 * city names (Cb25A11/Cb25A12) or regions and countries (Di…) is a place name; a word filed only
 * elsewhere is an ordinary word. Reads the file only; no HanLP class is used. When the file is absent no
 * word counts. Stateless; thread-safe.
 */
final class CommonWords {

    static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

    /**
     * {@code common}: the names that are ordinary words; {@code blockers}: long words holding a short
     * form; {@code edges}: two-character words that end with the first or start with the last
     * character of a two-character short form (重大, 理论 around 大理).
     */
    record Found(Set<String> common, Set<String> blockers, Set<String> edges) {}

    private CommonWords() {}

    static Found among(Set<String> names, Set<String> shortForms) {
        var common = new HashSet<String>();
        var places = new HashSet<String>();
        var blockers = new HashSet<String>();
        var edges = new HashSet<String>();
        var firsts = new HashSet<Character>();
        var lasts = new HashSet<Character>();
        for (String k : shortForms) {
            if (k.length() == 2) {
                firsts.add(k.charAt(0));
                lasts.add(k.charAt(1));
            }
        }
        InputStream in = CommonWords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) return new Found(common, blockers, edges);
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                if (line.length() < 9) continue;
                boolean place = line.startsWith("Cb25A11") || line.startsWith("Cb25A12") || line.startsWith("Di");
                for (String w : line.substring(9).split(" ")) {
                    if (w.length() == 2 && !names.contains(w) && (firsts.contains(w.charAt(1)) || lasts.contains(w.charAt(0)))) {
                        edges.add(w);
                    }
                    if (place) {
                        if (names.contains(w)) places.add(w);
                        continue;
                    }
                    if (names.contains(w)) common.add(w);
                    if (w.length() >= 4 && !names.contains(w) && holds(w, shortForms)) blockers.add(w);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        common.removeAll(places);
        return new Found(common, blockers, edges);
    }

    private static boolean holds(String word, Set<String> keys) {
        for (int len = 2; len < word.length(); len++) {
            for (int b = 0; b + len <= word.length(); b++) {
                if (keys.contains(word.substring(b, b + len))) return true;
            }
        }
        return false;
    }
}
