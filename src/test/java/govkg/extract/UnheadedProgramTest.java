package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.DOCUMENT;
import static govkg.extract.EntityType.EVENT;
import static govkg.extract.EntityType.ORGANIZATION;
import static govkg.extract.EntityType.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

/** Programs named in quotes without a head word, designations, quoted names in events, laws cited bare (sentences written for these tests). */
class UnheadedProgramTest {

    @Test
    void quotedNameEndingInAHeadIsAProgram() {
        Extracted x = Extracted.from("鄞州区在全区推广“桃源经验”，效果明显。");
        assertThat(x.labels(PROGRAM)).contains("桃源经验");
    }

    @Test
    void quotedNameTakenByAnAdoptingVerbIsAProgram() {
        Extracted x = Extracted.from("市生态环境局推行“轻微免罚”，对首次轻微违法不予处罚。");
        assertThat(x.labels(PROGRAM)).contains("轻微免罚");
    }

    @Test
    void quotedNameBeforeAnInitiativeWordIsAProgram() {
        Extracted x = Extracted.from("街道把夜校纳入“法治鄞州”建设重点项目。");
        assertThat(x.labels(PROGRAM)).contains("法治鄞州");
    }

    @Test
    void criticisedPracticeIsNoProgram() {
        Extracted x = Extracted.from("要杜绝“一刀切”执法，防止出现“层层加码”现象。");
        assertThat(x.labels(PROGRAM)).isEmpty();
    }

    @Test
    void quotedSpeechIsNoProgram() {
        Extracted x = Extracted.from("他说：“我们会把群众的事办好，请大家放心。”");
        assertThat(x.labels(PROGRAM)).isEmpty();
    }

    @Test
    void unquotedModifiersJoinTheQuotedCampaign() {
        Extracted x = Extracted.from("宁波警方开展冬季治安打击整治“百日攻坚”行动。");
        assertThat(x.mentions(PROGRAM)).anySatisfy(m -> assertThat(m.label()).startsWith("冬季治安打击整治"));
    }

    @Test
    void clauseWordsBeforeQuotesStayOut() {
        Extracted x = Extracted.from("公安部部署了代号为“清风行动”的专项工作。");
        assertThat(x.labels(PROGRAM)).allSatisfy(l -> assertThat(l).doesNotContain("代号").doesNotStartWith("了"));
    }

    @Test
    void designationStrivenForIsAProgram() {
        Extracted x = Extracted.from("鄞州区力争创建全国市域社会治理现代化示范区。");
        assertThat(x.labels(PROGRAM)).contains("全国市域社会治理现代化示范区");
    }

    @Test
    void quotedOrganizationIsNoProgram() {
        Extracted x = Extracted.from("法院在街道设立“诉前调解工作站”。");
        assertThat(x.labels(ORGANIZATION)).contains("诉前调解工作站");
        assertThat(x.labels(PROGRAM)).isEmpty();
    }

    @Test
    void eventNameHoldsAQuotedProgram() {
        Extracted x = Extracted.from("省委政法委今天召开坚持和发展新时代“枫桥经验”座谈会。");
        assertThat(x.labels(EVENT)).anySatisfy(l -> assertThat(l).contains("枫桥经验”座谈会"));
    }

    @Test
    void lawCitedBareAsAWordIsADocument() {
        Extracted x = Extracted.from("要以民法典宣传为重点，贯彻预防未成年人犯罪法。");
        assertThat(x.labels(DOCUMENT)).contains("中华人民共和国民法典", "中华人民共和国预防未成年人犯罪法");
    }
}
