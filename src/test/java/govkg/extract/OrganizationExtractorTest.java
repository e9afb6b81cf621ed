package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationExtractorTest {

    static Mention org(Extracted x, String label) {
        return x.mention(ORGANIZATION, label).orElseThrow(() -> new AssertionError("no organization " + label + " in " + x.labels(ORGANIZATION)));
    }

    @Test
    void provincialDepartmentBySuffix() {
        Extracted x = Extracted.from("浙江省公安厅相关负责人参加会议。");
        assertThat(org(x, "浙江省公安厅").attr("orgKind")).isEqualTo("security");
    }

    @Test
    void branchInsideItsBureauIsASubOrganization() {
        Extracted x = Extracted.from("济南市公安局历下分局民警及时出警。");
        assertThat(x.labels(ORGANIZATION)).contains("济南市公安局历下分局", "济南市公安局");
        assertThat(x.relations(Relation.Kind.SUB_ORGANIZATION_OF)).singleElement().satisfies(r -> {
            assertThat(r.subject().label()).isEqualTo("济南市公安局历下分局");
            assertThat(r.object().label()).isEqualTo("济南市公安局");
        });
    }

    @Test
    void aBureauAloneHasNoParent() {
        Extracted x = Extracted.from("济南市公安局召开新闻发布会。");
        assertThat(x.relations(Relation.Kind.SUB_ORGANIZATION_OF)).isEmpty();
    }

    @Test
    void courtBySuffix() {
        Extracted x = Extracted.from("杭州市中级人民法院审结一批案件。");
        assertThat(org(x, "杭州市中级人民法院").attr("orgKind")).isEqualTo("judicial");
    }

    @Test
    void committeeOffice() {
        Extracted x = Extracted.from("成都市委全面依法治市委员会办公室印发工作要点。");
        assertThat(x.labels(ORGANIZATION)).contains("成都市委全面依法治市委员会办公室");
    }

    @Test
    void politicalLegalCommitteeAbbreviationIsExpanded() {
        Extracted x = Extracted.from("甘肃省委政法委印发通知。");
        Mention m = org(x, "甘肃省委政法委员会");
        assertThat(m.surface()).isEqualTo("甘肃省委政法委");
        assertThat(m.aliases()).contains("甘肃省委政法委");
    }

    @Test
    void ruleOfLawOfficeAbbreviationIsExpanded() {
        Extracted x = Extracted.from("武侯区委依法治区办召开会议。");
        assertThat(org(x, "武侯区委全面依法治区委员会办公室").surface()).isEqualTo("武侯区委依法治区办");
    }

    @Test
    void shortProvincialNameIsQualifiedWithTheArticlesProvince() {
        Extracted x = Extracted.from("甘肃省召开会议。省委政法委印发通知。");
        assertThat(x.labels(ORGANIZATION)).contains("甘肃省委政法委员会");
    }

    @Test
    void company() {
        Extracted x = Extracted.from("四川星辰科技有限公司积极参与社区治理。");
        assertThat(org(x, "四川星辰科技有限公司").attr("orgKind")).isEqualTo("company");
    }

    @Test
    void jurisdictionFromThePlaceInTheName() {
        Extracted x = Extracted.from("浙江省公安厅、杭州市中级人民法院相关负责人参加会议。");
        assertThat(x.relations(Relation.Kind.JURISDICTION))
                .anySatisfy(r -> {
                    assertThat(r.subject().label()).isEqualTo("浙江省公安厅");
                    assertThat(r.object().attr("adminCode")).isEqualTo("33");
                })
                .anySatisfy(r -> {
                    assertThat(r.subject().label()).isEqualTo("杭州市中级人民法院");
                    assertThat(r.object().attr("adminCode")).isEqualTo("3301");
                });
    }

    @Test
    void branchJurisdictionIsTheDistrict() {
        Extracted x = Extracted.from("济南市公安局历下分局民警及时出警。");
        assertThat(x.relations(Relation.Kind.JURISDICTION))
                .filteredOn(r -> r.subject().label().equals("济南市公安局历下分局"))
                .singleElement().satisfies(r -> assertThat(r.object().attr("adminCode")).isEqualTo("370102"));
    }

    @Test
    void noJurisdictionWithoutAPlace() {
        Extracted x = Extracted.from("四川星辰科技有限公司积极参与社区治理，城关派出所所长钱晓东带队走访。");
        assertThat(x.relations(Relation.Kind.JURISDICTION)).noneMatch(r -> r.subject().label().equals("城关派出所"));
    }

    @Test
    void verbBeforeTheNameIsCut() {
        Extracted x = Extracted.from("群众积极配合兰州市公安局开展工作。");
        assertThat(x.labels(ORGANIZATION)).contains("兰州市公安局").noneMatch(l -> l.contains("配合"));
    }

    @Test
    void clauseFragmentIsNoOrganization() {
        Extracted x = Extracted.from("依法打击违法犯罪公安局加强巡逻。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.contains("打击") || l.contains("犯罪"));
    }

    @Test
    void weakStartWithoutPlaceIsNoOrganization() {
        Extracted x = Extracted.from("全局干警参加培训，本局各科室负责人到会。");
        assertThat(x.mentions(ORGANIZATION)).isEmpty();
    }

    @Test
    void titleWordAfterSuffixIsNoOrganizationEnd() {
        // 公安局长 is a title: no organization ends at 公安局 inside it
        Extracted x = Extracted.from("这位老公安局长退休后仍关心治安。");
        assertThat(x.labels(ORGANIZATION)).isEmpty();
    }

    @Test
    void nameInsideADocumentTitleIsNoOrganization() {
        Extracted x = Extracted.from("会议学习了《关于加强派出所工作的意见》。");
        assertThat(x.labels(ORGANIZATION)).isEmpty();
    }
}
