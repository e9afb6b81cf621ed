package govkg.rdf;

import govkg.extract.EntityType;
import govkg.resolve.Entity;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The names the time queries find a post by (gov:postName), from the title as stated and the body's names. */
class PostNamesTest {

    static Entity body(String label, String... aliases) {
        return new Entity(EntityType.ORGANIZATION, "org:" + label, "https://example.org/org", label, Set.of(aliases), Map.of());
    }

    @Test
    void aBareTitleAfterItsBodyIsNamedWithTheBody() {
        assertThat(PostNames.of("部长", "部长", body("中华人民共和国公安部", "公安部")))
                .containsExactlyInAnyOrder("部长", "中华人民共和国公安部部长", "公安部部长");
    }

    @Test
    void theOverlapNeverReachesIntoTheRole() {
        // 公安部 + 部长 shares 部 with the role: the post is 公安部部长, not 公安部长
        assertThat(PostNames.of("部长", "部长", body("公安部"))).contains("公安部部长").doesNotContain("公安部长");
    }

    @Test
    void aTitleHoldingAShortFormOfTheBodyIsNamedAfterEveryForm() {
        // 政法委书记 of 省委政法委: the body's name and the title share 政法委 once
        assertThat(PostNames.of("政法委书记", "书记", body("甘肃省委政法委员会", "省委政法委")))
                .contains("政法委书记", "省委政法委书记", "甘肃省委政法委员会书记")
                .doesNotContain("省委政法委政法委书记", "甘肃省委政法委员会政法委书记");
        assertThat(PostNames.of("国家发展改革委主任", "主任", body("国家发展和改革委员会", "国家发展改革委", "国家发改委")))
                .contains("国家发展和改革委员会主任", "国家发改委主任").doesNotContain("国家发展改革委国家发展改革委主任");
    }

    @Test
    void aPlacesPartyCommitteeIsNamedWithAndWithout中共() {
        assertThat(PostNames.of("省委书记", "书记", body("浙江省委"))).contains("浙江省委书记", "中共浙江省委书记");
        assertThat(PostNames.of("中共浙江省委书记", "书记", body("中共浙江省委"))).contains("浙江省委书记");
        // 中共 goes before a place's party committee only, not before a commission of a government
        assertThat(PostNames.of("主任", "主任", body("国家发改委"))).noneMatch(n -> n.startsWith("中共"));
    }

    @Test
    void aDeputyIsNeverTheChief() {
        assertThat(PostNames.of("副部长", "副部长", body("公安部"))).contains("公安部副部长").doesNotContain("公安部部长");
    }

    @Test
    void aFormerPostIsAlsoNamedWithout原() {
        assertThat(PostNames.of("原浙江省委书记", "原书记", body("中共浙江省委", "浙江省委")))
                .contains("原浙江省委书记", "浙江省委书记", "中共浙江省委书记");
    }

    @Test
    void withoutABodyOnlyTheTitleAsStated() {
        assertThat(PostNames.of("常务副区长", "常务副区长", null)).containsExactly("常务副区长");
    }
}
