package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transliterated names HanLP cuts into pieces (at a hyphen, into name-shaped words, into single characters) are one
 * name; a country's side in talks (罗方, 沙方) or its pair with China (欧中) is no name. Sentences written for these tests.
 */
class ForeignNamePiecesTest {

    /** text; the people expected, |-separated; labels that must not be people, |-separated (empty: none). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // a double-barrelled name joined by a hyphen
            "加纳总统阿库福-阿多当天发表讲话。;阿库福-阿多;阿库福|阿多",
            // a name HanLP reads as two names in a row is no list of two
            "议长伊斯莫伊洛夫说，双方合作良好。;伊斯莫伊洛夫;伊斯莫|伊洛夫",
            // single characters HanLP split off before or after the name's start
            "恩克鲁玛总统开创了友好关系。;恩克鲁玛;鲁玛",
            "我们和米尔济约耶夫总统举行会谈。;米尔济约耶夫;米尔济",
            // a hyphenated name HanLP tags in parts
            "向古巴新任国家主席迪亚斯-卡内尔致贺电。;迪亚斯-卡内尔;迪亚斯|卡内尔",
            // a time word HanLP took into a name found in the article
            "巴西总统卢拉表示欢迎。会见卢拉时，王岐山说，中方愿合作。;卢拉|王岐山;卢拉时",
            // a surname and a form of address (with no number before it)
            "江主席会见了代表团。;江主席;",
            // a date after a name leaves it a name
            "记者在现场见到了刘振邦3日抵达的同事。;刘振邦;",
            // a common word that is a name, after a title and before a time word (今天)
            "省政协主席江海今天在北京会见客人。;江海;",
            // Chinese names stay as they are
            "王建军、李国栋、赵立新参加会见。;王建军|李国栋|赵立新;",
            "罗马尼亚客人罗中立说，愿意合作。;罗中立;",
    })
    void joined(String text, String people, String notPeople) {
        Extracted x = Extracted.from(text);
        assertThat(x.labels(PERSON)).as(text).containsAll(Arrays.asList(people.split("\\|")));
        if (notPeople != null) assertThat(x.labels(PERSON)).as(text).doesNotContainAnyElementsOf(Arrays.asList(notPeople.split("\\|")));
    }

    /** text; labels that must not be people */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "罗马尼亚总理表示，罗方愿积极参与合作。;罗方愿|罗方",
            "沙特外交大臣说，沙方坚定奉行一个中国政策。;沙方",
            "双方认为，罗中和欧中关系发展良好，罗马尼亚愿意推动。;罗中和|欧中",
            "双方表示，中斯友谊深厚，斯方感谢中方的支持。;斯方",
            "巴媒称，巴勒斯坦多地发生冲突。;巴媒",
            // a surname and a form of address need no number before them
            "会谈后，两国总理共同见证签署文件。;国总理",
            "市委书记今天来到村里。;今天",
    })
    void sides(String text, String notPeople) {
        assertThat(Extracted.from(text).labels(PERSON)).as(text).doesNotContainAnyElementsOf(Arrays.asList(notPeople.split("\\|")));
    }

    /** A word before a count, as in a headline, is no name HanLP alone proposes. */
    @org.junit.jupiter.api.Test
    void wordBeforeACount() {
        assertThat(Extracted.from("新闻快讯\n蒙东100万千瓦风电项目投运\n项目位于草原上。").labels(PERSON)).doesNotContain("蒙东");
    }
}
