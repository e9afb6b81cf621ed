package govkg.resolve;

import govkg.extract.EntityType;
import govkg.extract.ExtractionPipeline;
import govkg.extract.Fact;
import govkg.lexicon.Lexicons;
import govkg.extract.Mention;
import govkg.ingest.Article;
import govkg.ingest.SourceText;
import govkg.ingest.PageSplitter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleResolverTest {
    static final ExtractionPipeline PIPELINE = ExtractionPipeline.standard(Lexicons.builtIn());
    static final ArticleResolver RESOLVER = new ArticleResolver(new IriMinter(IriMinter.DEFAULT_BASE));

    static ResolvedArticle resolve(String id, String text) {
        Article a = PageSplitter.split(new SourceText(id, null, text, StandardCharsets.UTF_8, "0"), Optional.of(LocalDate.of(2023, 3, 27))).get(0);
        List<Fact> facts = PIPELINE.extract(a);
        return RESOLVER.resolve(a, facts);
    }

    static List<Entity> entities(ResolvedArticle r, EntityType type) {
        return r.facts().stream().filter(f -> f instanceof Mention m && m.type() == type)
                .map(f -> r.entity((Mention) f)).distinct().toList();
    }

    static Entity entity(ResolvedArticle r, EntityType type, String label) {
        return entities(r, type).stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + label + " in " + entities(r, type)));
    }

    static final String BUREAU = "兰州市公安局局长李明轩主持会议。会上，李明轩通报了近期治安形势。会后，李明轩一行走访了派出所。";

    @Test
    void aBodyNamedWithItsTermIsLabelledByItsPermanentName() {
        ResolvedArticle r = resolve("a.txt", "第十八届中共中央政治局委员、上海市委书记王立诚出席会议。");
        Entity politburo = entities(r, EntityType.ORGANIZATION).stream().filter(e -> e.key().contains("政治局")).findFirst().orElseThrow();
        assertThat(politburo.label()).isEqualTo("中共中央政治局");
        assertThat(politburo.aliases()).contains("第十八届中共中央政治局");
    }

    @Test
    void anEventKeepsItsTermInItsLabel() {
        ResolvedArticle r = resolve("a.txt", "第十八届中央委员会第三次全体会议在京举行。");
        assertThat(entities(r, EntityType.EVENT)).extracting(Entity::label).anyMatch(l -> l.startsWith("第十八届"));
    }

    @Test
    void aNationalOfficeStatedAloneOrAPostInACentralBodyPlacesItsHolderInTheCountry() {
        ResolvedArticle r = resolve("a.txt", "国务委员赵文山在福州调研。");
        assertThat(entity(r, EntityType.PERSON, "赵文山").key()).isEqualTo("赵文山|CN");
        ResolvedArticle body = resolve("b.txt", "生态环境部部长钱云峰在福州调研。");
        assertThat(entity(body, EntityType.PERSON, "钱云峰").key()).isEqualTo("钱云峰|CN");
    }

    @Test
    void aPostInAnInternationalBodyOrALocalOfficeIsNoNationalOffice() {
        ResolvedArticle r = resolve("a.txt", "联合国秘书长古特雷斯在福州会见客人。");
        assertThat(entities(r, EntityType.PERSON)).extracting(Entity::key).isNotEmpty().noneMatch(k -> k.endsWith("|CN"));
        ResolvedArticle local = resolve("b.txt", "市委书记孙立平在福州调研。");
        assertThat(entities(local, EntityType.PERSON)).extracting(Entity::key).isNotEmpty().noneMatch(k -> k.endsWith("|CN"));
    }

    @Test
    void repeatedNameIsOneEntity() {
        ResolvedArticle r = resolve("a.txt", BUREAU);
        List<Mention> people = r.facts().stream().filter(f -> f instanceof Mention m && m.type() == EntityType.PERSON).map(f -> (Mention) f).toList();
        assertThat(people).hasSizeGreaterThanOrEqualTo(3);
        assertThat(people.stream().map(r::entity).collect(Collectors.toSet())).hasSize(1);
    }

    @Test
    void differentNamesAreDifferentEntities() {
        ResolvedArticle r = resolve("a.txt", "兰州市公安局局长李明轩、副局长钟文涛出席会议。");
        assertThat(entities(r, EntityType.PERSON)).extracting(Entity::label).containsExactlyInAnyOrder("李明轩", "钟文涛");
        assertThat(entities(r, EntityType.PERSON)).extracting(Entity::iri).doesNotHaveDuplicates();
    }

    @Test
    void headlineAndBodyNamesOfOneMeetingAreOneEvent() {
        ResolvedArticle r = resolve("a.txt", "兰州新区召开矛盾纠纷化解推进会\n本报讯 记者 孙雨桐\n4月11日，兰州新区召开矛盾纠纷多元化解工作推进会，部署下一阶段工作。\n");
        List<Entity> events = entities(r, EntityType.EVENT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).label()).isEqualTo("矛盾纠纷多元化解工作推进会");
        assertThat(events.get(0).aliases()).contains("矛盾纠纷化解推进会");
    }

    @Test
    void meetingsOfDifferentKindsStayApart() {
        ResolvedArticle r = resolve("a.txt", "白银市召开平安建设推进会。会后，白银市司法局召开人民调解工作座谈会。");
        assertThat(entities(r, EntityType.EVENT)).hasSize(2);
    }

    @Test
    void shorterCampaignNameMergesWithItsLongerForm() {
        ResolvedArticle r = resolve("a.txt", "全市开展道路交通安全和运输执法领域突出问题专项整治。各区县扎实推进运输执法领域突出问题专项整治。");
        List<Entity> programs = entities(r, EntityType.PROGRAM);
        assertThat(programs).hasSize(1);
        assertThat(programs.get(0).label()).isEqualTo("道路交通安全和运输执法领域突出问题专项整治");
        assertThat(programs.get(0).aliases()).contains("运输执法领域突出问题专项整治");
    }

    @Test
    void subInitiativeStaysApartFromItsNationalProgram() {
        ResolvedArticle r = resolve("a.txt", "省公安厅深化公安交管放管服改革。全省持续推进放管服改革。");
        assertThat(entities(r, EntityType.PROGRAM)).extracting(Entity::label)
                .containsExactlyInAnyOrder("公安交管放管服改革", "放管服改革");
    }

    @Test
    void quotedSubInitiativeIsNotLabelledAsItsParent() {
        ResolvedArticle r = resolve("a.txt", "各地推进“一带一路”科技创新行动。一带一路建设成效显著。");
        assertThat(entities(r, EntityType.PROGRAM)).extracting(Entity::label)
                .containsExactlyInAnyOrder("一带一路科技创新行动", "一带一路");
    }

    @Test
    void unrelatedProgramsStayApart() {
        ResolvedArticle r = resolve("a.txt", "浙江持续推行一网通办，实施“智慧网格”工程。");
        assertThat(entities(r, EntityType.PROGRAM)).hasSize(2);
    }

    @Test
    void abbreviatedAndFullOrganizationNamesAreOneEntity() {
        ResolvedArticle r = resolve("a.txt", "甘肃省委政法委员会召开会议。甘肃省委政法委印发通知。");
        List<Entity> orgs = entities(r, EntityType.ORGANIZATION);
        assertThat(orgs).extracting(Entity::label).containsExactly("甘肃省委政法委员会");
    }

    @Test
    void namesakesInDifferentProvincesStayApart() {
        ResolvedArticle gansu = resolve("gansu.txt", "兰州市公安局局长李明轩主持会议。");
        ResolvedArticle zhejiang = resolve("zhejiang.txt", "杭州市公安局局长李明轩主持会议。");
        Entity a = entity(gansu, EntityType.PERSON, "李明轩");
        Entity b = entity(zhejiang, EntityType.PERSON, "李明轩");
        assertThat(a.iri()).isNotEqualTo(b.iri());
    }

    @Test
    void namesakesInOneProvinceAreOnePerson() {
        Entity a = entity(resolve("a.txt", "兰州市公安局局长李明轩主持会议。"), EntityType.PERSON, "李明轩");
        Entity b = entity(resolve("b.txt", "天水市召开会议，兰州市公安局局长李明轩出席。"), EntityType.PERSON, "李明轩");
        assertThat(a.iri()).isEqualTo(b.iri());
    }

    @Test
    void bylineJournalistIsKeptApartFromANamesakeInTheNews() {
        ResolvedArticle r = resolve("a.txt", "兰州加强节日安保\n本报讯 记者 李明轩\n近日，兰州市公安局局长李明轩主持召开会议。\n");
        assertThat(entities(r, EntityType.PERSON)).filteredOn(e -> e.label().equals("李明轩")).hasSize(2);
    }

    @Test
    void placesUseTheirDivisionCode() {
        Entity lanzhou = entity(resolve("a.txt", BUREAU), EntityType.PLACE, "兰州市");
        assertThat(lanzhou.iri()).isEqualTo(IriMinter.DEFAULT_BASE + "place/6201");
    }

    @Test
    void irisAreStable() {
        ResolvedArticle first = resolve("a.txt", BUREAU);
        ResolvedArticle second = resolve("a.txt", BUREAU);
        assertThat(first.reportIri()).isEqualTo(second.reportIri());
        Set<String> iris1 = first.facts().stream().filter(f -> f instanceof Mention).map(f -> first.entity((Mention) f).iri()).collect(Collectors.toSet());
        Set<String> iris2 = second.facts().stream().filter(f -> f instanceof Mention).map(f -> second.entity((Mention) f).iri()).collect(Collectors.toSet());
        assertThat(iris1).isNotEmpty().isEqualTo(iris2);
    }

    @Test
    void irisDoNotDependOnTheSourceButReportsDo() {
        ResolvedArticle a = resolve("a.txt", BUREAU);
        ResolvedArticle b = resolve("b.txt", BUREAU);
        assertThat(entity(a, EntityType.PERSON, "李明轩").iri()).isEqualTo(entity(b, EntityType.PERSON, "李明轩").iri());
        assertThat(a.reportIri()).isNotEqualTo(b.reportIri());
    }

    @Test
    void iriMinterIsDeterministic() {
        IriMinter m = new IriMinter("http://example.org/kg");
        assertThat(m.base()).isEqualTo("http://example.org/kg/");
        assertThat(m.entity(EntityType.PERSON, "k")).isEqualTo(m.entity(EntityType.PERSON, "k")).startsWith("http://example.org/kg/person/");
        assertThat(m.entity(EntityType.PERSON, "k")).isNotEqualTo(m.entity(EntityType.PERSON, "k2"));
        assertThat(IriMinter.hash("李明轩")).hasSize(12).matches("[0-9a-f]+");
    }

    static List<govkg.extract.PostHolding> posts(ResolvedArticle r) {
        return r.facts().stream().filter(f -> f instanceof govkg.extract.PostHolding).map(f -> (govkg.extract.PostHolding) f).toList();
    }

    @Test
    void thisBureauIsTheNearestBureauBefore() {
        ResolvedArticle r = resolve("a.txt", "近日，甘肃省临夏市公安局召开社区警务工作会议。该局局长马承宇在会上要求，各派出所要把警力沉到社区。");
        var post = posts(r).stream().filter(p -> p.person().label().equals("马承宇")).findFirst().orElseThrow();
        assertThat(post.organization()).isPresent();
        assertThat(r.entity(post.organization().get()).label()).isEqualTo("甘肃省临夏市公安局");
        assertThat(post.title()).isEqualTo("甘肃省临夏市公安局局长");
        assertThat(entity(r, EntityType.ORGANIZATION, "甘肃省临夏市公安局").aliases()).doesNotContain("该局");
    }

    @Test
    void aShortenedTitleOfTheSameHolderIsTheFullerPostAndABareTitleIsItsHolder() {
        ResolvedArticle r = resolve("a.txt", "东乡县委书记韩志平出席会议。会后，县委书记韩志平走访了锁南镇。县委书记表示，将持续推进平安建设。");
        assertThat(posts(r)).extracting(govkg.extract.PostHolding::title).containsOnly("东乡县委书记");
        Entity han = entity(r, EntityType.PERSON, "韩志平");
        List<Mention> bare = r.facts().stream().filter(f -> f instanceof Mention m && m.surface().equals("县委书记")).map(f -> (Mention) f).toList();
        assertThat(bare).hasSize(1);
        assertThat(r.entity(bare.get(0))).isEqualTo(han);
    }

    @Test
    void aBareTitleHeldByTwoPeopleRefersToNobody() {
        ResolvedArticle r = resolve("a.txt", "兰州市城关区区委书记韩志平、兰州市七里河区区委书记邵景川出席会议。区委书记表示，将持续推进平安建设。");
        assertThat(r.facts()).noneMatch(f -> f instanceof Mention m && m.extractor().equals("back-reference"));
    }

    @Test
    void anOrganizationWithAndWithoutItsProvinceIsOneEntity() {
        ResolvedArticle r = resolve("a.txt", "甘肃省临夏市公安局召开会议。临夏市公安局副局长韩志平出席。");
        assertThat(entities(r, EntityType.ORGANIZATION)).extracting(Entity::label).containsExactly("甘肃省临夏市公安局");
        assertThat(entities(r, EntityType.ORGANIZATION).get(0).key()).isEqualTo("org:622901|公安局");
    }

    @Test
    void namesakeOrganizationsOfTwoCitiesStayApart() {
        Entity fuzhou = entity(resolve("a.txt", "福州市鼓楼区召开会议，鼓楼区委政法委员会通报情况。"), EntityType.ORGANIZATION, "鼓楼区委政法委员会");
        Entity kaifeng = entity(resolve("b.txt", "开封市鼓楼区召开会议，鼓楼区委政法委员会通报情况。"), EntityType.ORGANIZATION, "鼓楼区委政法委员会");
        assertThat(fuzhou.iri()).isNotEqualTo(kaifeng.iri());
    }

    @Test
    void fullestNameIsLongestThenFirstInCodePointOrder() {
        assertThat(FullestName.of(List.of("省委政法委", "甘肃省委政法委员会", "政法委"))).isEqualTo("甘肃省委政法委员会");
        assertThat(FullestName.of(List.of("乙乙", "甲甲"))).isEqualTo(FullestName.of(List.of("甲甲", "乙乙")));
    }

    @Test
    void formsOfOneBodyWithAndWithoutProvinceAndRenminAreOneEntity() {
        ResolvedArticle r = resolve("a.txt", "福建省泉州市人民检察院通报案情。泉州市检察院表示，将依法办理。");
        assertThat(entities(r, EntityType.ORGANIZATION)).hasSize(1);
    }

    @Test
    void partyCommitteeWithTermNumberIsTheCommittee() {
        ResolvedArticle r = resolve("a.txt", "中国共产党绍兴市越城区第九届委员会第三次全体会议召开。越城区委书记张明远作报告。");
        assertThat(entities(r, EntityType.ORGANIZATION)).extracting(Entity::label).containsOnlyOnce("中国共产党绍兴市越城区委员会")
                .noneMatch(l -> l.equals("越城区委"));
    }
}
