package govkg.extract;

import govkg.ingest.TestTexts;
import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

class EventExtractorTest {
    static final String MEETING = "3月25日，甘肃省委政法委在兰州召开全省政法队伍建设工作部署会，省委政法委书记周立衡出席并讲话。";

    @Test
    void meetingNamedAfterTheConveningVerb() {
        Extracted x = Extracted.from(MEETING);
        assertThat(x.mentions(EVENT)).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("全省政法队伍建设工作部署会");
            assertThat(e.attr("eventKind")).isEqualTo("meeting");
            assertThat(e.attr("head")).isEqualTo("部署会");
        });
    }

    @Test
    void dateInTheSentenceResolvedAgainstTheArticleDate() {
        Extracted x = Extracted.from(MEETING);
        assertThat(x.article.date()).contains(TestTexts.PAGE_DATE);
        assertThat(x.mentions(EVENT).get(0).attr("date")).isEqualTo("2023-03-25");
    }

    @Test
    void withoutADateTheArticleDate() {
        Extracted x = Extracted.from("甘肃省委政法委召开全省平安建设推进会。");
        assertThat(x.mentions(EVENT).get(0).attr("date")).isEqualTo("2023-03-27");
    }

    @Test
    void placeAfterZai() {
        Extracted x = Extracted.from(MEETING);
        assertThat(x.relations(Relation.Kind.EVENT_PLACE)).singleElement()
                .satisfies(r -> assertThat(r.object().attr("adminCode")).isEqualTo("6201"));
    }

    @Test
    void placeNotAfterZaiIsNoEventPlace() {
        Extracted x = Extracted.from("兰州市司法局召开人民调解工作推进会。");
        assertThat(x.mentions(EVENT)).hasSize(1);
        assertThat(x.relations(Relation.Kind.EVENT_PLACE)).isEmpty();
    }

    @Test
    void participantsAndOrganizer() {
        Extracted x = Extracted.from(MEETING);
        assertThat(x.relations(Relation.Kind.PARTICIPANT)).extracting(r -> r.object().label()).containsExactly("周立衡");
        assertThat(x.relations(Relation.Kind.ORGANIZED_BY)).singleElement()
                .satisfies(r -> assertThat(r.object().label()).isEqualTo("甘肃省委政法委员会"));
    }

    @Test
    void bylineReporterIsNoParticipant() {
        Extracted x = Extracted.from("平安建设推进会召开\n本报讯 记者 孙雨桐\n近日，白银市召开平安建设推进会，孙雨桐到场采访。\n");
        assertThat(x.relations(Relation.Kind.PARTICIPANT)).noneMatch(r -> r.object().attr("byline") != null);
    }

    @Test
    void bareMeetingIsNoEvent() {
        Extracted x = Extracted.from("海东市召开会议，研究部署下一步工作。会议要求，各单位认真落实会议精神。");
        assertThat(x.mentions(EVENT)).isEmpty();
    }

    @Test
    void bareHeadWordIsNoEvent() {
        Extracted x = Extracted.from("在推进会上，大家踊跃发言。");
        assertThat(x.mentions(EVENT)).isEmpty();
    }

    @Test
    void ceremonyAndStudySession() {
        Extracted x = Extracted.from("4月2日，区委理论学习中心组举行第三次集体学习。区法院举行青年干警培训开班仪式。");
        assertThat(x.mentions(EVENT)).extracting(m -> m.attr("eventKind")).containsExactlyInAnyOrder("training", "ceremony");
    }
}
