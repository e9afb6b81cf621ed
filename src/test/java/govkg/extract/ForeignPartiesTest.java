package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.ORGANIZATION;
import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/** Titles listed after a foreign party or country are that country's (foreign-parties.txt); sentences written for these tests. */
class ForeignPartiesTest {

    @Test
    void titlesAfterAForeignPartyAreThatCountrys() {
        Extracted x = Extracted.from("王明会见越共中央政治局委员、公安部部长阮文山。");
        assertThat(x.labels(ORGANIZATION)).doesNotContain("中共中央政治局", "公安部");
        assertThat(x.postsOf("阮文山")).filteredOn(p -> p.title().equals("公安部部长")).allSatisfy(p -> assertThat(p.organization()).isEmpty());
    }

    @Test
    void aBodyInsideAForeignPartysNameIsNotChinas() {
        Extracted x = Extracted.from("赵华会见老挝人革党中央书记处书记坎苏。");
        assertThat(x.labels(ORGANIZATION)).doesNotContain("中国共产党中央委员会", "中共中央书记处", "中国共产党中央委员会书记处");
    }

    @Test
    void theNameAfterAForeignListIsATransliteration() {
        Extracted x = Extracted.from("李华同老挝人民革命党中央政治局委员、国家监察总署署长坎潘举行会谈。");
        assertThat(x.labels(PERSON)).contains("坎潘");
    }

    @Test
    void chinasOwnListKeepsItsBodies() {
        Extracted x = Extracted.from("中共中央政治局委员、公安部部长王立新出席会议。");
        assertThat(x.labels(ORGANIZATION)).contains("中共中央政治局", "公安部");
        assertThat(x.postsOf("王立新")).filteredOn(p -> p.title().equals("公安部部长"))
                .allSatisfy(p -> assertThat(p.organization().map(Mention::label)).contains("公安部"));
    }

    @Test
    void aNameAtAParagraphsStartIsSeen() {
        assertThat(Extracted.from("双方签署了合作文件。\n杨洁篪出席。").labels(PERSON)).contains("杨洁篪");
    }
}
