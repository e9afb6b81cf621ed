package govkg.extract;

import govkg.TableCells;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places through the whole pipeline (HanLP's words included). Sentences written for this test. */
class PlaceExtractorTest {

    /** label=code of each place mention: adminCode, or countryCode prefixed with "iso:". */
    private static String places(String text) {
        List<String> out = new ArrayList<>();
        for (Mention m : Extracted.from(text).mentions(EntityType.PLACE)) {
            String code = m.attr("adminCode") != null ? m.attr("adminCode") : m.attr("countryCode") != null ? "iso:" + m.attr("countryCode") : "-";
            String s = m.label() + "=" + code;
            if (!out.contains(s)) out.add(s);
        }
        return TableCells.listedOrNone(out);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "北京时间今天上午，会议在山东省济南市开幕。 | 山东省=37 济南市=3701",
        "会议要求推进大病保险和县级医院改革。 | none",
        "美国和德国的代表团抵达柏林。 | 美国=iso:US 德国=iso:DE 柏林=iso:DE",
        "中国代表团出席了会议。 | none",
        // 中 and a country's first character before a word of relations are two countries, not the city of that short form
        "双方表示，巴中友谊牢不可破。 | none",
        "四川巴中市推进乡村振兴。 | 四川省=51 巴中市=5119",
        "安徽省凤阳县小溪河镇小岗村的村民在田间劳作。 | 安徽省=34 凤阳县=341126 小溪河镇=341126112 小岗村=341126112206",
    })
    void placesOfASentence(String text, String expected) {
        assertThat(places(text)).isEqualTo(expected);
    }
}
