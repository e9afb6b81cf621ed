package govkg.extract;

import govkg.lexicon.Lexicons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** NameStart.leftEdge: the walk left from a name's head stops at punctuation and at stop words of two or more characters (name-left-stops.txt). */
class NameLeftEdgeTest {
    private static final NameStart STARTS = new NameStart(Lexicons.builtIn());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // text ending at the head | what is left for the name
            "昨天，县里召开河湖治理工作领导小组会议 | 河湖治理工作领导小组会议",
            "根据市人民政府 | 市人民政府",
            "此外黄河水利委员会 | 黄河水利委员会",
            "该县组织召开防汛指挥部 | 防汛指挥部",
            // one-character stop words are left to the caller: 有 in 有限公司 is part of the name
            "远洋运输有限公司 | 远洋运输有限公司",
            "在市委宣传部 | 在市委宣传部",
            // a stop word right at the head does not stop the walk (召开 is where the walk starts)
            "筹委会召开 | 筹委会召开",
    })
    void theWalkStopsAtAStopWordOfTwoOrMoreCharacters(String text, String name) {
        assertEquals(name, text.substring(STARTS.leftEdge(text, text.length(), 40)));
    }

    @ParameterizedTest(name = "{0} max {1} → {2}")
    @CsvSource(delimiter = '|', value = {"中华人民共和国最高人民法院 | 6 | 最高人民法院", "甲乙丙 | 10 | 甲乙丙"})
    void theWalkGoesNoFurtherThanMax(String text, int max, String name) {
        assertEquals(name, text.substring(STARTS.leftEdge(text, text.length(), max)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"在, true", "的, true", "召开, false", "省, false"})
    void singleCharacterStops(String word, boolean stop) {
        assertEquals(stop, STARTS.isSingleCharStop(word));
    }

    @org.junit.jupiter.api.Test
    void aUserStopWordReachesTheWalk() throws Exception {
        Path f = Files.createTempFile("stops", ".tsv");
        Files.writeString(f, "name-left-stop\t围绕\n");
        NameStart mine = new NameStart(Lexicons.load(List.of(f)));
        String text = "围绕防汛指挥部";
        assertEquals("防汛指挥部", text.substring(mine.leftEdge(text, text.length(), 40)));
        assertEquals("围绕防汛指挥部", text.substring(STARTS.leftEdge(text, text.length(), 40)));
        Files.delete(f);
    }
}
