package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static govkg.extract.EntityType.DOCUMENT;
import static govkg.extract.EntityType.EVENT;
import static govkg.extract.EntityType.ORGANIZATION;
import static govkg.extract.EntityType.PLACE;
import static govkg.extract.EntityType.PROGRAM;

/**
 * Kinds of error read on fresh reports (session 8): international bodies and foreign parties by name, a state body
 * before its party group, documents typed as joint statements and agreements, a foreign country's law, event names
 * over a topic joined by 和 or parties joined by a dash. Sentences of ours; each case the name expected, NONE when the
 * sentence must give no entity of the type, or !NAME when it must not give that one.
 */
class ForeignBodiesEventEdgesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // international bodies and foreign parties or movements known by name and short name
            "代表团会见了联合国工发组织的官员。|联合国工业发展组织",
            "西共体成员国领导人当天举行会议。|西非国家经济共同体",
            "哈马斯发言人表示将继续谈判。|巴勒斯坦伊斯兰抵抗运动",
            "会谈中，越共领导人表示感谢。|越南共产党",
            // a state body before its party group (党组) is named: the group leads that body
            "财政部党组召开扩大会议。|财政部",
            "该部党组书记出席会议。|!部党组",
            // the short form of the NPC's constitution and law committee is the committee, not the constitution
            "宪法法律委认为草案已经比较成熟。|全国人民代表大会宪法和法律委员会",
    })
    void organizations(String text, String expected) {
        Extracted.assertFinds(ORGANIZATION, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // joint statements, declarations and agreements in 《》 are documents
            "两国发表《甲国和乙国关于深化伙伴关系的联合声明》。|甲国和乙国关于深化伙伴关系的联合声明",
            "双方依据《两地警务合作协议》移交嫌疑人。|两地警务合作协议",
            "观众齐声合唱《友谊之歌》。|NONE",
            // a title ending in several notes in brackets is typed by the word before them
            "市里公示了《滨河片区控制性详细规划（街区层面）（2021年—2035年）》。|滨河片区控制性详细规划（街区层面）（2021年—2035年）",
            // a foreign country's name before a law's short name makes it that country's law
            "法国宪法规定，总统任期五年。|法国宪法",
            "法国宪法规定，总统任期五年。|!中华人民共和国宪法",
            "全国人大常委会宪法法律委员会的委员讨论了议案。|!中华人民共和国宪法",
            "要切实维护宪法权威。|中华人民共和国宪法",
            "民法总则自今年十月起施行。|中华人民共和国民法总则",
    })
    void documents(String text, String expected) {
        Extracted.assertFinds(DOCUMENT, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a topic of two nouns joined by 和 opens the event's name at the clause's start or after 召开
            "海洋和渔业发展研讨会昨天在青禾县召开。|海洋和渔业发展研讨会",
            "省政府召开交通和物流保障推进会。|交通和物流保障推进会",
            // after other words 和 lists events or people: the name starts after it
            "代表们出席了开幕式和青年创业研讨会。|青年创业研讨会",
            "代表们出席了开幕式和青年创业研讨会。|!开幕式和青年创业研讨会",
            // one dash joins the parties of an event; a double dash ends a title before it
            "部长出席2021中国—南亚农业合作年启动仪式。|2021中国—南亚农业合作年启动仪式",
            "第三届中国-中亚商务论坛在西安开幕。|第三届中国-中亚商务论坛",
            "合作共赢——第二届中国国际茶叶博览会在杭州开幕。|第二届中国国际茶叶博览会",
            // a bare 会议 right after a known body's name is that body's meeting, labelled by the body's full name
            "3月2日，中央政治局会议审议了报告。|中共中央政治局会议",
            "专家在国际原子能机构理事会会议上发言。|国际原子能机构理事会会议",
            "青禾县委常委会议室装修一新。|NONE",
            // in the headline the body's meeting, in the text the meeting it held: one event, named there
            "各方在安理会会议上表态。联合国安理会3日就边境局势召开紧急闭门会议。|!联合国安全理事会会议",
            // a body's meeting named in full twice, the second time after the meeting it held: no error, one event
            "中共中央政治局会议召开。中共中央政治局3日召开专题会议，随后中共中央政治局会议审议了报告。|中共中央政治局会议",
            // numbered editions of one series are two occurrences
            "第8届中国国际茶叶大会昨天闭幕。今天，第9届中国国际茶叶大会开幕。|第9届中国国际茶叶大会",
            // a body's numbered congress and a national teleconference are named events
            "中国茶叶流通协会第九次全国代表大会在京开幕。|中国茶叶流通协会第九次全国代表大会",
            "省人民代表大会常务委员会听取报告。|NONE",
            "国务院召开全国安全生产电视电话会议。|全国安全生产电视电话会议",
            // games named by their host city; a bare 全会 after a clause is no plenum (a numbered one is)
            "杭州亚运会今晚开幕。|杭州亚运会",
            "总书记专题听取杭州亚运会筹办情况汇报。|杭州亚运会",
            "总书记专题听取杭州亚运会筹办情况汇报。|!总书记专题听取杭州亚运会",
            "2023年杭州亚运会圆满闭幕。|!年杭州亚运会",
            "干部群众深刻理解全会精神。|NONE",
            "省委十二届五次全会在长沙召开。|省委十二届五次全会",
            "合作共赢——第二届中国国际茶叶博览会在杭州开幕。|!合作共赢——第二届中国国际茶叶博览会",
    })
    void events(String text, String expected) {
        Extracted.assertFinds(EVENT, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a short form right before 村 names a village, not the city of that name; 村民 after it is a word
            "隔壁的平顶山村发展起了旅游。|!平顶山市",
            "河南村民纷纷表示欢迎。|河南省",
            // a state-farm or bureau row of the division table named by the generic word is no place alone
            "当地林业局还调拨了资金。|NONE",
            // an idiom ending in a city's name names no place
            "祝愿大家幸福安康。|NONE",
    })
    void places(String text, String expected) {
        Extracted.assertFinds(PLACE, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // national campaigns, strategies and initiatives named without marks
            "各地扎实开展党史学习教育。|党史学习教育",
            "两国支持全球发展倡议。|全球发展倡议",
            "企业以创新驱动发展战略为引领。|创新驱动发展战略",
            "他参加了新农合。|新型农村合作医疗",
            "两国全面发展伙伴关系。|NONE",
    })
    void programs(String text, String expected) {
        Extracted.assertFinds(PROGRAM, text, expected);
    }
}
