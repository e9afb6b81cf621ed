package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static govkg.extract.EntityType.DOCUMENT;
import static govkg.extract.EntityType.EVENT;
import static govkg.extract.EntityType.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events, programs and documents named by a construction rather than a head word: awards and selections with their
 * year, cases named after a company, subject-position special campaigns, policy instruments, building campaigns,
 * numbered plans and packages of measures. Each case: a sentence of ours and the expected name, or NONE.
 */
class NamedByConstructionTest {

    private static void check(EntityType type, String text, String expected) {
        Extracted.assertFinds(type, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2019年某某国际文学奖昨晚在北京揭晓。|2019年某某国际文学奖",
            "2020年度全国十大科技进展今天公布。|2020年度全国十大科技进展",
            "某某医药中国公司案一审宣判。|医药中国公司案一审宣判",
            // negatives: a year before a clause, a bonus, a bare selection count
            "2018年以来获得奖励的单位共有三家。|NONE",
            "2019年单位发放奖金三万元。|NONE",
            "这里是全国十大港口之一。|NONE",
    })
    void events(String text, String expected) {
        check(EVENT, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "企业在申报国债技改贴息项目时符合条件。|国债技改贴息",
            "将支小再贷款政策扩大到农村商业银行。|支小再贷款",
            "他了解了美丽乡村建设情况。|美丽乡村建设",
            "政策包括三年百万青年就业见习计划等等。|三年百万青年就业见习计划",
            // negatives: a clause before 专项, a generic special loan, a loan kind, a broad goal, a date before 计划
            "今年我们对食品安全开展的专项检查很多。|NONE",
            "银行发放专项再贷款。|NONE",
            "政府给贫困户贴息贷款两万元。|NONE",
            "法治国家建设取得成就。|NONE",
            "他在三年前计划出国。|NONE",
    })
    void programs(String text, String expected) {
        check(PROGRAM, text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "该省年初出台了“稳岗扩就业十条”政策。|稳岗扩就业十条",
            "会议通过了“国十条”。|国十条",
            // negatives: an article of a law, an unquoted count
            "该法“第十条”规定了相关内容。|NONE",
            "他们出台了十条措施。|NONE",
    })
    void documents(String text, String expected) {
        check(DOCUMENT, text, expected);
    }
}
