package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentExtractorTest {

    @Test
    void titleMarksWithDocType() {
        Extracted x = Extracted.from("会议审议通过了《甘肃省社会治安综合治理条例》。");
        assertThat(x.mention(DOCUMENT, "甘肃省社会治安综合治理条例")).get()
                .satisfies(d -> assertThat(d.attr("docType")).isEqualTo("条例"));
    }

    @Test
    void docTypesByLastWord() {
        Extracted x = Extracted.from("印发《基层治理三年行动方案》和《关于加强调解工作的实施意见》，学习《网络安全法》。");
        assertThat(x.mentions(DOCUMENT)).extracting(d -> d.attr("docType")).containsExactly("行动方案", "实施意见", "法");
    }

    @Test
    void lawsWithoutTitleMarks() {
        Extracted x = Extracted.from("要认真学习宪法和民法典。");
        assertThat(x.labels(DOCUMENT)).containsExactlyInAnyOrder("中华人民共和国宪法", "中华人民共和国民法典");
        assertThat(x.mention(DOCUMENT, "中华人民共和国民法典").orElseThrow().aliases()).contains("民法典");
    }

    @Test
    void shortLawNameInTitleMarksIsExpanded() {
        Extracted x = Extracted.from("深入学习《民法典》。");
        assertThat(x.labels(DOCUMENT)).containsExactly("中华人民共和国民法典");
    }

    @Test
    void constitutionOathIsNoDocument() {
        Extracted x = Extracted.from("全体干部进行宪法宣誓，开展宪法宣传周活动。");
        assertThat(x.mentions(DOCUMENT)).isEmpty();
    }

    @Test
    void lawInsideALongerWordIsNoDocument() {
        Extracted x = Extracted.from("他是一名刑法学教授，长期研究违宪审查。");
        assertThat(x.mentions(DOCUMENT)).isEmpty();
    }

    @Test
    void issuerBeforeTheIssuingVerb() {
        Extracted x = Extracted.from("甘肃省司法厅印发《甘肃省人民调解工作规范》。");
        assertThat(x.relations(Relation.Kind.ISSUED_BY)).singleElement()
                .satisfies(r -> assertThat(r.object().label()).isEqualTo("甘肃省司法厅"));
    }

    @Test
    void noIssuerWithoutAnIssuingVerb() {
        Extracted x = Extracted.from("甘肃省司法厅干部学习《甘肃省人民调解工作规范》。");
        assertThat(x.relations(Relation.Kind.ISSUED_BY)).isEmpty();
    }
}
