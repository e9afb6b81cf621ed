package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names HanLP's recognizer alone proposes, kept only when each character can stand in its place by HanLP's
 * person-role statistics or when the same name recurs; and people named by the case named after them
 * (sentences written for these tests).
 */
class PersonRolesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // a character that hardly ever is a one-character given name (尽) makes a word, not a name
            "各单位要尽好本领域应尽的责任。|应尽|none",
            // a character that hardly ever ends a given name (整) is no part of one
            "起义军余部整编成两个纵队。|余部整|none",
            // after a region of a country (…西南部) stands a place, not a person
            "阿富汗西南部锡斯坦-赫尔曼德地区遭遇洪水。|锡斯坦|none",
            // real names whose characters are seen in their places stay
            "王沪宁会见了代表团。|王沪宁|王沪宁",
            "会后，张志远还察看了施工现场。|张志远|张志远",
            // a name ending in an adverb's character (略) stays when HanLP recognises it three times
            "黄公略率部北上。黄公略同彭德怀会合。后来黄公略牺牲。|黄公略|黄公略",
            // … but not when it is recognised once
            "黄公略率部北上。|黄公略|none",
    })
    void recognizedNames(String text, String candidate, String expected) {
        Extracted x = Extracted.from(text);
        if (expected == null) assertThat(x.labels(PERSON)).doesNotContain(candidate);
        else assertThat(x.labels(PERSON)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // a case named after its party: the name before 案
            "今年，张明远案沉冤昭雪，徐辉案重拾真相。|徐辉",
            // the victim before 被 and the clause ending in 案
            "评选活动揭晓，李丽丽被电信诈骗案入选。|李丽丽",
            // a Mongolian name HanLP cuts into name pieces, up to 案 it glued to the last character (图案)
            "法院对呼和吉勒图案作出决定。|呼和吉勒图",
    })
    void casesNamedAfterPeople(String text, String expected) {
        assertThat(Extracted.from(text).labels(PERSON)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // 被 followed by no case word: no case, the name is not taken from it
            "法院对乌力吉图案作出决定。|乌力吉图",
            // a clause after 被 that runs on past the case word is no case's name
            "李丽丽被电信诈骗案件牵连的家庭还有很多人。|none",
    })
    void noCaseNamedAfterPeople(String text, String absent) {
        var people = Extracted.from(text).mentions(PERSON);
        assertThat(people).noneMatch(m -> m.extractor().equals("person-case") && (absent == null || m.label().equals(absent)));
    }
}
