package govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static govkg.extract.EntityType.ORGANIZATION;
import static govkg.extract.EntityType.PERSON;
import static govkg.extract.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies in the titles of former officials (原…), long chained police branches, teams under a body, a state body's
 * party group and groups named after a person's deeds; and what is no place or body there. Sentences we wrote.
 */
class FormerPostsBranchesTeamsTest {

    /** text | organization expected, or "-" | organization that must not appear, or "-" */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 原 marks a former post: the body is the district's committee the report named
            "深圳市宝安区委常委、区纪委书记刘某某出席。原区委常委、区纪委书记王某某也被处分。|深圳市宝安区委|原区委",
            "深圳市宝安区委常委、区纪委书记刘某某出席。原区委常委、区纪委书记王某某也被处分。|宝安区纪委|区纪委",
            // 原 between a bureau and its party group: the bureau, named whole
            "会昌县通报，县自然资源和规划局原党组书记、局长赵某某接受审查。|会昌县自然资源和规划局|规划局原党组",
            // 原 right after the place a body is named after: the body without it
            "洛宁县下峪镇庄头村原党支部书记刘某某被查。|洛宁县下峪镇庄头村党支部|洛宁县下峪镇庄头村原党支部",
            "河南省洛宁县原县委书记刘某某被查。|河南省洛宁县县委|河南省洛宁县原县委",
            // a party branch is named by its place; a kind of branch (楼宇党支部) is none
            "社区以楼宇党支部为纽带开展服务。|-|楼宇党支部",
            // a place whose name starts with 原 keeps it
            "原平市公安局副局长钱某某到场。|原平市公安局|-",
            // a long chained police branch: the station with its parents, never a foreign organ
            "广州市公安局青桐新技术开发区分局柳溪派出所所长孙某某到场处置。|广州市公安局青桐新技术开发区分局柳溪派出所|-",
            "广州市公安局青桐新技术开发区分局柳溪派出所所长孙某某到场处置。|广州市公安局青桐新技术开发区分局|开发区分局柳溪派出所",
            "广东省广州市公安局青桐新技术开发区分局柳溪派出所原所长孙某某被查。|广东省广州市公安局青桐新技术开发区分局柳溪派出所|-",
            // a station whose name holds a character the segmenter does not know
            "广州市公安局青桐分局豹澥派出所民警出警。|广州市公安局青桐分局豹澥派出所|-",
            // teams under a body are bodies, and so are their parents
            "四川省消防救援总队救援队医疗队赶赴灾区。|四川省消防救援总队救援队医疗队|-",
            "四川省消防救援总队救援队医疗队赶赴灾区。|四川省消防救援总队救援队|-",
            "四川省消防救援总队救援队医疗队赶赴灾区。|四川省消防救援总队|-",
            "一支专业救援队赶到现场。|-|专业救援队",
            // a state body's party group is a body of its own, beside the body
            "甘肃省政府党组召开会议。|甘肃省政府党组|-",
            "甘肃省政府党组召开会议。|甘肃省政府|-",
            // a court's party group is read as the court (posts in it are held in the court)
            "安吉县人民法院党组召开会议。|安吉县人民法院|安吉县人民法院党组",
            // a group named after the person whose deeds it tells
            "李某某同志先进事迹报告团在京作报告。|李某某同志先进事迹报告团|-",
            "报告团成员在京作报告。|-|报告团",
            // the group named without its person is the group of the person whose deeds the report names so
            "部长看望李某某同志和先进事迹报告团成员。李某某同志先进事迹报告会今天举行。|李某某同志先进事迹报告团|-",
            "部长看望先进事迹报告团成员。|-|先进事迹报告团",
            // a country's delegation stationed at an international body is the country's mission
            "中国常驻联合国代表团参赞吴某表示支持。|中国常驻联合国代表团|联合国代表团",
            "法国常驻联合国代表团发表声明。|法国常驻联合国代表团|联合国代表团",
            "联合国代表团访问了当地。|联合国代表团|-",
            // national forecasting bodies; a place's headquarters for a task
            "中央气象台预计，台风将在沿海登陆。|中央气象台|-",
            "福建省防汛抗旱指挥部启动应急响应。|福建省防汛抗旱指挥部|-",
            "现场指挥部设在村口。|-|现场指挥部",
            // the party's name before a state body's party group names the group, no state body
            "中共全国政协党组召开会议。|中共全国政协党组|中共全国政协",
            // a level word starting a longer word (区域) or a rank (县级) names no place's body
            "推进乡镇区域养老服务中心建设。|-|区域养老服务中心",
            "常见小病在县级医院就能得到治疗。|-|县级医院",
            "县人民医院派出医生。|县人民医院|-",
            "阳江市养老服务中心开放。|阳江市养老服务中心|-",
            // a word for each of a kind before a head: every such body, none named
            "各级党建工作领导小组要抓落实。|-|党建工作领导小组",
            // a verb alone before a head is the clause's verb, the head its object
            "下一步要深化工商联改革。|-|深化工商联",
            "中央全面深化改革委员会召开会议。|中央全面深化改革委员会|-",
            // a verb right after a central body starts a clause, no department's name
            "中央书记处要围绕中心工作开展调研。|中共中央书记处|中共中央书记处要围绕中心",
    })
    void organizations(String text, String expected, String absent) {
        var labels = Extracted.from(text).labels(ORGANIZATION);
        if (!expected.equals("-")) assertThat(labels).contains(expected);
        if (!absent.equals("-")) assertThat(labels).doesNotContain(absent);
    }

    @Test
    void aBranchInsideAChainedNameIsNoForeignOrgan() {
        var x = Extracted.from("广州市公安局青桐新技术开发区分局民警出警。");
        assertThat(x.mentions(ORGANIZATION)).allSatisfy(m -> assertThat(m.attr("orgKind")).isNotEqualTo("foreign"));
        assertThat(Extracted.from("巴基斯坦外交部发表声明。").mention(ORGANIZATION, "巴基斯坦外交部")).isPresent();
    }

    @Test
    void thePartyGroupIsPartOfItsBody() {
        var x = Extracted.from("甘肃省政府党组召开会议。");
        assertThat(x.relations(Relation.Kind.SUB_ORGANIZATION_OF)).anySatisfy(r -> {
            assertThat(r.subject().label()).isEqualTo("甘肃省政府党组");
            assertThat(r.object().label()).isEqualTo("甘肃省政府");
        });
    }

    @Test
    void thePersonAGroupIsNamedAfterIsStillAPerson() {
        assertThat(Extracted.from("李某某同志先进事迹报告团在京作报告。").labels(PERSON)).contains("李某某");
    }

    /** text | place expected, or "-" | place that must not appear, or "-" */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a bare kind of area inside a longer name is no place; a named zone with a code is one
            "广州市公安局青桐新技术开发区分局民警出警。|广州市|开发区",
            "北京经济技术开发区新开了一家工厂。|北京经济技术开发区|-",
            // a numeral right after a number is that number's, not a place's first character
            "全市300万城镇居民参加了医保。|-|万城镇",
            "重庆市万州区举行活动。|万州区|-",
    })
    void places(String text, String expected, String absent) {
        var labels = Extracted.from(text).labels(PLACE);
        if (!expected.equals("-")) assertThat(labels).contains(expected);
        if (!absent.equals("-")) assertThat(labels).doesNotContain(absent);
    }
}
