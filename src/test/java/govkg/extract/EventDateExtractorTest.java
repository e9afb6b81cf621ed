package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** An event's own date as its sentence gives it, at its precision; the report is of 2023-03-27 (TestTexts). */
class EventDateExtractorTest {
    /** text | event label | date | precision */
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            昨天，甘肃省委政法委召开全省平安建设推进会。                       | 全省平安建设推进会   | 2023-03-26 | day
            25日，兰州市司法局召开人民调解工作推进会。                         | 人民调解工作推进会   | 2023-03-25 | day
            兰州市司法局于上月召开人民调解工作推进会。                         | 人民调解工作推进会   | 2023-02    | month
            2013年11月，中央召开深化改革工作座谈会，部署了有关工作。           | 深化改革工作座谈会   | 2013-11    | month
            去年，甘肃省委政法委召开全省平安建设推进会。                       | 全省平安建设推进会   | 2022       | year
            甘肃省委政法委召开全省平安建设推进会，会议要求今年6月完成任务。     | 全省平安建设推进会   | 2023-03-27 | report
            兰州市召开2021年全市政法工作会议。                                 | 2021年全市政法工作会议 | 2023-03-27 | report
            """)
    void eventDate(String text, String label, String date, String precision) {
        Extracted x = Extracted.from(text);
        Mention ev = x.mentions(EVENT).stream().filter(m -> m.label().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError("no event " + label + " in " + x.mentions(EVENT)));
        assertThat(ev.attr("date")).isEqualTo(date);
        if (precision.equals("report")) assertThat(ev.attr("datePrecision")).as("no date in the clause or before: the event stage's").isNull();
        else assertThat(ev.attr("datePrecision")).isEqualTo(precision);
    }

    @Test
    void theHeadlineMentionTakesTheDateTheBodyGives() {
        Extracted x = Extracted.from("兰州市召开人民调解工作推进会\n\n3月20日，兰州市司法局召开人民调解工作推进会。\n");
        assertThat(x.mentions(EVENT)).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(m -> assertThat(m.attr("date")).isEqualTo("2023-03-20"));
    }

    @Test
    void relationsFollowTheDatedEvent() {
        Extracted x = Extracted.from("3月25日，甘肃省委政法委在兰州召开全省政法队伍建设工作部署会，省委政法委书记周立衡出席并讲话。");
        Mention ev = x.mentions(EVENT).get(0);
        assertThat(ev.attr("datePrecision")).isEqualTo("day");
        assertThat(x.relations(Relation.Kind.PARTICIPANT)).allSatisfy(r -> assertThat(r.subject()).isSameAs(ev));
        assertThat(x.relations(Relation.Kind.EVENT_PLACE)).allSatisfy(r -> assertThat(r.subject()).isSameAs(ev));
    }
}
