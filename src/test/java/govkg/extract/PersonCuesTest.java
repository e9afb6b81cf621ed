package govkg.extract;

import org.junit.jupiter.api.Test;

import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/** People found by a shared title, an age, an occupation, an official's activity, a role after the name or a party to a case (sentences written for these tests). */
class PersonCuesTest {

    @Test
    void namesInAListShareTheTitle() {
        Extracted x = Extracted.from("宁波市召开会议，副市长张志远、刘明辉出席会议。");
        assertThat(x.labels(PERSON)).contains("张志远", "刘明辉");
        assertThat(x.postsOf("刘明辉")).extracting(PostHolding::title).containsExactly("副市长");
    }

    @Test
    void aRoleAfterTheCommaIsNoSharedName() {
        Extracted x = Extracted.from("区委书记张志远、区长刘明辉出席会议。");
        assertThat(x.postsOf("刘明辉")).extracting(PostHolding::title).containsExactly("区长");
    }

    @Test
    void ageBeforeANameMarksAPerson() {
        Extracted x = Extracted.from("清晨，67岁的王德顺已经在小区门口巡逻。");
        assertThat(x.labels(PERSON)).contains("王德顺");
    }

    @Test
    void occupationBeforeANameIsAPost() {
        Extracted x = Extracted.from("宁波大学法学院教授陈明远认为，条例应当细化。");
        assertThat(x.postsOf("陈明远")).extracting(PostHolding::role).contains("教授");
    }

    @Test
    void occupationBeforeOtherWordsNamesNobody() {
        Extracted x = Extracted.from("社区民警和专职网格员全部到岗，辅警全部参加培训。");
        assertThat(x.labels(PERSON)).isEmpty();
    }

    @Test
    void anOfficialsActivityAfterANameMarksAPerson() {
        Extracted x = Extracted.from("当天下午，刘建国出席签约仪式，孙卫平一行还走访了两家企业。");
        assertThat(x.labels(PERSON)).contains("刘建国", "孙卫平");
        assertThat(x.posts()).isEmpty();      // no title was stated, so no post
    }

    @Test
    void aRoleAfterAFullNameMarksAPerson() {
        Extracted x = Extracted.from("会上，王立新书记强调，要把矛盾纠纷化解在基层。");
        assertThat(x.labels(PERSON)).containsExactly("王立新");
    }

    @Test
    void aSurnameBeforeARoleIsNoFullName() {
        // 王书记 refers to a person by surname and title: the surname is the mention, labelled as written, with no post
        Extracted x = Extracted.from("会上，王书记强调，要把矛盾纠纷化解在基层。");
        assertThat(x.labels(PERSON)).containsExactly("王书记");
        assertThat(x.mentions(PERSON).get(0).surface()).isEqualTo("王");
        assertThat(x.posts()).isEmpty();
    }

    @Test
    void partiesToACaseArePeopleWithoutPosts() {
        Extracted x = Extracted.from("法院经审理认为，被告人刘建军犯故意伤害罪，依法判处赵某某有期徒刑三年。");
        assertThat(x.labels(PERSON)).contains("刘建军", "赵某某");
        assertThat(x.posts()).isEmpty();
    }

    @Test
    void aSentenceWordWithoutASentenceNamesNobody() {
        Extracted x = Extracted.from("判处结果公布后，群众纷纷点赞。");
        assertThat(x.labels(PERSON)).isEmpty();
    }

    @Test
    void wordsAfterAPartyWordAreNoNamesBecauseOfTheirFirstCharacter() {
        Extracted x = Extracted.from("监狱在改造罪犯方面积累了经验，受害人全部获得赔偿。");
        assertThat(x.labels(PERSON)).isEmpty();
    }

    @Test
    void aWithheldNameAfterAPartyWordIsAPerson() {
        Extracted x = Extracted.from("经查，犯罪嫌疑人钱某某已被依法刑事拘留。");
        assertThat(x.labels(PERSON)).containsExactly("钱某某");
    }
}
