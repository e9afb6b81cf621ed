package govkg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests; none is taken from a published report. */
class PlaceResolverTest {

    private final PlaceResolver r = new PlaceResolver();

    private List<PlaceMention> places(String text) {
        return r.resolve(text, PlaceContext.none());
    }

    private static PlaceMention at(List<PlaceMention> ms, String surface) {
        return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + surface + " in " + ms));
    }

    @Test
    void fullChainResolvesEveryLevel() {
        String text = "昨天，江苏省南京市建邺区南苑街道庐山社区组织居民议事。";
        var ms = places(text);
        assertThat(ms).extracting(PlaceMention::surface).containsExactly("江苏省", "南京市", "建邺区", "南苑街道", "庐山社区");
        assertThat(ms).extracting(PlaceMention::code).containsExactly("32", "3201", "320105", "320105007", "320105007012");
        assertThat(ms).allMatch(m -> m.confidence() >= 0.9);
        PlaceMention village = at(ms, "庐山社区");
        assertThat(text.substring(village.begin(), village.end())).isEqualTo("庐山社区");
    }

    @Test
    void chainWithLongFormsOfTownshipAndCommunity() {
        var ms = places("建邺区南苑街道办事处庐山社区居委会发出通知");
        assertThat(ms).extracting(PlaceMention::code).containsExactly("320105", "320105007", "320105007012");
        assertThat(at(ms, "庐山社区居委会").resolved()).isTrue();
    }

    @Test
    void shortFormsStandAlone() {
        var ms = places("代表们从南京出发，经过建邺，前往西藏和新疆。");
        assertThat(ms).extracting(PlaceMention::surface, PlaceMention::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("南京", "3201"), org.assertj.core.groups.Tuple.tuple("建邺", "320105"),
                org.assertj.core.groups.Tuple.tuple("西藏", "54"), org.assertj.core.groups.Tuple.tuple("新疆", "65"));
        assertThat(at(ms, "南京").confidence()).isBetween(0.75, 0.95);
    }

    @Test
    void ambiguityDecidedByParentJustBefore() {
        var ms = places("会议由北京市朝阳区承办，长春市朝阳区派人参加。");
        assertThat(ms.stream().filter(m -> m.surface().equals("朝阳区")).map(PlaceMention::code))
                .containsExactly("110105", "220104");
        assertThat(places("北京朝阳的志愿者很活跃").stream().map(PlaceMention::code)).containsExactly("11", "110105");
    }

    @Test
    void ambiguityDecidedByOrganizationName() {
        var ms = places("济南市公安局市中分局通报了一起诈骗案。");
        PlaceMention shizhong = at(ms, "市中");
        assertThat(shizhong.code()).isEqualTo("370103");
        assertThat(shizhong.evidence()).isEqualTo("organization");
        assertThat(shizhong.confidence()).isBetween(0.75, 0.9);
    }

    @Test
    void ambiguityDecidedByDateline() {
        var ms = r.resolve("朝阳区启动了垃圾分类宣传周。", PlaceContext.dateline("长春"));
        assertThat(at(ms, "朝阳区").code()).isEqualTo("220104");
        assertThat(at(ms, "朝阳区").evidence()).isEqualTo("dateline");
        var ms2 = r.resolve("鼓楼区举行了消防演练。", PlaceContext.dateline("福州市"));
        assertThat(at(ms2, "鼓楼区").code()).isEqualTo("350102");
    }

    @Test
    void ambiguityDecidedByOtherPlacesInText() {
        var ms = places("鼓楼区的做法得到了徐州市的肯定。");
        assertThat(at(ms, "鼓楼区").code()).isEqualTo("320302");
        assertThat(at(ms, "鼓楼区").evidence()).isEqualTo("text-places");
        var ms2 = places("南苑街道举办了一场招聘会，南京市建邺区人社局到场指导。");
        assertThat(at(ms2, "南苑街道").code()).isEqualTo("320105007");
    }

    @Test
    void ambiguityDecidedByTheChildNamedAfter() {
        var ms = places("南苑街道庐山社区的老人们排练了合唱。");
        assertThat(at(ms, "南苑街道").code()).isEqualTo("320105007");
        assertThat(at(ms, "庐山社区").code()).isEqualTo("320105007012");
    }

    @Test
    void ambiguityDecidedByKnownPlacesOfTheArticle() {
        var ctx = PlaceContext.none().withKnownPlaces(List.of("福州"));
        assertThat(at(r.resolve("鼓楼区举行了消防演练。", ctx), "鼓楼区").code()).isEqualTo("350102");
    }

    @Test
    void ambiguousCountyDecidedByTheTownshipAfterIt() {
        var ms = r.resolve("鼓楼区宁海路街道组织了一次反诈宣传。", PlaceContext.none().withoutTextPlaces());
        assertThat(ms).extracting(PlaceMention::code).containsExactly("320106", "320106001");
        assertThat(at(ms, "鼓楼区").evidence()).isEqualTo("child");
    }

    @Test
    void countyShortFormNeedsAPlaceAround() {
        assertThat(places("建邺的居民积极参与。")).isEmpty();
        assertThat(r.resolve("建邺的居民积极参与。", PlaceContext.dateline("南京")))
                .extracting(PlaceMention::code).containsExactly("320105");
        assertThat(places("张德江主持会议，强调要维护人民权益，加强党和政府的领导。")).isEmpty();
        assertThat(places("重庆市渝北区公安分局破获一起案件")).extracting(PlaceMention::code).containsExactly("50", "500112");
    }

    @Test
    void undecidedAmbiguityIsNotGuessed() {
        var ms = places("鼓楼区召开了安全生产会议。");
        PlaceMention m = at(ms, "鼓楼区");
        assertThat(m.division()).isNull();
        assertThat(m.confidence()).isLessThanOrEqualTo(0.3);
        assertThat(m.candidates()).extracting(Division::code).contains("320106", "350102");
        assertThat(r.resolve("市中区召开会议。", PlaceContext.none()).get(0).resolved()).isFalse();
    }

    @Test
    void provinceShortFormOutranksCitiesSharingIt() {
        assertThat(at(places("吉林的冬天来得早。"), "吉林").code()).isEqualTo("22");
        assertThat(at(places("吉林省吉林市开展了检查。"), "吉林市").code()).isEqualTo("2202");
        assertThat(at(places("安徽黄山的游客明显增多。"), "黄山").code()).isEqualTo("3410");
    }

    @Test
    void communityOnItsOwnNeedsContext() {
        assertThat(r.resolve("庐山社区新建了一座养老驿站。", PlaceContext.dateline("南京")))
                .extracting(PlaceMention::code).containsExactly("320105007012");
        assertThat(places("庐山社区新建了一座养老驿站。")).isEmpty();
    }

    @Test
    void noPlacesInOrdinaryWords() {
        assertThat(places("市中心的商场周末人流量很大。")).isEmpty();
        assertThat(places("在济南，市中心的商场周末人流量很大。")).extracting(PlaceMention::surface).containsExactly("济南");
        assertThat(places("群众安居乐业，社会长治久安，平安建设取得新成效，前景一片光明，广大同志要深入学习重大理论成果。")).isEmpty();
        assertThat(places("东方红，太阳升，朝阳照在鼓楼上。")).isEmpty();
        assertThat(places("全国各地的中国游客都去了市场，安全区域划定了。")).isEmpty();
        assertThat(places("他沿着南京路走到中山东路。")).isEmpty();
        assertThat(places("游客在鄱阳湖边看候鸟，大厅铺着大理石。")).isEmpty();
        assertThat(places("河南湖北两省的代表")).extracting(PlaceMention::code).containsExactly("41", "42");
    }

    @Test
    void referencesGoToTheMainPlaceOfThatLevel() {
        var ms = places("南京市建邺区召开动员会，全区各街道参加；该市要求本市各区一同推进。");
        PlaceMention quan = at(ms, "全区");
        assertThat(quan.code()).isEqualTo("320105");
        assertThat(quan.evidence()).isEqualTo("reference");
        assertThat(quan.confidence()).isEqualTo(0.6);
        assertThat(at(ms, "该市").code()).isEqualTo("3201");
        assertThat(at(ms, "本市").code()).isEqualTo("3201");
    }

    @Test
    void referenceRightAfterAPlaceIsThatPlace() {
        var ms = places("黑龙江、吉林和黑龙江北部降雪，山东全省开展防寒检查。");
        assertThat(at(ms, "全省").code()).isEqualTo("37");
        assertThat(at(ms, "全省").confidence()).isGreaterThan(0.6);
    }

    @Test
    void provinceShortFormBeatsSameNamedDistrictFromTextPlaces() {
        var ms = places("天津市和河北两地联合开展执法。");
        assertThat(at(ms, "河北").code()).isEqualTo("13");
    }

    @Test
    void autonomousRegionReferenceUsesDateline() {
        var ms = r.resolve("自治区党委召开会议，要求全区上下抓好落实。", PlaceContext.dateline("拉萨"));
        assertThat(at(ms, "自治区").code()).isEqualTo("54");
        assertThat(at(ms, "全区").code()).isEqualTo("54");
    }

    @Test
    void referenceWithoutMainPlaceStaysUnresolved() {
        PlaceMention m = at(places("全省上下要抓好落实。"), "全省");
        assertThat(m.division()).isNull();
        assertThat(m.confidence()).isLessThanOrEqualTo(0.3);
    }

    @Test
    void jurisdictionFromOrganizationNames() {
        assertThat(code(r.jurisdiction("泉州市公安局", PlaceContext.none()))).isEqualTo("3505");
        assertThat(code(r.jurisdiction("成华区政务服务中心", PlaceContext.none()))).isEqualTo("510108");
        assertThat(code(r.jurisdiction("济南市公安局市中分局", PlaceContext.none()))).isEqualTo("370103");
        assertThat(code(r.jurisdiction("北京市朝阳区人民法院", PlaceContext.none()))).isEqualTo("110105");
        assertThat(code(r.jurisdiction("鼓楼区人民政府", PlaceContext.dateline("南京")))).isEqualTo("320106");
        assertThat(r.jurisdiction("鼓楼区人民政府", PlaceContext.none())).isEmpty();
        assertThat(r.jurisdiction("国家统计局", PlaceContext.none())).isEmpty();
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "据悉，宁夏回族自治区和广西壮族自治区的代表也到会。";
        for (PlaceMention m : places(text)) {
            assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.surface());
        }
        assertThat(places(text)).extracting(PlaceMention::code).containsExactly("64", "45");
    }

    @Test
    void emptyAndPlacelessTexts() {
        assertThat(places("")).isEmpty();
        assertThat(places("abc 123，。")).isEmpty();
    }

    @Test
    void resolvesTheSameFromManyThreads() {
        String text = "江苏省南京市建邺区南苑街道庐山社区和济南市公安局市中分局联合开展宣传，全区居民参与。";
        List<PlaceMention> once = places(text);
        List<List<PlaceMention>> many = java.util.stream.IntStream.range(0, 64).parallel()
                .mapToObj(i -> places(text)).toList();
        assertThat(many).allMatch(once::equals);
    }

    private static String code(Optional<Division> d) {
        return d.map(Division::code).orElse(null);
    }
}
