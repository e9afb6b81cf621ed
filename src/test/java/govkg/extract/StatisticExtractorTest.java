package govkg.extract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticExtractorTest {

    /** The verbs, leads and units of statistic-cues.txt: text, then measure|value|unit, or none. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "全县新增就业岗位1200个。; 就业岗位|1200|个",
            "网格员总数超过300人。; 网格员总数|300|人",
            "该镇人口约5万人。; 人口|50000|人",
            "调解成功率为98.5%。; 调解成功率|98.5|%",
            // 天 and 本 are no units of a statistic
            "培训班会期3天。; ",
            "图书室藏书5000本。; ",
    })
    void statisticCues(String text, String expected) {
        Extracted x = Extracted.from(text);
        if (expected == null) { assertThat(x.statistics()).isEmpty(); return; }
        String[] e = expected.split("\\|");
        assertThat(x.statistics()).singleElement().satisfies(s -> {
            assertThat(s.measure()).isEqualTo(e[0]);
            assertThat(s.value()).isEqualByComparingTo(new BigDecimal(e[1]));
            assertThat(s.unit()).isEqualTo(e[2]);
        });
    }

    @Test
    void tenThousandsAreMultipliedOut() {
        Extracted x = Extracted.from("全市划分微网格3.9万个。");
        assertThat(x.statistics()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo(new BigDecimal("39000"));
            assertThat(s.unit()).isEqualTo("个");
            assertThat(s.measure()).isEqualTo("微网格");
        });
    }

    @Test
    void percentAfterDa() {
        Extracted x = Extracted.from("矛盾纠纷化解率达100%。");
        assertThat(x.statistics()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo(new BigDecimal("100"));
            assertThat(s.unit()).isEqualTo("%");
            assertThat(s.measure()).isEqualTo("矛盾纠纷化解率");
        });
    }

    @Test
    void measureStartsAfterTimeWordsAndVerbs() {
        Extracted x = Extracted.from("据了解，高新区今年新建调解室20个。");
        assertThat(x.statistics()).singleElement().satisfies(s -> assertThat(s.measure()).isEqualTo("调解室"));
    }

    @Test
    void hundredMillions() {
        Extracted x = Extracted.from("为群众挽回经济损失1.2亿元。");
        assertThat(x.statistics()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo(new BigDecimal("120000000"));
            assertThat(s.unit()).isEqualTo("元");
        });
    }

    @Test
    void subjectIsThePlaceBeforeTheNumber() {
        Extracted x = Extracted.from("兰州市共建成综治中心120个。");
        assertThat(x.statistics()).singleElement()
                .satisfies(s -> assertThat(s.subject()).hasValueSatisfying(p -> assertThat(p.attr("adminCode")).isEqualTo("6201")));
    }

    @Test
    void datesAndYearsAreNoStatistics() {
        Extracted x = Extracted.from("2023年3月25日，会议在兰州召开，第3次会议审议了有关事项。");
        assertThat(x.statistics()).isEmpty();
    }

    @Test
    void numberWithoutAUnitIsNoStatistic() {
        Extracted x = Extracted.from("热线电话12345全天候接听。");
        assertThat(x.statistics()).isEmpty();
    }
}
