package govkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tries answer as a scan of the terms in the given order would: the first term given that matches, with the length
 * limits; and they find every term at a position and every place of a term.
 */
class TermIndexTest {
    // not longest first on purpose: the order given decides, not the length
    private final TermIndex index = new TermIndex(List.of("委员会", "常务委员会", "会", "员会", "常务", "", "常务委员会"));

    /** A reference scan over the same list: what the index must answer. */
    private static String scanEndingAt(List<String> terms, String text, int end, int max) {
        for (String t : terms) if (!t.isEmpty() && t.length() <= max && end >= t.length() && text.startsWith(t, end - t.length())) return t;
        return null;
    }

    private static String scanStartingAt(List<String> terms, String text, int pos, int min) {
        if (pos < 0 || pos >= text.length()) return null;
        for (String t : terms) if (!t.isEmpty() && t.length() >= min && text.startsWith(t, pos)) return t;
        return null;
    }

    @Test
    void answersAsAScanInTheGivenOrder() {
        List<String> terms = List.of("委员会", "常务委员会", "会", "员会", "常务", "", "常务委员会");
        for (String text : List.of("人大常务委员会会议", "常务会", "员会", "会", "无关的话", "")) {
            for (int i = 0; i <= text.length(); i++) {
                for (int limit = 0; limit <= 6; limit++) {
                    assertEquals(scanEndingAt(terms, text, i, limit), index.endingAt(text, i, limit), text + " end " + i + " max " + limit);
                    assertEquals(scanStartingAt(terms, text, i, limit), index.startingAt(text, i, limit), text + " at " + i + " min " + limit);
                }
                assertEquals(scanEndingAt(terms, text, i, i), index.endingAt(text, i), text + " end " + i);
            }
        }
    }

    @Test
    void casesOfTheTable() {
        // text, position or end, expected (null: none)
        Object[][] endings = {{"省人大常务委员会", 8, "委员会"}, {"省人大常务", 5, "常务"}, {"开会", 2, "会"}, {"开始", 2, null}};
        for (Object[] c : endings) assertEquals(c[2], index.endingAt((String) c[0], (int) c[1]), (String) c[0]);
        Object[][] starts = {{"常务委员会议", 0, "常务委员会"}, {"委员会议", 0, "委员会"}, {"会议", 0, "会"}, {"议会", 0, null}};
        for (Object[] c : starts) assertEquals(c[2], index.startingAt((String) c[0], (int) c[1], 1), (String) c[0]);
    }

    @Test
    void everyTermAtAPositionLongestFirst() {
        assertEquals(List.of("常务委员会", "常务"), index.allStartingAt("常务委员会议", 0));
        assertEquals(List.of(), index.allStartingAt("委会", 0));
        assertEquals(List.of(), index.allStartingAt("常务", 5));
    }

    @Test
    void termsAndTheirPlacesInAText() {
        String text = "常务会和委员会";
        assertEquals(Set.of("常务", "会", "委员会", "员会"), index.termsIn(text));
        assertEquals(Set.of(), index.termsIn("无关"));
        Map<String, List<Integer>> at = index.occurrences(text);
        assertEquals(List.of(2, 6), at.get("会"));
        assertEquals(List.of(4), at.get("委员会"));
        assertFalse(at.containsKey("常务委员会"));
        assertTrue(index.occursIn(text, 3));
        assertFalse(index.occursIn("常务会", 3));
    }

    @Test
    void startingAtReadsTheTextAsIfItStoppedAtTheEndGiven() {
        List<String> terms = List.of("委员会", "常务委员会", "会", "员会", "常务", "", "常务委员会");
        String text = "人大常务委员会会议";
        for (int pos = 0; pos < text.length(); pos++)
            for (int end = pos; end <= text.length(); end++)
                assertEquals(scanStartingAt(terms, text.substring(0, end), pos, 1), index.startingAt(text, pos, 1, end), "at " + pos + " end " + end);
    }
}
