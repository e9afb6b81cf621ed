package govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static govkg.extract.EntityType.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizations that news reports name without a local body's suffix: foreign organs and forces, military units,
 * brand companies, designated centres, ordinal schools, national societies; sentences we wrote.
 */
class NewsOrganizationConstructionsTest {

    /** text | label expected, or "-" | label that must not appear, or "-" */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a foreign state organ alone, in the paragraph that named its country
            "智利当选总统罗萨斯5号在国会宣誓就职。|智利国会|-",
            "希腊总统表示，希腊国家情报局应归总统府管辖。目前这两个部门属总理府管辖。|希腊总理府|-",
            "委员长在国会大厦参观。|-|国会",
            // a country's name used as a title (a sultan) does not change the paragraph's country
            "当晚，李明在文莱王宫会见苏丹哈桑纳尔和王室主要成员。|文莱王室|苏丹王室",
            "李明会见文莱苏丹和王室成员。|文莱王室|苏丹王室",
            // a foreign force whose name holds an adverb and a verb: only when the name is repeated
            "也门快速反应部队宣布控制港口。此前，也门快速反应部队还宣布控制机场。|也门快速反应部队|-",
            "美国迅速派遣部队前往中东。|-|美国迅速派遣部队",
            // a country's short form and 军; a foreign government's army
            "俄军空袭了乌军阵地。|俄军|-",
            "库尔德武装和叙利亚政府军的分界线。|叙利亚政府军|-",
            "我军官兵在演习。|-|我军",
            "他们以军事手段解决争端。|-|以军",
            // historical armies of a faction; numbered units of a numbering faction, and their smaller units
            "他早年参加湘军，后来击退了国民党军的进攻。|湘军|-",
            "他早年参加湘军，后来击退了国民党军的进攻。|国民党军|-",
            "他在国民党军队中工作过。|-|国民党军",
            "他先后担任红九军副军长、红二军团第五军军长。|红九军|-",
            "他先后担任红九军副军长、红二军团第五军军长。|红二军团第五军|-",
            "红十字会开展救助。|-|红十字",
            // a numbered unit after a larger numbered unit in the sentence is a unit of it
            "李明任中国工农红军第6军参谋长兼第31团团长。|中国工农红军第6军第31团|-",
            "他是第三团团长。|-|第三团",
            // a quoted unit right after a force's name; a quoted foreign movement with a transliterated name
            "伊朗伊斯兰革命卫队“雷霆旅”击退了袭击者。|雷霆旅|-",
            "涉嫌与“塔芬运动”有关的人员被解雇。|塔芬运动|-",
            "各地开展“光盘运动”。|-|光盘运动",
            // companies named by a brand alone; the country's name before a brand
            "他在收购华润公司股份过程中违规。|华润公司|-",
            "阿里巴巴集团和腾讯公司宣布合作。|腾讯公司|-",
            "目前，中国南水北调集团正在推进数字孪生工程。|中国南水北调集团|-",
            "这家公司发表了声明。|-|这家公司",
            "保险公司发表了声明。|-|保险公司",
            "他在科技公司工作。|-|科技公司",
            "中国科技公司发展很快。|-|中国科技公司",
            "安全技术中心把高端实验室建好。|-|高端实验室",
            // a designated national centre with its holder; 国家 alone before a field states a goal
            "代表团来到金石科技国家风电创新中心考察。|金石科技国家风电创新中心|-",
            "北京要加快建设国家科技创新中心。|-|建设国家科技创新中心",
            "北京要加快建设国家科技创新中心。|-|国家科技创新中心",
            // schools with ordinal numbers of two characters
            "他是广州市第十八中学老师。|广州市第十八中学|-",
            "他是广州市第十一中学的老师。|广州市第十一中学|-",
            "他在一中学习。|-|一中学",
            // national societies named with the country's name
            "中国摄影家协会选举产生新一届主席团。|中国摄影家协会|-",
            "他出席了阿曼-中国友好协会举办的欢迎活动。|-|中国友好协会",
            "近日，中央纪委会同中国投资有限责任公司纪委查处了案件。|中国投资有限责任公司|中国投资有限责任公司纪委",
            "今天，首个国家区域医疗中心在厦门揭牌。|-|首个国家区域医疗中心",
            "支持香港建设国际创新科技中心。|-|香港建设国际创新科技中心",
            // border units after their post; a vague one (某) names none; games organizing committees
            "在喀喇昆仑山的神仙湾边防连，官兵巡逻。|神仙湾边防连|-",
            "在喀喇昆仑山的某边防连，官兵巡逻。|-|某边防连",
            "东京奥组委今天表示，场馆已完工。|东京奥组委|-",
            "里约奥组委今天表示，场馆已完工。|里约奥组委|-",
            // welfare homes; a branch of a procuratorate; two level words name every body of those levels
            "福建省泉州市育婴院收养了孤儿。|福建省泉州市育婴院|-",
            "他去养老院看望老人。|-|养老院",
            "大火烧毁了北海道一家养老院。|-|北海道一家养老院",
            "神奈川县一家残疾人养老院发生火灾。|-|神奈川县一家残疾人养老院",
            "案件移送天津市人民检察院第一分院审查起诉。|天津市人民检察院第一分院|-",
            "全县各乡镇敬老院开展活动。|-|乡镇敬老院",
            "全县各乡镇派出所开展活动。|-|乡镇派出所",
            "省市场监管局发布通知。|省市场监督管理局|-",
            // a body's name inside a document's title belongs to the title
            "依据《中国共产党巡视工作条例》开展巡视。|-|中国共产党",
    })
    void constructions(String text, String expected, String absent) {
        var labels = Extracted.from(text).labels(ORGANIZATION);
        if (!expected.equals("-")) assertThat(labels).contains(expected);
        if (!absent.equals("-")) assertThat(labels).doesNotContain(absent);
    }

    @Test
    void aForeignOrganAloneNeedsItsCountryInTheSameParagraph() {
        assertThat(Extracted.from("智利总统今天访华。\n议会通过了预算。").labels(ORGANIZATION)).doesNotContain("智利议会");
        assertThat(Extracted.from("智利总统今天访华，议会通过了预算。").labels(ORGANIZATION)).contains("智利议会");
    }

    @Test
    void aNumberedUnitIsASubOrganizationOfTheLargerOne() {
        Extracted x = Extracted.from("他先后担任红二军团第五军军长。");
        assertThat(x.relations(Relation.Kind.SUB_ORGANIZATION_OF)).anySatisfy(r -> {
            assertThat(r.subject().label()).isEqualTo("红二军团第五军");
            assertThat(r.object().label()).isEqualTo("红二军团");
        });
        Mention unit = Extracted.from("李明任中国工农红军第6军参谋长兼第31团团长。")
                .mention(ORGANIZATION, "中国工农红军第6军第31团").orElseThrow();
        assertThat(unit.aliases()).contains("第31团");
    }

    @Test
    void aQuotedUnitIsTheForcesUnit() {
        Extracted x = Extracted.from("伊朗伊斯兰革命卫队“雷霆旅”击退了袭击者。");
        assertThat(x.relations(Relation.Kind.SUB_ORGANIZATION_OF)).anySatisfy(r -> {
            assertThat(r.subject().label()).isEqualTo("雷霆旅");
            assertThat(r.object().label()).isEqualTo("伊朗伊斯兰革命卫队");
        });
    }
}
