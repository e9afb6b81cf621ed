package govkg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells which of a set of names are ordinary words (平安, 光明, 东方, 城区), so that the gazetteer
 * does not let them stand for a place on their own. Reads the synonym thesaurus that ships inside
 * HanLP's jar ({@code data/dictionary/synonym/CoreSynonym.txt}, an extended 同义词词林): a word filed
 * only under city names (Cb25A11/Cb25A12) or regions and countries (Di…) is a place name; a word
 * filed anywhere else is an ordinary word. Reads the file only; no HanLP class is used. When the
 * file is absent no name counts as an ordinary word. Stateless; thread-safe.
 */
final class CommonWords {

    static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

    private CommonWords() {}

    /** The subset of {@code names} filed in the thesaurus under a category that is not a place. */
    static Set<String> among(Set<String> names) {
        var common = new HashSet<String>();
        InputStream in = CommonWords.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) return common;
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                if (line.length() < 9) continue;
                boolean place = line.startsWith("Cb25A11") || line.startsWith("Cb25A12") || line.startsWith("Di");
                if (place) continue;
                for (String w : line.substring(9).split(" ")) {
                    if (names.contains(w)) common.add(w);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return common;
    }
}
