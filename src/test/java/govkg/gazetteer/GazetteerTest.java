package govkg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.get();

    private static List<String> codes(List<Division> ds) {
        return ds.stream().map(Division::code).toList();
    }

    @Test
    void loadsAllLevelsWithNormalizedCodes() {
        assertThat(g.byCode("32")).get().extracting(Division::name).isEqualTo("江苏省");
        assertThat(g.byCode("3201")).get().extracting(Division::level).isEqualTo(AdminLevel.CITY);
        assertThat(g.byCode("320105")).get().extracting(Division::name).isEqualTo("建邺区");
        assertThat(g.byCode("320105007")).get().extracting(Division::name).isEqualTo("南苑街道");
        assertThat(g.byCode("320105007012")).get().extracting(Division::name).isEqualTo("庐山社区居委会");
        assertThat(g.byCode("81")).get().extracting(Division::name).isEqualTo("香港特别行政区");
        assertThat(g.byCode("999")).isEmpty();
        assertThat(g.all().filter(d -> d.level() == AdminLevel.PROVINCE).count()).isEqualTo(34);
        assertThat(g.all().filter(d -> d.level() == AdminLevel.TOWNSHIP).count()).isEqualTo(41_352);
    }

    @Test
    void allIsInCodeOrderWithParentsFirst() {
        var seen = new java.util.HashSet<String>();
        g.all().limit(5_000).forEach(d -> {
            if (d.parentCode() != null) assertThat(seen).contains(d.parentCode());
            seen.add(d.code());
        });
    }

    @Test
    void ancestorsParentFirstUpToProvince() {
        assertThat(codes(g.ancestors("320105007012"))).containsExactly("320105007", "320105", "3201", "32");
        assertThat(g.ancestors("32")).isEmpty();
    }

    @Test
    void childrenAreDirectOnly() {
        assertThat(codes(g.children("3201"))).contains("320105", "320106").allMatch(c -> c.length() == 6);
        assertThat(codes(g.children("320105007"))).contains("320105007012");
        assertThat(g.children("320105007012")).isEmpty();
    }

    @Test
    void byNameKnowsFullAliasAndShortForms() {
        assertThat(codes(g.byName("南京"))).containsExactly("3201");
        assertThat(codes(g.byName("南京市"))).containsExactly("3201");
        assertThat(codes(g.byName("西藏"))).containsExactly("54");
        assertThat(codes(g.byName("新疆"))).containsExactly("65");
        assertThat(codes(g.byName("内蒙古"))).containsExactly("15");
        assertThat(codes(g.byName("广西"))).containsExactly("45");
        assertThat(codes(g.byName("宁夏"))).containsExactly("64");
        assertThat(codes(g.byName("建邺"))).containsExactly("320105");
        assertThat(codes(g.byName("庐山社区"))).contains("320105007012");
        assertThat(codes(g.byName("庐山社区居委会"))).contains("320105007012");
        assertThat(codes(g.byName("南苑街道办事处"))).contains("320105007");
        assertThat(codes(g.byName("朝阳区"))).contains("110105", "220104");
        assertThat(g.byName("市辖区")).isEmpty();
    }

    @Test
    void shortForms() {
        assertThat(Division.of("65", "新疆维吾尔自治区").shortForms()).containsExactly("新疆");
        assertThat(Division.of("2224", "延边朝鲜族自治州").shortForms()).containsExactly("延边");
        assertThat(Division.of("5226", "黔东南苗族侗族自治州").shortForms()).containsExactly("黔东南");
        assertThat(Division.of("6528", "巴音郭楞蒙古自治州").shortForms()).containsExactly("巴音郭楞");
        assertThat(Division.of("320322", "沛县").shortForms()).isEmpty();
        assertThat(Division.of("120116", "滨海新区").shortForms()).isEmpty();
        assertThat(Division.of("320105007", "南苑街道").aliases()).contains("南苑街道办事处");
        assertThat(Division.of("320105007012", "庐山社区居委会").aliases()).contains("庐山社区");
    }

    @Test
    void savedAutomatonIsTheOneTheRulesBuild() {
        Gazetteer rebuilt = Gazetteer.load(false);
        assertThat(g.nameAutomaton().sameAs(rebuilt.nameAutomaton())).isTrue();
    }
}
