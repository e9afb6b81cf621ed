package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/** Central, foreign and international bodies by name (national-bodies.txt), on sentences we wrote. */
class NationalBodyFinderTest {

    /** text, a body's label that must be found (its kind), or "-" with a label that must not be found */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // national organs by full and short names; the label is the full name
            "国务院总理王立新主持召开会议。|国务院|government",
            "中组部有关负责人答记者问。|中共中央组织部|party",
            "国家发展改革委近日印发通知。|国家发展和改革委员会|government",
            "国资委召开中央企业负责人会议。|国务院国有资产监督管理委员会|government",
            "中国证监会发布新规。|中国证券监督管理委员会|government",
            "最高检发布典型案例。|最高人民检察院|judicial",
            "全国政协召开双周协商座谈会。|中国人民政治协商会议全国委员会|consultative",
            "中央军委印发条例。|中央军事委员会|military",
            "全国总工会开展送温暖活动。|中华全国总工会|people",
            "民盟中央举办座谈会。|中国民主同盟中央委员会|democratic-party",
            // the body inside a title of a named person
            "外交部长赵明阳会见来宾。|外交部|government",
            "全国人大代表陈晓丽提出建议。|全国人民代表大会|legislature",
            // the longest body wins; a term before the name is no part of it
            "宪法和法律委员会审议了草案。|全国人民代表大会宪法和法律委员会|legislature",
            "十四届全国人大常委会第五次会议闭幕。|全国人民代表大会常务委员会|legislature",
            "兵团第六师召开干部大会。|新疆生产建设兵团第六师|government",
            // former names stay bodies of their own
            "原农业部发布通知。|农业部|government",
            // international bodies
            "联合国安理会举行会议。|联合国安全理事会|international",
            "欧盟委员会发表声明。|欧洲联盟委员会|international",
            "上合组织成员国领导人出席。|上海合作组织|international",
            // foreign organs: a country's name and an organ's head
            "秘鲁国会通过法案。|秘鲁国会|foreign",
            "美国国防部发表声明。|美国国防部|foreign",
            "智利新政府宣誓就职。|智利新政府|foreign",
            // a country's body with a name of its own before its head
            "伊朗伊斯兰革命卫队发表声明。|伊朗伊斯兰革命卫队|foreign",
            "荷兰国际集团发布报告。|荷兰国际集团|company",
    })
    void found(String text, String label, String kind) {
        Extracted x = Extracted.from(text);
        assertThat(x.labels(ORGANIZATION)).contains(label);
        assertThat(x.mention(ORGANIZATION, label).orElseThrow().attr("orgKind")).isEqualTo(kind);
    }

    /** text, a label that must not be found */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a body's name inside a longer word
            "各地民政部门加强协作。|民政部",
            "应急管理部门迅速响应。|应急管理部",
            "他考入中国石油大学。|中国石油天然气集团有限公司",
            // a province's own body with the same short name
            "浙江省发改委召开会议。|国家发展和改革委员会",
            // the shorter body inside the longer one
            "宪法和法律委员会审议了草案。|法律委员会",
            // a term-numbered name is the permanent body, not one of its own
            "第五至七届全国人大常委会委员出席。|第五至七届全国人大常委会",
            // China's own name before a national body makes no foreign organ
            "中国外交部发言人答问。|中国外交部",
            // a country's name before words that are no body's name
            "美国媒体报道称，会谈取得进展。|美国媒体",
            "美国总统会见来访的客人。|美国总统",
    })
    void notFound(String text, String label) {
        assertThat(Extracted.from(text).labels(ORGANIZATION)).doesNotContain(label);
    }

    @Test
    void aliasesAreKeptAsOtherNames() {
        Mention m = Extracted.from("国家发展改革委印发通知。").mention(ORGANIZATION, "国家发展和改革委员会").orElseThrow();
        assertThat(m.aliases()).contains("国家发展改革委", "国家发改委", "发改委");
    }

    @Test
    void departmentOfANationalBodyIsItsSubOrganization() {
        Extracted x = Extracted.from("住房城乡建设部法规司负责人介绍情况。");
        assertThat(x.labels(ORGANIZATION)).contains("住房和城乡建设部法规司", "住房和城乡建设部");
        assertThat(x.relations(Relation.Kind.SUB_ORGANIZATION_OF)).anySatisfy(r -> {
            assertThat(r.subject().label()).isEqualTo("住房和城乡建设部法规司");
            assertThat(r.object().label()).isEqualTo("住房和城乡建设部");
        });
    }

    @Test
    void namedTeamsAfterABody() {
        assertThat(Extracted.from("全国人大常委会执法检查组来到江西。").labels(ORGANIZATION))
                .contains("全国人民代表大会常务委员会执法检查组");
        assertThat(Extracted.from("中央纪委国家监委驻应急管理部纪检监察组通报一起案件。").labels(ORGANIZATION))
                .contains("中央纪委国家监委驻应急管理部纪检监察组");
    }

    @Test
    void aBodyWithAVerbAfterItHasNoDepartment() {
        assertThat(Extracted.from("公安部部署开展夏季治安打击整治行动。").labels(ORGANIZATION))
                .contains("公安部").allMatch(l -> !l.startsWith("公安部部署"));
    }

    @Test
    void departmentOfAKnownBodyIsLinkedToItsParentWhenBothAreMentioned() {
        Extracted x = Extracted.from("全国人大常委会法制工作委员会发言人介绍，全国人大常委会将审议草案。");
        assertThat(x.relations(Relation.Kind.SUB_ORGANIZATION_OF)).anySatisfy(r -> {
            assertThat(r.subject().label()).isEqualTo("全国人民代表大会常务委员会法制工作委员会");
            assertThat(r.object().label()).isEqualTo("全国人民代表大会常务委员会");
        });
    }

    @Test
    void anOrganOfAForeignOrgan() {
        Extracted x = Extracted.from("土耳其武装部队总参谋部发表声明。");
        assertThat(x.labels(ORGANIZATION)).contains("土耳其武装部队总参谋部", "土耳其武装部队");
    }
}
