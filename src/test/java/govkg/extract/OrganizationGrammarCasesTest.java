package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static govkg.extract.EntityType.ORGANIZATION;
import static org.assertj.core.api.Assertions.assertThat;

/** Local bodies by the suffix grammar, with the cue words of org-cues.txt and org-suffixes.txt; sentences we wrote. */
class OrganizationGrammarCasesTest {

    /** text | label expected, or "-" | label that must not appear (or "-") */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the body in a title that shares the suffix's last character (公安局长 = 公安局局长)
            "昨天，洛阳市公安局长刘建新来到社区。|洛阳市公安局|-",
            // a repeated suffix before the role is the body, the second one the title's
            "长沙市公安局网安支队支队长王平介绍。|-|长沙市公安局网安支队支队",
            "西湖区数据资源管理局局长张东出席。|西湖区数据资源管理局|西湖区数据资源管理局局",
            // a company with its region in brackets
            "法院对康华医药(中国)投资有限公司判处罚金。|康华医药(中国)投资有限公司|投资有限公司",
            // a city before a province's name starts no chain of places
            "代表团来到五家渠市新疆天鹅农业机械有限公司考察。|新疆天鹅农业机械有限公司|五家渠市新疆天鹅农业机械有限公司",
            // committees after a place's level; rule-of-law offices
            "成华区委召开常委会会议。|成华区委|-",
            // teams named after the centre
            "中央第三督导组进驻河北省。|中央第三督导组|-",
            // military bodies by suffix
            "西藏山南军分区官兵开展训练。|西藏山南军分区|-",
            // criminal groups are no companies; counts before a suffix name nothing
            "警方打掉一个电信诈骗团伙公司。|-|电信诈骗团伙公司",
            "全市六个派出所参与行动。|-|六个派出所",
            // common words ending in a one-character head
            "在政务服务大厅办理业务。|-|政务服务大厅",
    })
    void grammar(String text, String expected, String absent) {
        var labels = Extracted.from(text).labels(ORGANIZATION);
        if (!expected.equals("-")) assertThat(labels).contains(expected);
        if (!absent.equals("-")) assertThat(labels).doesNotContain(absent);
    }
}
