package govkg.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationExtractorTest {

    @Test
    void quotationWithTitledSpeaker() {
        Extracted x = Extracted.from("“我们要把矛盾纠纷化解在基层，让群众少跑腿。”区司法局局长马骁骐说。");
        assertThat(x.quotations()).singleElement().satisfies(q -> {
            assertThat(q.speaker().label()).isEqualTo("马骁骐");
            assertThat(q.text()).isEqualTo("我们要把矛盾纠纷化解在基层，让群众少跑腿。");
        });
    }

    @Test
    void quotationWithSpeakerBeforeASpeechVerb() {
        Extracted x = Extracted.from("“大家一起来，把这件事办好，让老百姓放心。”王建华表示。");
        assertThat(x.quotations()).singleElement().satisfies(q -> assertThat(q.speaker().label()).isEqualTo("王建华"));
    }

    @Test
    void organizationAsSpeaker() {
        Extracted x = Extracted.from("“下一步将继续加大打击力度，守护群众财产安全。”兰州市公安局有关负责人表示。");
        assertThat(x.quotations()).singleElement().satisfies(q -> assertThat(q.speaker().label()).isEqualTo("兰州市公安局"));
    }

    @Test
    void quotationWithoutSpeakerIsNotAttributed() {
        Extracted x = Extracted.from("墙上写着“矛盾不上交，平安不出事，服务不缺位。”几个大字。");
        assertThat(x.quotations()).isEmpty();
    }

    @Test
    void shortQuotedTermIsNoQuotation() {
        Extracted x = Extracted.from("“枫桥经验”王建华介绍得很详细。");
        assertThat(x.quotations()).isEmpty();
    }

    @Test
    void speechVerbsAreThePeopleLexiconsOwn() {
        // 坦言 and 呼吁 are person-cues speech verbs; the quotation list once had only seven verbs of its own
        Extracted x = Extracted.from("“调解工作不能只靠一个人，要靠大家一起来做。”镇司法所所长林秋实坦言。");
        assertThat(x.quotations()).singleElement().satisfies(q -> assertThat(q.speaker().label()).isEqualTo("林秋实"));
    }

    @Test
    void aSpeechVerbInTheNextClauseAttributesNothing() {
        Extracted x = Extracted.from("“调解工作不能只靠一个人，要靠大家一起来做。”林秋实来到镇里，随后表示支持。");
        assertThat(x.quotations()).isEmpty();
    }
}
