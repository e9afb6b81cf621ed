package govkg.gazetteer;

import govkg.lexicon.Lexicons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** level-units.txt is the one home of the level characters: each consumer asks LevelUnits for the levels it needs. */
class LevelUnitsTest {
    private static final LevelUnits UNITS = new LevelUnits(Lexicons.builtIn());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"省, PROVINCE", "自治区, PROVINCE", "市, CITY", "盟, CITY", "旗, COUNTY", "街道, TOWNSHIP", "社区, VILLAGE", "公司, ", "委, "})
    void aUnitHasOneLevel(String unit, AdminLevel level) {
        assertEquals(level, UNITS.level(unit));
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({
            // the one-character units between two levels: multi-character ones (自治区, 街道, 社区) are no level characters
            "PROVINCE, COUNTY, 省市州盟县区旗",
            "PROVINCE, TOWNSHIP, 省市州盟县区旗镇乡",
            "TOWNSHIP, TOWNSHIP, 镇乡",
            "VILLAGE, VILLAGE, 村",
    })
    void theLevelCharactersOfARangeOfLevels(AdminLevel highest, AdminLevel lowest, String chars) {
        assertEquals(sorted(chars), sorted(UNITS.chars(highest, lowest)));
    }

    @Test
    void unitsOfAnyLengthComeLongestFirst() {
        List<String> u = UNITS.units(AdminLevel.PROVINCE, AdminLevel.COUNTY);
        assertEquals("自治区", u.get(0));
        assertTrue(u.containsAll(List.of("省", "市", "县", "区", "旗")));
        assertFalse(u.contains("街道") || u.contains("镇"));
    }

    @Test
    void aUserUnitReachesEveryConsumer() throws Exception {
        Path f = Files.createTempFile("units", ".tsv");
        Files.writeString(f, "level-unit\t苏木\ttownship\n");
        LevelUnits mine = new LevelUnits(Lexicons.load(List.of(f)));
        assertEquals(AdminLevel.TOWNSHIP, mine.level("苏木"));
        assertNull(UNITS.level("苏木"));
        Files.delete(f);
    }

    @ParameterizedTest(name = "{0} ({1}) fits {2}: {3}")
    @CsvSource({
            "江苏省, PROVINCE, 省, true",
            "西藏自治区, PROVINCE, 自治区, true",
            // 区 names a district and, in a report on one, an autonomous region
            "海淀区, COUNTY, 区, true",
            "西藏自治区, PROVINCE, 区, true",
            // 市 names a city of either level
            "南京市, CITY, 市, true",
            "昆山市, COUNTY, 市, true",
            "海淀区, COUNTY, 县, false",
            "怒江傈僳族自治州, CITY, 州, true",
            "江苏省, PROVINCE, 市, false",
            "锁南镇, TOWNSHIP, 镇, true",
            "锁南镇, TOWNSHIP, 县, false",
    })
    void aReferenceUnitFitsADivisionOfItsLevel(String name, AdminLevel level, String unit, boolean fits) {
        ReferenceFinder rf = new ReferenceFinder(null, Lexicons.builtIn());
        String code = switch (level) {
            case PROVINCE -> "32"; case CITY -> "3201"; case COUNTY -> "320102"; case TOWNSHIP -> "320102001"; case VILLAGE -> "320102001001";
        };
        assertEquals(fits, rf.fits(Division.of(code, name), unit));
    }

    private static String sorted(String s) {
        return s.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
