package govkg.time;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Date expressions in sentences we wrote, resolved against a report of 2024-03-05 (or the date given). */
class DateResolverTest {
    static final DateResolver R = new DateResolver(Lexicons.builtIn().entries(LexiconKind.RELATIVE_DATE), Lexicons.builtIn().words(LexiconKind.COUNT_END));

    /** text | report date | expected first expression's surface | its value ("-" none) | precision */
    @ParameterizedTest(name = "{0} @ {1} → {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            今天上午，市政府召开常务会议。                 | 2024-03-05 | 今天       | 2024-03-05 | day
            昨天，全省政法工作会议在省城举行。             | 2024-03-05 | 昨天       | 2024-03-04 | day
            前天下午，区委召开座谈会。                     | 2024-03-01 | 前天       | 2024-02-28 | day
            本报讯 25日，县法院举行开放日活动。            | 2024-03-27 | 25日       | 2024-03-25 | day
            28日，街道召开推进会。                         | 2024-03-02 | 28日       | 2024-02-28 | day
            3月5日，全国人大会议开幕。                     | 2024-03-10 | 3月5日     | 2024-03-05 | day
            12月28日，市委召开全会。                       | 2024-01-03 | 12月28日   | 2023-12-28 | day
            工作会议于2013年7月在京召开。                  | 2024-03-05 | 2013年7月  | 2013-07    | month
            二〇一三年七月五日，会议举行。                 | 2024-03-05 | 二〇一三年七月五日 | 2013-07-05 | day
            上月，省里部署了专项行动。                     | 2024-01-10 | 上月       | 2023-12    | month
            上个月18日，县委召开会议。                     | 2024-03-05 | 上个月18日 | 2024-02-18 | day
            去年，全市新建调解室一百个。                   | 2024-03-05 | 去年       | 2023       | year
            今年3月，试点在两个县铺开。                    | 2024-06-05 | 今年3月    | 2024-03    | month
            去年11月20日，市政府印发方案。                 | 2024-03-05 | 去年11月20日 | 2023-11-20 | day
            2015年，这项改革在全省推开。                   | 2024-03-05 | 2015年     | 2015       | year
            十月十日，区里举行仪式。                       | 2024-10-20 | 十月十日   | 2024-10-10 | day
            9月上旬，全区开展大走访。                      | 2024-10-20 | 9月        | 2024-09    | month
            案件应在15日内办结。                           | 2024-03-05 | -          | -          | -
            整改期限为30日以上。                           | 2024-03-05 | -          | -          | -
            相关材料须在7日左右补齐。                      | 2024-03-05 | -          | -          | -
            共有125日的工期。                              | 2024-03-05 | -          | -          | -
            调解工作持续了三个月。                         | 2024-03-05 | -          | -          | -
            2月30日的说法并不存在。                        | 2024-03-05 | -          | -          | -
            会议研究了13月的计划。                         | 2024-03-05 | -          | -          | -
            """)
    void resolves(String text, String ref, String surface, String value, String precision) {
        Optional<TimeExpression> e = R.first(text, Optional.of(LocalDate.parse(ref)));
        if ("-".equals(value)) {
            assertTrue(e.isEmpty(), () -> "expected no date in " + text + ", got " + e.get());
            return;
        }
        assertTrue(e.isPresent(), "no date found in " + text);
        assertEquals(surface, e.get().surface());
        assertEquals(value, e.get().value().lexical());
        assertEquals(precision, e.get().value().precision().id());
    }

    @Test
    void relativeWordsNeedAReferenceAbsoluteDatesDoNot() {
        assertTrue(R.find("昨天，市里召开会议。", Optional.empty()).isEmpty());
        assertEquals("2013-07-05", R.first("2013年7月5日，市里召开会议。", Optional.empty()).orElseThrow().value().lexical());
    }

    @Test
    void findsEveryExpressionWithItsSpan() {
        String text = "去年3月试点，今年在全省推开。";
        List<TimeExpression> all = R.find(text, Optional.of(LocalDate.of(2024, 5, 1)));
        assertEquals(List.of("2023-03", "2024"), all.stream().map(x -> x.value().lexical()).toList());
        assertEquals("去年3月", text.substring(all.get(0).begin(), all.get(0).end()));
    }

    @ParameterizedTest
    @CsvSource({"2013-07-05,date", "2013-07,gYearMonth", "2013,gYear"})
    void lexicalFormsRoundTrip(String lexical, String xsd) {
        TimeValue v = TimeValue.parse(lexical);
        assertEquals(lexical, v.lexical());
        assertEquals(xsd, v.xsdType());
    }
}
