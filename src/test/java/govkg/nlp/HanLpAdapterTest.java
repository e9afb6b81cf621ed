package govkg.nlp;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Domain words stay in the adapter they were given to: no leak between pipelines, HanLP's global dictionary untouched. */
class HanLpAdapterTest {
    private static boolean oneWord(HanLpAdapter nlp, String text, String word) {
        return nlp.segment(text).stream().anyMatch(t -> t.word().equals(word));
    }

    @Test
    void wordsStayInTheirOwnAdapter() {
        String text = "省委巡查专员张三到会指导。";
        HanLpAdapter with = HanLpAdapter.withWords(Map.of("nnt", List.of("巡查专员")));
        HanLpAdapter without = HanLpAdapter.withWords(Map.of("nnt", List.of("督导专员")));
        assertTrue(oneWord(with, text, "巡查专员"), with.segment(text).toString());
        assertFalse(oneWord(without, text, "巡查专员"), "a word given to another adapter leaked: " + without.segment(text));
        assertFalse(oneWord(HanLpAdapter.get(), text, "巡查专员"), "a word leaked into the shared adapter");
        assertFalse(CustomDictionary.DEFAULT.contains("巡查专员"), "HanLP's global dictionary was changed");
        assertEquals("nnt", with.segment(text).stream().filter(t -> t.word().equals("巡查专员")).findFirst().orElseThrow().nature());
    }
}
