package govkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static govkg.extract.EntityType.ORGANIZATION;
import static govkg.extract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

class PersonPostExtractorTest {

    static String orgOf(PostHolding p) {
        return p.organization().map(Mention::label).orElse(null);
    }

    @Test
    void titleChainGivesOnePostPerTitle() {
        Extracted x = Extracted.from("省委常委、政法委书记郑海川在会上强调，要坚持系统治理。甘肃省各地积极响应。");
        assertThat(x.labels(PERSON)).containsExactly("郑海川");
        List<PostHolding> posts = x.postsOf("郑海川");
        assertThat(posts).extracting(PostHolding::title).containsExactly("省委常委", "政法委书记");
        assertThat(posts).extracting(PostHolding::role).containsExactly("常委", "书记");
        // 省委 is the article's province's committee; 政法委 after it in the chain is that committee's
        assertThat(posts).extracting(PersonPostExtractorTest::orgOf).containsExactly("甘肃省委", "甘肃省委政法委员会");
    }

    @Test
    void titleChainWithPlaceInTheFirstTitle() {
        Extracted x = Extracted.from("甘肃省委常委、政法委书记周立衡出席会议。");
        assertThat(x.postsOf("周立衡")).extracting(PersonPostExtractorTest::orgOf).containsExactly("甘肃省委", "甘肃省委政法委员会");
    }

    @Test
    void districtPartySecretary() {
        Extracted x = Extracted.from("成都市武侯区委书记冯锦程出席会议。");
        assertThat(x.postsOf("冯锦程")).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo("书记");
            assertThat(orgOf(p)).isEqualTo("成都市武侯区委");
            assertThat(p.confidence()).isEqualTo(Confidence.PATTERN);
        });
    }

    @Test
    void publicSecurityBureauChief() {
        Extracted x = Extracted.from("济南市公安局局长韩明远到现场检查。");
        assertThat(x.postsOf("韩明远")).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo("局长");
            assertThat(orgOf(p)).isEqualTo("济南市公安局");
        });
    }

    @Test
    void policeStationHead() {
        Extracted x = Extracted.from("城关派出所所长钱晓东带队走访辖区商户。");
        assertThat(x.postsOf("钱晓东")).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo("所长");
            assertThat(orgOf(p)).isEqualTo("城关派出所");
        });
    }

    @Test
    void subdistrictPartyWorkingCommitteeSecretary() {
        Extracted x = Extracted.from("南湖街道党工委书记蒋书宁参加活动。");
        assertThat(x.postsOf("蒋书宁")).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("南湖街道党工委书记");
            assertThat(orgOf(p)).isEqualTo("南湖街道党工委");
        });
    }

    @Test
    void procuratorAndCourtPresident() {
        Extracted x = Extracted.from("省人民检察院检察长邵文博、省高级人民法院院长吕振邦出席会议。");
        assertThat(x.postsOf("邵文博")).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo("检察长");
            assertThat(orgOf(p)).isEqualTo("省人民检察院");
        });
        assertThat(x.postsOf("吕振邦")).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo("院长");
            assertThat(orgOf(p)).isEqualTo("省高级人民法院");
        });
    }

    @Test
    void deputyKeepsItsModifierInTheRole() {
        Extracted x = Extracted.from("市公安局副局长谭国栋陪同调研。");
        assertThat(x.postsOf("谭国栋")).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo("副局长");
            assertThat(orgOf(p)).isEqualTo("市公安局");
        });
    }

    @Test
    void nameBeforeSpeechVerb() {
        Extracted x = Extracted.from("王建华介绍，这项工作已经覆盖全区。");
        assertThat(x.labels(PERSON)).containsExactly("王建华");
        assertThat(x.mention(PERSON, "王建华").orElseThrow().extractor()).isEqualTo("person-speech");
        assertThat(x.posts()).isEmpty();
    }

    @Test
    void laterMentionsOfAKnownNameAreFound() {
        Extracted x = Extracted.from("成华区委书记冯锦程在会上指出，要抓好落实。会后，冯锦程一行走访了企业。");
        assertThat(x.mentions(PERSON)).extracting(Mention::label).containsExactly("冯锦程", "冯锦程");
    }

    @Test
    void laterMentionBeforeASpeechVerbKeepsTheConfirmedConfidence() {
        Extracted x = Extracted.from("成华区委书记冯锦程在会上指出，要抓好落实。冯锦程强调，要守住底线。");
        assertThat(x.mentions(PERSON)).hasSize(2).allSatisfy(m -> assertThat(m.confidence()).isEqualTo(Confidence.PATTERN));
    }

    @Test
    void honorificsAfterASurnameAreReferencesNotFullNames() {
        // 王先生: the surname alone is the mention (as MSRA-style annotation counts it), labelled as written
        Extracted x = Extracted.from("家住城东的王先生说，现在办事方便多了。李女士对服务很满意。");
        assertThat(x.labels(PERSON)).containsExactlyInAnyOrder("王先生", "李女士");
        assertThat(x.mentions(PERSON)).allSatisfy(m -> assertThat(m.surface()).hasSize(1));
    }

    @Test
    void surnameFollowedByARoleWordIsNoFullNameAndHoldsNoPost() {
        // 任 before 主任 is the verb (由…任主任); 张书记 and 高局长 are references by surname, with no post
        Extracted x = Extracted.from("会上，由任主任作报告。张书记要求各部门抓好落实，高局长作表态发言。");
        assertThat(x.labels(PERSON)).containsExactlyInAnyOrder("张书记", "高局长");
        assertThat(x.posts()).isEmpty();
    }

    @Test
    void ordinaryWordsStartingWithASurnameAreNoPeople() {
        Extracted x = Extracted.from("程序公正是司法公正的重要保障。向群众宣传法律知识，方便群众办事，高度重视安全生产。");
        assertThat(x.mentions(PERSON)).isEmpty();
    }

    @Test
    void aTitleWithoutANameGivesNoPerson() {
        Extracted x = Extracted.from("区司法局局长作了工作报告，各派出所所长参加会议。");
        assertThat(x.mentions(PERSON)).isEmpty();
        assertThat(x.posts()).isEmpty();
    }

    @Test
    void titleOrganizationIsAddedAsAnOrganization() {
        Extracted x = Extracted.from("区司法局局长马骁骐介绍了有关情况。");
        assertThat(x.labels(ORGANIZATION)).contains("区司法局");
        assertThat(x.postsOf("马骁骐")).singleElement().satisfies(p -> assertThat(orgOf(p)).isEqualTo("区司法局"));
    }
}
