package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static govkg.extract.EntityType.DOCUMENT;
import static govkg.extract.EntityType.EVENT;
import static govkg.extract.EntityType.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents, events and programs named without marks, as transcripts cite them: each case a sentence of ours and
 * the name expected, or NONE when the sentence must give no entity of the type.
 */
class UnmarkedDocumentsEventsProgramsTest {

    private static void check(EntityType type, String text, String expected) {
        Extracted.assertFinds(type, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // laws without 《》, whole words, with or without 中华人民共和国
            "代表们围绕证券法的实施展开讨论。|证券法",
            "新修订的中华人民共和国药品管理法今天起施行。|中华人民共和国药品管理法",
            "要严格执行香港基本法。|香港基本法",
            // drafts and amendments
            "常委会审议了证券法修正案草案。|证券法修正案草案",
            "会议审议了民法典人格权编草案。|民法典人格权编草案",
            "委员们审议了农村金融服务促进法（修订草案）。|农村金融服务促进法（修订草案）",
            // 关于…的决定 with the issuer
            "会议表决通过了全国人大常委会关于加强经济工作监督的决定。|全国人大常委会关于加强经济工作监督的决定",
            "市政府印发关于推进夜间经济发展的实施意见。|关于推进夜间经济发展的实施意见",
            // party rules and treaties
            "党员干部要认真学习党章，严格遵守中央八项规定精神。|中国共产党章程",
            "党员干部要认真学习党章，严格遵守中央八项规定精神。|中央八项规定",
            "各国应共同落实巴黎协定。|巴黎协定",
            // items of a list counted by 等立法/等法律, each with its own verb; well-known reports without 《》
            "去年省里制定了农田水利条例、修订了水污染防治法等立法。|农田水利条例",
            "去年省里制定了农田水利条例、修订了水污染防治法等立法。|中华人民共和国水污染防治法",
            "代表们认真审议政府工作报告。|政府工作报告",
            "干部们深入学习十九大报告精神。|党的十九大报告",
            // negatives: a list not counted by a collective word of documents, a work report of an unnamed office
            "去年省里走访了农田、水库等地方。|NONE",
            "这份报告写得很好。|NONE",
            // negatives: a law inside a longer word, a topic after 关于 with no cue, an oath
            "他是一位知名的刑法学家。|NONE",
            "社区征求居民关于停车收费的意见。|NONE",
            "新任干部进行宪法宣誓。|NONE",
            "合同法律顾问到场解答。|NONE",
    })
    void documents(String text, String expected) {
        check(DOCUMENT, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // numbered sessions and plenums with their full left edge
            "十三届全国人大常委会第十次会议今天在京闭幕。|十三届全国人大常委会第十次会议",
            "出席十二届全国人大二次会议的代表陆续抵京。|十二届全国人大二次会议",
            "党的十八届三中全会作出全面深化改革的决定。|党的十八届三中全会",
            "中央纪委六次全会在京召开。|中央纪委六次全会",
            // a meeting's delegates mention the meeting; a council of a known body holds the body's meeting
            "全省教育工作会议代表参观了新校区。|全省教育工作会议",
            "第12届欧洲联盟外长理事会会议在布鲁塞尔举行。|第12届欧洲联盟外长理事会会议",
            "中共中央政治局就网络安全进行第五次集体学习，此前中共中央政治局第四次集体学习讨论过生态。|中共中央政治局第四次集体学习",
            // trials and cases named by their defendant
            "法院对张明远受贿案作出一审判决。|张明远受贿案",
            "王海涛故意伤害案二审宣判。|王海涛故意伤害案二审宣判",
            // forums, festivals, exhibitions, ceremonies with their subject
            "第十届中国西部文化产业博览会在成都开幕。|第十届中国西部文化产业博览会",
            "纪念李达同志诞辰130周年座谈会在京举行。|纪念李达同志诞辰130周年座谈会",
            "各地开展了集中清理违规占用耕地活动。|集中清理违规占用耕地活动",
            "某县发生“3·15”重大火灾事故，多人受伤。|“3·15”重大火灾事故",
            // negatives: a bare sitting, a case file, an accident prevented, a generic activity
            "大会第三次会议听取了报告。|NONE",
            // a deputy of a congress (大会代表) and a delegation (会议代表团) are no meeting; a council alone holds no meeting
            "全省人民代表大会代表视察了工厂。|NONE",
            "社区理事会会议室今天开放。|NONE",
            "法院共受理各类案件一千余件。|NONE",
            "要防范燃气爆炸事故。|NONE",
            "社区开展丰富多彩的文体活动。|NONE",
            "游客们前往参观展览。|NONE",
            "外交部本周举行5场新闻发布会。|NONE",
    })
    void events(String text, String expected) {
        check(EVENT, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // national programs without quotes
            "各地全面推行河长制，持续推进精准扶贫。|河长制",
            "各地全面推行河长制，持续推进精准扶贫。|精准扶贫",
            "全市坚决打赢蓝天保卫战。|蓝天保卫战",
            // programs launched by a verb, with a sensible left edge
            "我省将深化农村集体产权制度改革。|农村集体产权制度改革",
            "今年实施农民工职业技能提升行动。|农民工职业技能提升行动",
            "今年实施农民工职业技能提升行动。|职业技能提升行动",
            "该县建立健全矛盾纠纷多元化解机制。|矛盾纠纷多元化解机制",
            "全省启动高标准农田示范工程。|高标准农田示范工程",
            // an enumeration before a shared head gives one program per item
            "今年开展网上立案、跨域诉讼服务等多项改革试点。|网上立案",
            "今年开展网上立案、跨域诉讼服务等多项改革试点。|跨域诉讼服务",
            // two programs joined by 和
            "建立错案责任追究机制和办案质量终身负责制。|办案质量终身负责制",
            // negatives: too short to name a program, no launching verb, a slogan in quotes
            "要完善工作机制。|NONE",
            "各单位要健全激励保障机制。|NONE",
            "今年将实施26个地质灾害治理工程。|NONE",
            "道路交通安全突出问题专项整治取得成效。|NONE",
            "他说要“撸起袖子加油干”。|NONE",
    })
    void programs(String text, String expected) {
        check(PROGRAM, text, expected);
    }
}
