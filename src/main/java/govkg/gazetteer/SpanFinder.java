package govkg.gazetteer;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Finds the names of divisions (province to township) in a text with the gazetteer's automaton and
 * chooses non-overlapping spans: the choice maximises the characters covered, counting a short form
 * for a little less than a full name and a weak key (ordinary word, shared county short form) for
 * less still, so 济南市中区 reads 济南 + 市中区 while 济南市中心 reads 济南市; a blocker word
 * (安居乐业) covers the short form inside it and is then dropped; a short form that ends one word
 * and starts the next (重大理论) is no name. With the text's {@link Words}, a name that cuts a word of the
 * segmentation is dropped before the choice (see {@link #cutsWord}). Reads the text; writes nothing.
 * Stateless; thread-safe.
 */
final class SpanFinder {

    /** A chosen span with the automaton entry it matched. */
    record Span(int begin, int end, NameEntry entry) {}

    /** One-character units of divisions down to the township (level-units.txt). */
    private final String levelChars;
    /** One-character units of townships (乡, 镇): the first character of ordinary words too (乡村, 镇压). */
    private final String townshipChars;

    private final NameAutomaton names;
    private final TermIndex roadHeads;
    private final TermIndex textFeatures;
    private final Set<String> wordFeatures;
    private final TermIndex nonPlaceWords;
    private final TermIndex levelWords;
    private final TermIndex bilateralWords;
    /** First characters of foreign countries' names (巴 of 巴基斯坦, 巴西): one half of a pair of countries with 中. */
    private final String countryInitials;

    SpanFinder(NameAutomaton names, Lexicons lex) {
        this.names = names;
        this.roadHeads = lex.index(LexiconKind.ROAD_HEAD);
        this.textFeatures = lex.index(LexiconKind.PLACE_FEATURE, "text");
        this.wordFeatures = lex.withValue(LexiconKind.PLACE_FEATURE, "word");
        this.nonPlaceWords = lex.index(LexiconKind.NON_PLACE_WORD);
        this.levelWords = lex.index(LexiconKind.LEVEL_WORD);
        this.bilateralWords = lex.index(LexiconKind.BILATERAL_WORD);
        StringBuilder initials = new StringBuilder();
        for (String c : lex.entries(LexiconKind.COUNTRY).keySet()) if (!c.isEmpty()) initials.append(c.charAt(0));
        this.countryInitials = initials.toString();
        LevelUnits units = new LevelUnits(lex);
        this.levelChars = units.chars(AdminLevel.PROVINCE, AdminLevel.TOWNSHIP);
        this.townshipChars = units.chars(AdminLevel.TOWNSHIP, AdminLevel.TOWNSHIP);
    }

    List<Span> find(String text, Words words) {
        int n = text.length();
        var hits = new ArrayList<Span>();
        var nameStarts = new BitSet(n + 1);
        names.trie().parseText(text, (begin, end, entry) -> {
            hits.add(new Span(begin, end, entry));
            if (!entry.blocker()) nameStarts.set(begin);
        });
        List<List<Span>> endingAt = new ArrayList<>(Collections.nCopies(n + 1, null));
        for (Span s : hits) {
            int begin = s.begin(), end = s.end();
            NameEntry entry = s.entry();
            if (entry.allShort() && (isRoadName(text, end) || isFeature(text, end, nameStarts) || names.straddles(text, begin, end)
                    || namesVillage(text, end) || pairOfCountries(text, begin, end))) continue;
            if (!entry.blocker() && (endsInWord(text, end) || insideNonPlaceWord(text, begin, end)
                    || cutsWord(text, words, begin, end, entry) && !chained(s, hits, words))) continue;
            List<Span> l = endingAt.get(end);
            if (l == null) endingAt.set(end, l = new ArrayList<>(2));
            l.add(s);
        }
        double[] best = new double[n + 1];
        Span[] chosen = new Span[n + 1];
        for (int i = 1; i <= n; i++) {
            best[i] = best[i - 1];
            List<Span> l = endingAt.get(i);
            if (l == null) continue;
            for (Span s : l) {
                double v = best[s.begin()] + weight(s);
                if (v > best[i]) {
                    best[i] = v;
                    chosen[i] = s;
                }
            }
        }
        var out = new ArrayList<Span>();
        for (int i = n; i > 0; ) {
            if (chosen[i] != null) {
                out.add(chosen[i]);
                i = chosen[i].begin();
            } else {
                i--;
            }
        }
        Collections.reverse(out);
        out.removeIf(s -> s.entry().blocker());
        return out;
    }

    private static double weight(Span s) {
        double w = s.end() - s.begin();
        if (s.entry().allShort()) w -= 0.5;
        if (s.entry().weak()) w -= 1.0;
        return w;
    }

    /**
     * Whether a name cuts a word of the segmentation: it starts inside a word (快于|城镇 → 于城镇, 威宁县 → 宁县,
     * 李长春 → 长春), or its last character starts the next word (大病保险和|县级 → 和县, 南昌|市民 → 南昌市), or
     * the segmenter joined it with a feature into one place word (长白山 → 长白). Kept: the name with its level word
     * in one word (印江县, 怒江州), a name before an organ word that starts with its level character
     * (兴隆台区|委, not 和|县委), a name heading the word of a body or team (香港特区政府), and full names inside a
     * person token (HanLP often glues a character before a place into a name). A short form that
     * ends a person token (李长春) is cut. No words: nothing is cut.
     */
    boolean cutsWord(String text, Words words, int begin, int end, NameEntry entry) {
        if (words.isEmpty()) return false;
        int first = words.at(begin);
        if (first >= 0 && words.begin(first) < begin) {
            if (!words.isPersonName(first)) return true;
            return entry.allShort() && !province(entry);
        }
        int last = words.at(end - 1);
        if (end >= text.length() || last < 0 || words.end(last) <= end) return false;
        int from = words.begin(last);
        String rest = text.substring(end, words.end(last));
        if (from == end - 1) { // 和|县级, 南昌|市民, 兴隆台|区委
            return !(words.isOrgan(last) && end - 1 - begin >= 2);
        }
        if (from > begin) return true; // a word starting inside the name and going on after it
        if (words.isPersonName(last)) return false; // 舟曲共, 泰安康: HanLP's person guesses glue the next character
        if (rest.length() == 1 && levelChars.indexOf(rest.charAt(0)) >= 0) return false; // 印江县, 怒江州
        return words.isPlaceName(last) && wordFeatures.contains(rest);
    }

    /**
     * 内蒙古巴彦淖尔, 山西平陆: a name right after a name that contains it, or right before one it contains, with a
     * word of the segmentation across the boundary. The chain confirms both against a segmenter that cut across
     * them (内蒙|古巴|彦); it does not undo a cut inside one name (吉林长白山 holds no 长白).
     */
    private static boolean chained(Span s, List<Span> hits, Words words) {
        for (Span g : hits) {
            if (g.entry().blocker() || g == s) continue;
            if (g.end() == s.begin() && crosses(words, s.begin()) && nests(s.entry(), g.entry())) return true;
            if (g.begin() == s.end() && crosses(words, s.end()) && nests(g.entry(), s.entry())) return true;
        }
        return false;
    }

    /** A word of the segmentation runs across this boundary between two names (内蒙|古巴|彦: 古巴 across 内蒙古|巴彦淖尔). */
    private static boolean crosses(Words words, int boundary) {
        int w = words.at(boundary);
        return w >= 0 && words.begin(w) < boundary;
    }

    /** Some division of {@code inner} lies inside some division of {@code outer}. */
    private static boolean nests(NameEntry inner, NameEntry outer) {
        for (Division i : inner.divisions()) {
            for (Division o : outer.divisions()) if (i.isWithin(o.code())) return true;
        }
        return false;
    }

    private static boolean province(NameEntry e) {
        for (Division d : e.divisions()) if (d.level() == AdminLevel.PROVINCE) return true;
        return false;
    }

    /** 北京时间, 北京猿人: an ordinary word from the lexicon that starts or ends with the name and goes beyond it. */
    private boolean insideNonPlaceWord(String text, int begin, int end) {
        String w = nonPlaceWords.startingAt(text, begin, end - begin + 1);
        if (w != null) return true;
        w = nonPlaceWords.endingAt(text, end);
        return w != null && w.length() > end - begin;
    }

    /** 发展乡村, 城镇压力: a township's 乡 or 镇 that is the first character of an ordinary word (乡村, 镇压). */
    private boolean endsInWord(String text, int end) {
        if (end >= text.length() || townshipChars.indexOf(text.charAt(end - 1)) < 0) return false;
        return levelWords.startingAt(text, end - 1, 2) != null;
    }

    /**
     * 鄱阳湖, 大理石, 绵阳舰, 鄂尔多斯盆地, 伊犁河谷: a lake, a stone, a ship, a landform named after the place —
     * unless another place's name starts there (河南湖北, 北京石家庄).
     */
    private boolean isFeature(String text, int end, BitSet nameStarts) {
        if (end >= text.length() || nameStarts.get(end)) return false;
        return textFeatures.startingAt(text, end, 1) != null;
    }

    /**
     * 平顶山村, 长安村: a short form right before 村 is the name of a village the gazetteer may not hold, not the city or
     * county of that name; 村民, 村里 after it are ordinary words (lexicon level-word), the place stands.
     */
    private boolean namesVillage(String text, int end) {
        return end < text.length() && text.charAt(end) == '村' && levelWords.startingAt(text, end, 2) == null;
    }

    /**
     * 巴中战略伙伴关系, 中巴友谊: two characters, 中 and the first of a foreign country's name, before a word of two
     * countries' relations (lexicon bilateral-word) are China and that country, not the city 巴中 of that short form.
     */
    private boolean pairOfCountries(String text, int begin, int end) {
        if (end - begin != 2 || bilateralWords.startingAt(text, end, 2) == null) return false;
        char a = text.charAt(begin), b = text.charAt(begin + 1);
        return a == '中' && countryInitials.indexOf(b) >= 0 || b == '中' && countryInitials.indexOf(a) >= 0;
    }

    /** 南京路, 中山东路, 北京大街: a short form at the head of a street name. */
    private boolean isRoadName(String text, int end) {
        return end < text.length() && roadHeads.startingAt(text, end, 1) != null;
    }
}
