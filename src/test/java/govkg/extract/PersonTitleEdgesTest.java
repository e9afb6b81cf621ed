package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and posts at the edges of titles (sentences and names invented for these tests): what is no name
 * (title modifiers, a verb after a surname, a title after a title, pairs of words in a list, a preposition, a piece
 * of a dotted name, a foreign body), and names after titles of international and foreign bodies, before a title at
 * the start of a clause, before a preposition, and after an occupation.
 */
class PersonTitleEdgesTest {

    /** text; the people expected, |-separated; words that must not be people, |-separated (empty: none). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // role modifiers alone are the start of a title
            "市人大常委会原副主任委员、市委原书记王立群出席会议。;王立群;原副",
            "副市长王立群出席会议。;王立群;",
            // a surname's character and a verb no given name holds
            "大会执行主席在主席台执行主席席就座。;;席就座",
            // a title after a title
            "曾任总统顾问的马丁表示反对。;马丁;顾问",
            "总统特使马丁·罗伊抵达首都。;马丁·罗伊;",
            // pairs of words around a conjunction listed side by side; names with 和 stay names
            "要在常和长、严和实、深和细上下功夫。;;常和长|严和实|深和细",
            "王和平、李和顺出席会议。;王和平;",
            // a preposition after an intransitive or one-character verb; a transitive verb keeps its object
            "诞生于上个世纪的经验，坚持问需于民、问计于民。;;于民|于上个",
            "总理会见于明远。;于明远;",
            // pieces of dotted names
            "被告人艾力·库尔班、玉山·热合曼等三人被判刑。;;玉山|热合",
            // a transliteration between a country and a title is that country's body
            "俄罗斯杜马副主席伊万·彼得罗夫表示欢迎。;;杜马",
            // names after titles of international bodies; a title with no name after it
            "联合国秘书长卡尔森当天发表声明。;卡尔森;国秘书长",
            "欧洲理事会主席马尔蒂尼表示，关税推高通胀。;马尔蒂尼;",
            "世界贸易组织总干事伊韦阿拉表示欢迎。;伊韦阿拉;伊韦",
            "联合国秘书长办公室表示欢迎。;;办公室",
            // a transliteration does not run into the verb after it
            "国务院总理李克强同欧盟委员会主席卡罗佐通电话。;李克强|卡罗佐;卡罗佐通",
            // a name HanLP misses at the start of a clause, before a title and an activity
            "会议在北京举行，栗振华委员长主持。;栗振华;",
            "会议在北京举行，常委会委员长主持。;;常委会",
            // a one-character preposition after a name ends it
            "副部长王晓琛以“大局”为题作了报告。;王晓琛;",
            // a word that is also a name, after a title
            "院长雷鸣表示，将加强审判管理。;雷鸣;",
            "省公安厅党委委员、副厅长高远主持会议。;高远;",
            // a common word the dictionary also lists as a name, as the subject of a speech verb or an activity
            "高峰出席并致辞。高峰指出，论坛深受认可。;高峰;",
            "早晚高峰期间，车辆增多。高峰出现在晚上。;;高峰",
            // an occupation with no name after it
            "战士们坚守岗位。;;战士们",
    })
    void people(String text, String people, String notPeople) {
        Extracted x = Extracted.from(text);
        assertThat(x.labels(PERSON)).containsAll(split(people));
        for (String no : split(notPeople)) assertThat(x.labels(PERSON)).doesNotContain(no);
    }

    /** text; person; the titles of that person's posts, |-separated; the organization of the first, or empty. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "联合国秘书长卡尔森当天发表声明。;卡尔森;联合国秘书长;联合国",
            "欧洲理事会主席马尔蒂尼表示，关税推高通胀。;马尔蒂尼;欧洲理事会主席;欧洲理事会",
            "伊朗外交部发言人哈米德扎德3月1日表示反对。;哈米德扎德;伊朗外交部发言人;伊朗外交部",
            "英国外交发展大臣克莱弗森表示欢迎。;克莱弗森;英国外交发展大臣;",
            "会议在北京举行，栗振华委员长主持。;栗振华;委员长;",
            "市人大常委会原副主任委员、市委原书记王立群出席会议。;王立群;市人大常委会原副主任委员|市委原书记;",
            // after a copula: the clauses that are titles (the first may describe instead), a term's ordinal not in the body
            "张晓梅是黑龙江省鹤岗市第十九中学教师，今年5月在事故中救下学生。;张晓梅;黑龙江省鹤岗市第十九中学教师;",
            "任振邦同志是我国政法战线的杰出领导人，中央政法委原书记，第九届全国政协副主席，最高人民法院原院长。;任振邦;中央政法委原书记|第九届全国政协副主席|最高人民法院原院长;中共中央政法委员会",
            "任振邦同志是我国政法战线的杰出领导人，第九届全国政协副主席。;任振邦;第九届全国政协副主席;中国人民政治协商会议全国委员会",
            // posts a biography states after 先后担任 (兼 joins two), and after 他 for the person who opens the paragraph
            "1928年4月后，王尔康先后担任中国工农红军第4军参谋长兼第28团团长。;王尔康;中国工农红军第4军参谋长|第28团团长;",
            "黄立民，1898年出生于湖南湘乡。1928年7月，黄立民同李某等领导起义。他先后担任红五军副军长、红六军军长。;黄立民;红五军副军长|红六军军长;",
    })
    void posts(String text, String person, String titles, String org) {
        Extracted x = Extracted.from(text);
        List<PostHolding> held = x.postsOf(person);
        assertThat(held.stream().map(PostHolding::title).toList()).containsAll(split(titles));
        if (org != null && !org.isEmpty())
            assertThat(held.stream().filter(h -> h.title().equals(split(titles).get(0))).findFirst().orElseThrow().organization().map(Mention::label)).contains(org);
    }

    /** text; person; titles that must not be posts of that person, |-separated. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // 任命 and 任务 are no cue of a post; a clause after a copula that is no title ends the list
            "张三任务繁重的局长职位空缺。;张三;局长|务繁重的局长",
            "张三是一个好人，他说要学习局长。;张三;他说要学习局长",
            // a pronoun in a paragraph that does not open with the person's name
            "会上，李某某发言。他先后担任县长、市长。;李某某;县长|市长",
    })
    void noPosts(String text, String person, String titles) {
        Extracted x = Extracted.from(text);
        List<String> held = x.postsOf(person).stream().map(PostHolding::title).toList();
        for (String t : split(titles)) assertThat(held).doesNotContain(t);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
