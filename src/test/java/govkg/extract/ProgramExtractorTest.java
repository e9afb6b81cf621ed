package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

class ProgramExtractorTest {

    static Mention program(Extracted x, String label) {
        return x.mention(PROGRAM, label).orElseThrow(() -> new AssertionError("no program " + label + " in " + x.labels(PROGRAM)));
    }

    @Test
    void quotedTermWithHeadWord() {
        Extracted x = Extracted.from("当地实施“智慧网格”工程，推广“警民议事”模式。");
        assertThat(program(x, "智慧网格工程").attr("core")).isEqualTo("智慧网格");
        assertThat(program(x, "警民议事模式").attr("programKind")).isEqualTo("model");
    }

    @Test
    void quotedListWithCampaignHead() {
        Extracted x = Extracted.from("各地开展“扫黄、打非”专项行动。");
        assertThat(program(x, "扫黄、打非专项行动").attr("programKind")).isEqualTo("campaign");
    }

    @Test
    void runOfQuotedTermsSharesTheHead() {
        Extracted x = Extracted.from("探索形成“一站受理”“全程代办”等机制。");
        assertThat(x.labels(PROGRAM)).contains("一站受理机制", "全程代办机制");
    }

    @Test
    void lexiconProgramsWithoutQuotes() {
        Extracted x = Extracted.from("浙江持续深化最多跑一次改革，推行一网通办。");
        assertThat(program(x, "最多跑一次").confidence()).isEqualTo(Confidence.LEXICON);
        assertThat(x.labels(PROGRAM)).contains("一网通办");
    }

    @Test
    void fengqiaoExperienceWithEraPrefixAndQuotes() {
        Extracted x = Extracted.from("坚持和发展新时代“枫桥经验”，把矛盾化解在基层。");
        assertThat(x.labels(PROGRAM)).containsExactly("枫桥经验");
    }

    @Test
    void campaignAfterALaunchingVerb() {
        Extracted x = Extracted.from("全市开展道路交通安全突出问题专项整治。");
        assertThat(program(x, "道路交通安全突出问题专项整治").attr("programKind")).isEqualTo("campaign");
    }

    @Test
    void campaignWithoutALaunchingVerbIsNoProgram() {
        Extracted x = Extracted.from("道路交通安全突出问题专项整治取得阶段性成效。");
        assertThat(x.labels(PROGRAM)).isEmpty();
    }

    @Test
    void quotedTermBeforeEnforcementIsNoProgram() {
        Extracted x = Extracted.from("坚决杜绝“一刀切”执法，防止简单粗暴。");
        assertThat(x.mentions(PROGRAM)).isEmpty();
    }

    @Test
    void quotedSloganWithoutHeadIsNoProgram() {
        Extracted x = Extracted.from("群众说“办事不求人”真好，大家都说“方便多了”。");
        assertThat(x.mentions(PROGRAM)).isEmpty();
    }

    @Test
    void programIsLinkedToTheOrganizationLaunchingIt() {
        Extracted x = Extracted.from("兰州市公安局推出“警民议事”模式。");
        assertThat(x.relations(Relation.Kind.IMPLEMENTED_BY)).singleElement().satisfies(r -> {
            assertThat(r.subject().label()).isEqualTo("警民议事模式");
            assertThat(r.object().label()).isEqualTo("兰州市公安局");
        });
    }

    @Test
    void lexiconProgramOutranksAWeakPattern() {
        assertThat(Confidence.LEXICON).isGreaterThan(Confidence.WEAK_PATTERN);
        Extracted x = Extracted.from("推行一网通办，实施“智慧网格”工程。");
        assertThat(program(x, "一网通办").confidence()).isGreaterThan(program(x, "智慧网格工程").confidence());
    }

    @Test
    void aNationalProgramByItsShortNameIsThatProgram() {
        Extracted x = Extracted.from("会议要求，持续推进扫黑除恶斗争常态化，深化放管服改革。");
        Mention m = program(x, "扫黑除恶专项斗争");
        assertThat(m.surface()).isEqualTo("扫黑除恶");
        assertThat(m.attr("core")).isEqualTo("扫黑除恶专项斗争");     // the same key as the full name, so one entity
        assertThat(x.labels(PROGRAM)).contains("放管服改革");
    }

    @Test
    void aShortNameInsideABodysNameIsNoProgram() {
        Extracted x = Extracted.from("宁波市常态化扫黑除恶斗争领导小组办公室召开会议。");
        assertThat(x.labels(PROGRAM)).doesNotContain("扫黑除恶专项斗争");
    }

    @Test
    void namedSubInitiativeIsNarrowerThanItsNationalProgram() {
        Extracted x = Extracted.from("各地积极参与“一带一路”科技创新行动。");
        assertThat(x.labels(PROGRAM)).contains("一带一路科技创新行动", "一带一路");
        assertThat(x.relations(Relation.Kind.BROADER)).singleElement().satisfies(r -> {
            assertThat(r.subject().label()).isEqualTo("一带一路科技创新行动");
            assertThat(r.object().label()).isEqualTo("一带一路");
        });
    }

    @Test
    void programWithoutAParentHasNoBroader() {
        Extracted x = Extracted.from("当地实施“智慧网格”工程。");
        assertThat(x.relations(Relation.Kind.BROADER)).isEmpty();
    }
}
