package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static govkg.extract.EntityType.DOCUMENT;
import static govkg.extract.EntityType.EVENT;
import static govkg.extract.EntityType.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Constructions of programs, documents and events in transcripts (sentences of ours, invented bodies and names):
 * each case the name expected, NONE when the sentence must give no entity of the type, or !NAME when it must not
 * give that one.
 */
class ProgramDocumentEventConstructionsTest {

    private static void check(EntityType type, String text, String expected) {
        Extracted.assertFinds(type, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a head that modifies the word after it (政策协调, 制度保障, 改革措施, 制度体系) names no program
            "各方同意实施跨境货币政策协调，共同防范风险。|NONE",
            "要为落实区域发展规划提供坚实制度保障。|NONE",
            "青禾县推出的简化项目备案、下放建设审批、压缩办证时限等改革措施，受到欢迎。|NONE",
            "要完善流域水资源法律制度体系。|NONE",
            // a system established, or established and improved, or improved, is one to track
            "检察机关将完善律师会见预约制度。|律师会见预约制度",
            "该县建立健全矛盾纠纷多元化解机制。|矛盾纠纷多元化解机制",
            "检察机关建立完善审查起诉阶段听取律师意见制度。|审查起诉阶段听取律师意见制度",
            "今年实施农民工职业技能提升行动，取得成效。|农民工职业技能提升行动",
            // a quoted plan followed by a period names a time, not a program
            "“十二五”期间财税改革成效明显。|NONE",
            // national programs by name and short name, after 纳入 or alone
            "国务院决定将建筑业纳入营业税改征增值税试点。|营业税改征增值税试点",
            "今年营改增试点范围继续扩大。|营业税改征增值税试点",
            "全县干部群众决心打赢脱贫攻坚战。|脱贫攻坚战",
    })
    void programs(String text, String expected) {
        check(PROGRAM, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // regulations cited by name without marks in a counted list
            "国务院决定对矿产资源补偿费征收条例、耕地占用税暂行条例等9部行政法规作出修改。|矿产资源补偿费征收条例",
            "国务院决定对矿产资源补偿费征收条例、耕地占用税暂行条例等9部行政法规作出修改。|耕地占用税暂行条例",
            "常委会决定对种子法、草原防火办法等三部法律作出修改。|草原防火办法",
            // a list not of documents, or with no counted collective word
            "要抓好春耕、夏收等工作。|NONE",
            "会上讨论了交通条例、用水办法等问题。|NONE",
            // a draft whose name holds verbs (团结, 促进, 防治): the name runs from 关于 or the citing verb
            "副委员长作关于边疆团结进步促进法草案的说明。|边疆团结进步促进法草案",
            "会议审议了关于提请审议野生菌类保护法草案的议案。|野生菌类保护法草案",
            // a known law's name inside a longer unknown name is not that law
            "会议审议了国防教育法修订草案。|国防教育法修订草案",
            "会议审议了国防教育法修订草案。|!中华人民共和国教育法修订草案",
            // a short title in 《》 naming a document named in full before is that document
            "大会审议了《青禾省国土空间总体规划纲要（草案）》。代表们认为，《纲要（草案）》思路清晰。|青禾省国土空间总体规划纲要（草案）",
            "大会审议了《青禾省国土空间总体规划纲要（草案）》。代表们认为，《纲要（草案）》思路清晰。|!纲要（草案）",
            // a recommendation in 《》 is a document
            "全会审议通过了《中共青禾省委关于制定青禾省五年规划的建议》。|中共青禾省委关于制定青禾省五年规划的建议",
    })
    void documents(String text, String expected) {
        check(DOCUMENT, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a numbered party congress by its short name
            "党的十九大以来，青禾县面貌一新。|党的十九大",
            "自二十大召开以来，各项工作稳步推进。|二十大",
            "中共十八大提出了新的目标。|中共十八大",
            // not a congress: the ten best, a university, a count
            "评选出年度十大新闻。|NONE",
            "全省共有二十五大学生创业园。|NONE",
            "全县要深入学习贯彻党的二十大精神。|NONE",
            "党的二十大代表们参加了讨论。|NONE",
            // all the plenums of a term are no one event
            "要深入学习贯彻党的二十大和二十届历次全会精神。|!历次全会",
            // a ceremony a body holds, named by its subject, is the body's
            "当天晚些时候，智利新内阁也举行了宣誓就职仪式。|智利新内阁宣誓就职仪式",
            // a bare ceremony stays no event
            "青禾市政府举行了签约仪式。|NONE",
            // a numbered sitting of a body's series is the body's
            "23日，国务院召开第五次安全生产工作会议。|国务院第五次安全生产工作会议",
            // a meeting word before a chair's title names a body, not a meeting
            "制裁名单包括某国参谋长联席会议主席等人。|NONE",
            // a name in quotes is the name without its marks
            "博览会期间，“2030青禾发展论坛”同期举行。|2030青禾发展论坛",
    })
    void events(String text, String expected) {
        check(EVENT, text, expected);
    }
}
