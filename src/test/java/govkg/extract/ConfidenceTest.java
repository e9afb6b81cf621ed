package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

class ConfidenceTest {

    @Test
    void levelsAreOrdered() {
        assertThat(Confidence.LEXICON).isGreaterThan(Confidence.PATTERN);
        assertThat(Confidence.PATTERN).isGreaterThan(Confidence.WEAK_PATTERN);
        assertThat(Confidence.WEAK_PATTERN).isGreaterThan(Confidence.CONTEXT);
        assertThat(Confidence.CONTEXT).isGreaterThan(Confidence.RECOGNIZER);
    }

    @Test
    void titleConfirmedPersonOutranksASpeechOnlyOne() {
        Extracted x = Extracted.from("区司法局局长马骁骐主持会议。王建华介绍了有关情况。");
        Mention titled = x.mention(PERSON, "马骁骐").orElseThrow();
        Mention spoken = x.mention(PERSON, "王建华").orElseThrow();
        assertThat(titled.confidence()).isGreaterThan(spoken.confidence());
    }

    @Test
    void bylinePersonOutranksASpeechOnlyOne() {
        Extracted x = Extracted.from("平安建设推进会召开\n本报讯 记者 孙雨桐\n近日，王建华介绍了有关情况。\n");
        Mention byline = x.mention(PERSON, "孙雨桐").orElseThrow();
        assertThat(byline.attr("byline")).isEqualTo("REPORTER");
        assertThat(byline.confidence()).isGreaterThan(x.mention(PERSON, "王建华").orElseThrow().confidence());
    }

    @Test
    void columnLabelInACreditLineIsNoPerson() {
        Extracted x = Extracted.from("平安建设推进会召开\n本报记者 手记\n近日，白银市召开平安建设推进会。\n");
        assertThat(x.mentions(PERSON)).isEmpty();
    }

    @Test
    void placeWithAFullNameOutranksAShortForm() {
        Extracted x = Extracted.from("甘肃省和浙江各地积极响应。");
        Mention full = x.mentions(EntityType.PLACE).stream().filter(m -> m.surface().equals("甘肃省")).findFirst().orElseThrow();
        Mention shortForm = x.mentions(EntityType.PLACE).stream().filter(m -> m.surface().equals("浙江")).findFirst().orElseThrow();
        assertThat(full.confidence()).isGreaterThan(shortForm.confidence());
    }
}
