package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People in the constructions of news reports (sentences written for these tests): names after a title that must
 * look like names, names before a title, lists, attendance lines, foreign officials and names HanLP alone is sure of.
 */
class PersonConstructionsTest {

    /** text; the people expected, |-separated; words that must not be people, |-separated (empty: none). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // a verb after a title is no name
            "总书记关切群众冷暖，委员长来到村里看望老人。;;关切|来到",
            "省长强调，要抓好春耕生产。;;强调",
            // a name before a title or a speech verb
            "会上，刘振邦总书记指出，要加强基层治理。;刘振邦;",
            "周立波代表说，议案体现了群众的期盼。;周立波;",
            // lists after a title and attendance lines
            "市委常委张志远、刘明辉、孙卫平出席会议。;张志远|刘明辉|孙卫平;",
            "王建军、李国栋、赵立新参加会见。;王建军|李国栋|赵立新;",
            // foreign officials, with and without a word between the country and the title
            "土耳其总统埃尔多安当天表示，将继续推进改革。;埃尔多安;",
            "秘鲁新总统库琴斯基宣誓就职。;库琴斯基;",
            "美国国务卿约翰·史密斯抵达北京。;约翰·史密斯;",
            // names HanLP is sure of, with no cue around them
            "记者在现场见到了刘振邦和他的同事。;刘振邦;",
            // a dotted foreign name after a title; a transliteration HanLP splits after an occupation
            "该党总书记胡安·拉莫斯发表讲话。;胡安·拉莫斯;胡安",
            // full names in a run without separators, as member lists print them
            "出席的有王建国李明华张志强。;李明华|张志强;",
            // a deputy's title after a name joins the third character HanLP cut off (于晓/nr 明代/t)
            "省人大常委会副主任于晓明代表说，决定符合民意。;于晓明;于晓",
            // a name is not cut before a case word of one character
            "呼格吉勒图案沉冤昭雪。;;吉勒图|呼格",
            // quoted terms, numbers before a word and nouns after one are no people
            "台风“韦帕”登陆后，当地转移群众。;;韦帕",
            "经济形势稳中向好，就业总体稳定。;;向好",
            // a known two-character name does not take the first character of the next word (来到, 来说)
            "赵刚来到村里看望群众。赵刚指出，要抓好春耕生产。;赵刚;赵刚来",
            "对于陈建来说，训练中只需要几十秒。陈建是一名消防员。;陈建;陈建来",
            "王小明来到车间。王小明说，要做好工作。;王小明;王小",
            // a transliteration right after a division's name is a place in it; after a title, a person
            "美国俄亥俄州斯普林菲尔德近日发生一起事故。;;斯普林菲尔德",
            "美国总统约翰·史密斯抵达北京。;约翰·史密斯;",
            // a transliteration after a word only places follow, or in a list of places, is a place
            "部队在库皮扬斯克、苏梅等方向推进。;;苏梅",
            "潜艇回到位于北莫尔斯克的基地。;;莫尔斯克",
            "莫尔斯克表示，双方将继续谈判。;莫尔斯克;",
            "记者采访了斯普林菲尔德、科尔等学者。;斯普林菲尔德;",
            "代表团访问了李家庄、王家营等地。;;李家庄",
            // a dotted name whose second part holds a table character of Xinhua's (歇) stays whole
            "会上，比利时外交大臣卡尔·米歇尔森发表讲话。;卡尔·米歇尔森;卡尔",
            // a country's last character cut off with the title (法/国总理) is no surname
            "法国总理让·马丁担任下届主席。;;国总理",
            "随后，刘总理会见了记者。;刘总理;",
    })
    void constructions(String text, String people, String notPeople) {
        Extracted x = Extracted.from(text);
        assertThat(x.labels(PERSON)).containsAll(split(people));
        for (String no : split(notPeople)) assertThat(x.labels(PERSON)).doesNotContain(no);
    }

    /** 刘主席 after 国家主席刘振邦 refers back to him; with two such 刘 holders, or an address that is no post (刘先生), it stays as written. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "国家主席刘振邦会见外宾。刘主席表示，中方愿加强合作。;刘振邦;刘主席",
            "国家主席刘振邦和全国政协主席刘明辉出席。刘主席表示，中方愿加强合作。;刘主席;",
            "总统刘振邦会见外宾。刘先生表示满意。;刘先生;",
    })
    void surnameAndTitleReferBack(String text, String label, String alias) {
        Extracted x = Extracted.from(text);
        assertThat(x.mentions(PERSON)).anyMatch(m -> m.label().equals(label) && (alias == null || m.aliases().contains(alias)));
        if (alias != null) assertThat(x.labels(PERSON)).doesNotContain(alias);
    }

    /** text; person; the titles of that person's posts, |-separated (empty: no post). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // one post per title of a chain, and each name of a list holds them
            "自治区党委常委、政法委书记刘振邦出席会议。;刘振邦;自治区党委常委|政法委书记",
            "市委常委张志远、刘明辉出席会议。;刘明辉;市委常委",
            // a role after a full name is a post; a deputy's title after the name too
            "刘振邦总书记指出，要加强基层治理。;刘振邦;总书记",
            "周立波代表说，议案体现了群众的期盼。;周立波;代表",
            // a foreign official's post keeps the country
            "德国总理默克尔表示，欧盟将加强合作。;默克尔;德国总理",
            // a list of names ending in 等 and a title: each holds it
            "法院认定被告人王建军、李国栋、赵立新等公司高管的行为构成犯罪。;李国栋;公司高管",
            "王建军、李国栋等人出席会议。;李国栋;",
            // an activity names a person but states no post
            "王建军、李国栋参加会见。;李国栋;",
    })
    void posts(String text, String person, String titles) {
        Extracted x = Extracted.from(text);
        assertThat(x.postsOf(person)).extracting(PostHolding::title).containsExactlyInAnyOrderElementsOf(split(titles));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "美国国务卿约翰·史密斯抵达北京。;约翰·史密斯;约翰史密斯",
    })
    void foreignNamesKeepTheFormWithoutTheDot(String text, String person, String alt) {
        Extracted x = Extracted.from(text);
        assertThat(x.mention(PERSON, person)).get().extracting(Mention::aliases).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ITERABLE).contains(alt);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
