package govkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plain scan finds what the regular expression it replaced found: 2 to 30 unmarked characters between marks. */
class QuotedTermsTest {
    private static final Pattern QUOTED = Pattern.compile("[“「‘]([^“”「」‘’\\n]{2,30})[”」’]");

    private static List<String> byPattern(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) out.add(m.group(1) + "@" + m.start(1) + "-" + m.end(1));
        return out;
    }

    private static List<String> byScan(String text) {
        return QuotedTerms.find(text).stream().map(q -> q.term() + "@" + q.begin() + "-" + q.end()).toList();
    }

    @Test
    void findsWhatThePatternFound() {
        for (String text : List.of(
                "青禾县推行“首违不罚”和“一窗通办”，开展「护河」行动",
                "“一”个字太短，“甲乙”可以，“未闭合的引号",
                "“" + "长".repeat(30) + "”与“" + "长".repeat(31) + "”之后“短句”",
                "“嵌套“内层”外层”以及‘单引号’和“换\n行”",
                "“”空的“甲乙”", "", "“甲乙」混用的标记’")) {
            assertEquals(byPattern(text), byScan(text), text);
        }
    }
}
