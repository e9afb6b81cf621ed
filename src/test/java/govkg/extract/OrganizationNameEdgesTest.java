package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/** Where organization names begin and which candidates are no names at all (sentences written for these tests). */
class OrganizationNameEdgesTest {

    @Test
    void rankAfterAPlaceIsNoPartOfTheBodysName() {
        assertThat(Extracted.from("河北省级公安厅今年破获多起案件。").labels(ORGANIZATION)).contains("河北省公安厅").noneMatch(l -> l.contains("级"));
        // a rank with no place before it is no place's unit: its 级 is not dropped into a province's body
        assertThat(Extracted.from("省级公安厅要加强指导。").labels(ORGANIZATION)).doesNotContain("省公安厅");
    }

    @Test
    void formerMarkAfterAParentBodyIsNoPartOfTheUnitsName() {
        assertThat(Extracted.from("宁波市高新区管委会原党工委书记张小明被查。").labels(ORGANIZATION))
                .contains("宁波市高新区管委会党工委").noneMatch(l -> l.contains("原"));
        // 原 inside a company's own name (原野) after no body stays
        assertThat(Extracted.from("东方红原野公司党委书记张小明到任。").labels(ORGANIZATION)).contains("东方红原野公司党委");
    }

    @Test
    void twoLevelWordsBeforeABodyNameEveryBodyOfThoseLevels() {
        assertThat(Extracted.from("各区市党委要落实主体责任。").labels(ORGANIZATION)).isEmpty();
        // a district's name ends in 区 before 市场: 某区市场监管局 is one body
        assertThat(Extracted.from("海淀区市场监管局开展检查。").labels(ORGANIZATION)).anyMatch(l -> l.contains("海淀区市场监"));
    }

    @Test
    void verbBeforeAStationIsNotPartOfItsName() {
        Extracted x = Extracted.from("嘉兴市公安局正在全市推广新塍派出所的经验做法。");
        assertThat(x.labels(ORGANIZATION)).contains("新塍派出所").noneMatch(l -> l.contains("推广"));
    }

    @Test
    void requestVerbBeforeABureauIsNotPartOfItsName() {
        Extracted x = Extracted.from("会议要求市司法局牵头开展案卷评查。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.contains("要求"));
    }

    @Test
    void personBeforeACommitteeIsNotPartOfItsName() {
        Extracted x = Extracted.from("绍兴市越城区委召开全会，区委书记林海峰代表区委常委会作工作报告。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.contains("海峰") || l.contains("代表"));
    }

    @Test
    void unknownPlaceTakenForAPersonStillNamesTheStation() {
        // HanLP tags 石岭 as a given name (nr); right before 派出所 it is the place the station is named after
        Extracted x = Extracted.from("5月3日，湖南省株洲市公安局石峰分局响石岭派出所民警肖卫东在江边巡逻。");
        assertThat(x.labels(ORGANIZATION)).contains("湖南省株洲市公安局石峰分局响石岭派出所");
        assertThat(x.postsOf("肖卫东")).extracting(PostHolding::title).containsExactly("湖南省株洲市公安局石峰分局响石岭派出所民警");
    }

    @Test
    void unknownVillageTakenForAPersonStillStartsTheTitle() {
        Extracted x = Extracted.from("石塘村党支部书记、村委会主任林志远介绍，全村没有发生一起刑事案件。");
        assertThat(x.postsOf("林志远")).extracting(PostHolding::title).contains("石塘村党支部书记");
    }

    @Test
    void personRightBeforeAStationIsNoPartOfIt() {
        Extracted x = Extracted.from("所长赵立平派出所门口迎接群众。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.contains("立平"));
        assertThat(x.labels(EntityType.PERSON)).contains("赵立平");
    }

    @Test
    void partyGroupOfACourtIsTheCourt() {
        Extracted x = Extracted.from("温州市鹿城区人民法院党组书记、院长陈思远介绍了情况。");
        assertThat(x.labels(ORGANIZATION)).contains("温州市鹿城区人民法院").noneMatch(l -> l.endsWith("党组"));
        assertThat(x.postsOf("陈思远")).allSatisfy(p -> assertThat(p.organization()).hasValueSatisfying(o ->
                assertThat(o.label()).isEqualTo("温州市鹿城区人民法院")));
    }

    @Test
    void partyCommitteeOfABureauInATitleIsTheBureau() {
        Extracted x = Extracted.from("本报讯 浙江省公安厅召开会议，省公安厅党委委员、副厅长吴建平主持。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.endsWith("厅党委"));
    }

    @Test
    void levelWordAloneIsQualifiedByTheArticlesPlace() {
        Extracted x = Extracted.from("浙江省召开座谈会，省高级人民法院、省人民检察院、省公安厅有关负责同志参加。");
        assertThat(x.labels(ORGANIZATION)).contains("浙江省高级人民法院", "浙江省人民检察院", "浙江省公安厅");
    }

    @Test
    void oneCharacterHeadNeedsAPlace() {
        Extracted x = Extracted.from("宁波市鄞州区数据资源管理局负责人说，要优化大数据管理局面。");
        assertThat(x.labels(ORGANIZATION)).contains("宁波市鄞州区数据资源管理局").noneMatch(l -> l.startsWith("大数据"));
    }

    @Test
    void hallIsNoBureau() {
        Extracted x = Extracted.from("群众在鄞州区政务服务中心大厅排队办事。");
        assertThat(x.labels(ORGANIZATION)).contains("鄞州区政务服务中心").noneMatch(l -> l.endsWith("大厅"));
    }

    @Test
    void ruleOfLawGovernmentIsAnIdealNotABody() {
        Extracted x = Extracted.from("会议听取全市法治政府建设情况汇报。");
        assertThat(x.labels(ORGANIZATION)).isEmpty();
    }

    @Test
    void companyNameKeepsAVerbInItsBrand() {
        Extracted x = Extracted.from("宁波安居乐物业服务有限公司总经理说，服务要跟上。");
        assertThat(x.labels(ORGANIZATION)).contains("宁波安居乐物业服务有限公司");
    }

    @Test
    void companyNameStartsAtTheNearestPlace() {
        Extracted x = Extracted.from("鄞州区计划引进宁波某新材料科技有限公司。");
        assertThat(x.labels(ORGANIZATION)).contains("宁波某新材料科技有限公司");
    }

    @Test
    void criminalGroupIsNoCompany() {
        Extracted x = Extracted.from("宁波检察机关依法起诉一涉黑犯罪集团。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.endsWith("集团"));
    }

    @Test
    void countedStationsAreNoName() {
        Extracted x = Extracted.from("宁波六个派出所和一派出所民警参加比武。");
        assertThat(x.labels(ORGANIZATION)).isEmpty();
    }

    @Test
    void quotedNameIsWhole() {
        Extracted x = Extracted.from("社区设立“商圈联合调解中心”，组建“新桥邻里帮”志愿服务队。");
        assertThat(x.labels(ORGANIZATION)).contains("商圈联合调解中心", "新桥邻里帮志愿服务队");
    }

    @Test
    void modelStationInQuotesIsNoStation() {
        Extracted x = Extracted.from("派出所按照创建“枫桥式公安派出所”的要求开展工作。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.contains("枫桥式"));
    }

    @Test
    void commonNounBeforeAGenericHeadIsNoName() {
        Extracted x = Extracted.from("法院在街道设立了法官工作站。");
        assertThat(x.labels(ORGANIZATION)).noneMatch(l -> l.endsWith("工作站"));
    }

    @Test
    void departmentNamesKeepTheirAnd() {
        Extracted x = Extracted.from("宁波市人力资源和社会保障局与鄞州区住房和城乡建设局联合发文。");
        assertThat(x.labels(ORGANIZATION)).contains("宁波市人力资源和社会保障局", "鄞州区住房和城乡建设局");
    }

    @Test
    void termNumberStaysOutOfTheLabel() {
        Extracted x = Extracted.from("中国共产党绍兴市越城区第九届委员会第三次全体会议召开。");
        assertThat(x.labels(ORGANIZATION)).contains("中国共产党绍兴市越城区委员会");
        assertThat(x.mention(ORGANIZATION, "中国共产党绍兴市越城区委员会").orElseThrow().aliases()).anyMatch(a -> a.contains("第九届"));
    }
}
