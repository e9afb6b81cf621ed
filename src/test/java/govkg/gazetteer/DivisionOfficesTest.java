package govkg.gazetteer;

import govkg.lexicon.Lexicons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** division-offices.txt: an office's name folds to its division's, a division lists its offices, a text's office joins the name. */
class DivisionOfficesTest {
    private static final DivisionOffices OFFICES = new DivisionOffices(Lexicons.builtIn());

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource({
            "王庄村民委员会, VILLAGE, 王庄村",
            "王庄村委会, VILLAGE, 王庄村",
            "庐山社区居委会, VILLAGE, 庐山社区",
            "东街居民委员会, VILLAGE, 东街社区",
            "南苑街道办事处, TOWNSHIP, 南苑街道",
            "南苑街道办, TOWNSHIP, 南苑街道",
            // no office, or an office of another level: unchanged
            "王庄村, VILLAGE, 王庄村",
            "南苑街道办事处, VILLAGE, 南苑街道办事处",
            "王庄村委会, TOWNSHIP, 王庄村委会",
            // the office alone names no division
            "村委会, VILLAGE, 村委会",
    })
    void anOfficeFoldsToItsDivision(String name, AdminLevel level, String folded) {
        assertEquals(folded, OFFICES.fold(name, level));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "小岗村 | VILLAGE | 小岗村委会,小岗村民委员会",
            "庐山社区 | VILLAGE | 庐山社区居委会,庐山社区居民委员会",
            "南苑街道 | TOWNSHIP | 南苑街道办,南苑街道办事处",
            "文家市镇 | TOWNSHIP | ",
    })
    void aDivisionListsTheOfficesThatStartWithItsUnit(String name, AdminLevel level, String offices) {
        assertEquals(offices == null ? List.of() : List.of(offices.split(",")), OFFICES.officeNames(name, level));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // text | where the village's name ends | its unit | the mention's end
            "小岗村村委会召开会议 | 3 | 村 | 6",
            "小岗村委会召开会议 | 3 | 村 | 5",
            "小岗村民委员会召开会议 | 3 | 村 | 7",
            "庐山社区居委会组织 | 4 | 社区 | 7",
            "庐山社区居民委员会组织 | 4 | 社区 | 9",
            "小岗村召开会议 | 3 | 村 | 3",
            "庐山社区委员 | 4 | 社区 | 4",
    })
    void anOfficeAfterAVillagesNameJoinsTheMention(String text, int end, String unit, int stop) {
        assertEquals(stop, OFFICES.officeEnd(text, end, unit));
    }
}
