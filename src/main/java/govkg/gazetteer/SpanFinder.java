package govkg.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the names of divisions (province to township) in a text with the gazetteer's automaton and
 * chooses non-overlapping spans: the choice maximises the characters covered, counting a short form
 * for a little less than a full name and a weak key (ordinary word, shared county short form) for
 * less still, so 济南市中区 reads 济南 + 市中区 while 济南市中心 reads 济南市; a blocker word
 * (安居乐业) covers the short form inside it and is then dropped; a short form that ends one word
 * and starts the next (重大理论) is no name. Reads the text; writes
 * nothing. Stateless; thread-safe.
 */
final class SpanFinder {

    /** A chosen span with the automaton entry it matched. */
    record Span(int begin, int end, NameEntry entry) {}

    private static final String ROAD_HEADS = "路街巷";
    private static final String[] NEXT_PLACES = {"湖南", "湖北", "湖州", "石家庄", "石嘴山", "石河子"};

    private final NameAutomaton names;

    SpanFinder(NameAutomaton names) {
        this.names = names;
    }

    List<Span> find(String text) {
        int n = text.length();
        List<List<Span>> endingAt = new ArrayList<>(Collections.nCopies(n + 1, null));
        names.trie().parseText(text, (begin, end, entry) -> {
            if (entry.allShort() && (isRoadName(text, end) || isFeature(text, end) || names.straddles(text, begin, end))) return;
            if (endsInWord(text, end)) return;
            List<Span> l = endingAt.get(end);
            if (l == null) endingAt.set(end, l = new ArrayList<>(2));
            l.add(new Span(begin, end, entry));
        });
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

    /** 发展乡村: a township's 乡 or 镇 that is the first character of the next word. */
    private static boolean endsInWord(String text, int end) {
        if (end >= text.length()) return false;
        char last = text.charAt(end - 1);
        char next = text.charAt(end);
        return (last == '乡' && "村镇亲土愁下间情".indexOf(next) >= 0) || (last == '镇' && "压定守静".indexOf(next) >= 0);
    }

    /** 鄱阳湖, 大理石, 绵阳舰, 鄂尔多斯盆地, 伊犁河谷: a lake, a stone, a ship, a landform named after the place. */
    private static boolean isFeature(String text, int end) {
        if (end >= text.length()) return false;
        for (String next : NEXT_PLACES) {
            if (text.startsWith(next, end)) return false; // 河南湖北, 北京石家庄: the next place, not a feature
        }
        return "湖石舰".indexOf(text.charAt(end)) >= 0 || text.startsWith("盆地", end) || text.startsWith("河谷", end)
                || text.startsWith("河畔", end);
    }

    /** 南京路, 中山东路, 北京大街: a short form at the head of a street name. */
    private static boolean isRoadName(String text, int end) {
        if (end >= text.length()) return false;
        char c = text.charAt(end);
        if (ROAD_HEADS.indexOf(c) >= 0) return true;
        if (text.startsWith("大街", end) || text.startsWith("大道", end) || text.startsWith("胡同", end)) return true;
        return "东西南北中".indexOf(c) >= 0 && end + 1 < text.length() && text.charAt(end + 1) == '路';
    }
}
