package govkg.gazetteer;

import govkg.TableCells;
import static org.assertj.core.api.Assertions.assertThat;

import govkg.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References (全省, 本市) decided by their paragraph, villages decided by their county or township, and
 * places abroad. Sentences written for this test; "\n" in a case is a paragraph break.
 */
class PlacesInContextTest {

    private static final PlaceResolver R = new PlaceResolver();
    private static final WorldPlaces WORLD = new WorldPlaces(Lexicons.builtIn());

    private static List<PlaceMention> resolve(String text) {
        return R.resolve(text.replace("\\n", "\n"), PlaceContext.none());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // the paragraph's province, not the article's most frequent one
        "江苏省举办展会，江苏省多家企业参展，江苏省商务厅主办。\\n山东省召开会议，全省各地积极响应。 | 37",
        // a paragraph without a province: the article's main province when it clearly leads
        "江苏省举办展会，江苏省多家企业参展，江苏省商务厅主办。\\n全省各地积极响应。 | 32",
        // two provinces equally named, the paragraph naming none: unresolved
        "江苏省举办展会。\\n山东省也举办展会。\\n全省各地积极响应。 | none",
        // two provinces in the reference's paragraph, one named more
        "山东省和江苏省召开会议，山东省代表发言，全省将继续推进。 | 37",
    })
    void referenceFromItsParagraph(String text, String code) {
        PlaceMention ref = resolve(text).stream().filter(m -> m.surface().equals("全省")).findFirst().orElseThrow();
        assertThat(ref.resolved() ? ref.code() : "none").isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // the full chain
        "安徽省凤阳县小溪河镇小岗村的村民在田间劳作。 | 小岗村=341126112206",
        // right after its county
        "凤阳县小岗村村委会组织了培训。 | 小岗村=341126112206",
        // on its own, the county named elsewhere in the text
        "凤阳县发展特色农业。小岗村的村民种植葡萄。 | 小岗村=341126112206",
        // on its own without its county or township: eighteen villages share the name
        "小岗村的村民种植葡萄。 | none",
        // the province alone does not decide (three in Anhui)
        "安徽小岗村的村民种植葡萄。 | none",
    })
    void villagesOnlyWithTheirCountyOrTownship(String text, String expected) {
        List<String> out = new ArrayList<>();
        for (PlaceMention m : resolve(text)) {
            if (m.resolved() && m.division().level() == AdminLevel.VILLAGE) out.add(m.surface() + "=" + m.code());
        }
        assertThat(TableCells.listedOrNone(out)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // a township's short form right after its county or city
        "湖南浏阳文家市的群众 | 文家市=430181112",
        "江西吉安东固的山区 | 东固=360803201",
        // not on its own, and not after another county
        "文家市的群众 | none",
        "湖南平江文家市的群众 | none",
        // a weak name (an ordinary word) listed among counties of the same province
        "重庆的长寿、云阳等地 | 长寿=500115",
        "祝老人健康长寿、幸福安康 | none",
    })
    void townshipShortFormsAndListedCounties(String text, String expected) {
        List<String> out = new ArrayList<>();
        for (PlaceMention m : resolve(text)) {
            if (m.resolved() && (m.evidence().equals("list") || m.division().level() == AdminLevel.TOWNSHIP)) {
                out.add(m.surface() + "=" + m.code());
            }
        }
        assertThat(TableCells.listedOrNone(out)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "美国和德国的代表来到柏林。 | 美国=US 德国=DE 柏林=DE+",
        "双方在华盛顿举行会谈。 | 华盛顿=US+",
        "罗马尼亚总统访华。 | 罗马尼亚=RO",
        "美利坚合众国驻华大使 | 美国=US",
        "中国代表团出席会议。 | none",
    })
    void countriesAndCitiesAbroad(String text, String expected) {
        List<String> out = new ArrayList<>();
        for (WorldPlaces.Found f : WORLD.find(text, Words.NONE, R.resolve(text, PlaceContext.none()))) {
            out.add(f.name() + "=" + f.countryCode() + (f.city() ? "+" : ""));
        }
        assertThat(TableCells.listedOrNone(out)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // inside a Chinese place name
        "内蒙古巴彦淖尔的草原 | none",
        // cutting a word: 增加|纳税 holds no 加纳
        "增加/v 纳税/vn 人数/n | none",
        "加纳/nsf 总统/n 访华/v | 加纳=GH",
    })
    void noPlaceAbroadInsideAnotherPlaceOrWord(String spec, String expected) {
        Words w = spec.contains("/") ? WordCutTest.words(spec) : Words.NONE;
        String text = spec.contains("/") ? WordCutTest.text(spec) : spec;
        List<String> out = new ArrayList<>();
        for (WorldPlaces.Found f : WORLD.find(text, w, R.resolve(text, PlaceContext.none(), w))) out.add(f.name() + "=" + f.countryCode());
        assertThat(TableCells.listedOrNone(out)).isEqualTo(expected);
    }
}
