package govkg.gazetteer;

import govkg.TableCells;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gazetteer name that cuts a word of the segmentation is no place; the segmentation is written by hand
 * ("word/nature" separated by spaces), so these cases do not depend on HanLP. Sentences written for this test.
 */
class WordCutTest {

    private static final PlaceResolver R = new PlaceResolver();

    /** "大病/n 保险/n" → Words over the concatenated text. */
    static Words words(String spec) {
        var b = new ArrayList<Integer>();
        var e = new ArrayList<Integer>();
        var n = new ArrayList<String>();
        int pos = 0;
        for (String t : spec.split(" ")) {
            int slash = t.lastIndexOf('/');
            String w = t.substring(0, slash);
            b.add(pos);
            e.add(pos + w.length());
            n.add(t.substring(slash + 1));
            pos += w.length();
        }
        return Words.of(pos, b.stream().mapToInt(i -> i).toArray(), e.stream().mapToInt(i -> i).toArray(), n.toArray(new String[0]));
    }

    static String text(String spec) {
        var sb = new StringBuilder();
        for (String t : spec.split(" ")) sb.append(t, 0, t.lastIndexOf('/'));
        return sb.toString();
    }

    /** surface=code pairs of the places found, in text order, references left out. */
    static String places(String spec) {
        List<String> out = new ArrayList<>();
        for (PlaceMention m : R.resolve(text(spec), PlaceContext.none(), words(spec))) {
            if (!m.isReference()) out.add(m.surface() + "=" + m.code());
        }
        return TableCells.listedOrNone(out);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // the last character starts the next word: 和|县级 is no 和县, and with 和县 a word it is the county
        "推进/v 大病/n 保险/n 和/c 县级/b 医院/n 改革/vn | none",
        "安徽/ns 和县/ns 的/u 茶园/n | 安徽=34 和县=340523",
        // a function word and an organ word: 和|县委 is no 和县, 兴隆台区|委 is the district
        "加强/v 机关/n 和/c 县委/nis 建设/vn | none",
        "盘锦市/ns 兴隆台/ns 区委/nis 召开/v 会议/n | 盘锦市=2111 兴隆台区=211103",
        // a name that starts inside a word: 威宁县 holds no 宁县; a person's name holds no city
        "贵州/ns 威宁县/ns 的/u 马铃薯/n | 贵州=52 威宁=520526",
        "宁县/ns 的/u 苹果/n 丰收/v | 宁县=621026",
        "委员/n 李长春/nr 出席/v | none",
        "吉林省/ns 长春市/ns 举行/v 活动/vn | 吉林省=22 长春市=2201",
        // a place word joined with a feature: 长白山 is no 长白; 长白县 is
        "吉林/ns 长白山/ns 下/f 雪/n | 吉林=22",
        "吉林/ns 长白县/ns 下/f 雪/n | 吉林=22 长白=220623",
        // a nesting chain confirms names the segmenter cut across
        "内蒙/ns 古巴/nsf 彦/ng 淖尔/nz 的/u 草原/n | 内蒙古=15 巴彦淖尔=1508",
        // HanLP's person guesses that glue a character to a place do not cut it
        "山东/ns 泰安康/nr 平/a 公司/n | 山东=37 泰安=3709",
    })
    void nameMustNotCutAWord(String spec, String expected) {
        assertThat(places(spec)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "北京时间今天上午九点 | none",
        "北京今天上午下雪 | 北京=11",
        "他会说上海话 | none",
        "他在上海工作 | 上海=31",
    })
    void ordinaryWordsFromTheLexiconHoldNoPlace(String text, String expected) {
        var out = new ArrayList<String>();
        for (PlaceMention m : R.resolve(text, PlaceContext.none())) out.add(m.surface() + "=" + m.code());
        assertThat(TableCells.listedOrNone(out)).isEqualTo(expected);
    }
}
