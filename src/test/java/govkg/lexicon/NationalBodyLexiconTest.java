package govkg.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KIND|NAME… shape of the national-body lexicon: the kind is checked, the names pass. */
class NationalBodyLexiconTest {
    @TempDir Path dir;

    @Test
    void aUserBodyWithAKnownKindAndAliasesLoads() throws Exception {
        Path f = dir.resolve("bodies.tsv");
        Files.writeString(f, "national-body\t某国家测试管理局\tgovernment|测试局|^国务院\n");
        Lexicons lex = Lexicons.load(List.of(f));
        assertEquals("government|测试局|^国务院", lex.value(LexiconKind.NATIONAL_BODY, "某国家测试管理局"));
    }

    @Test
    void anUnknownKindFailsWithFileAndLine() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "national-body\t某测试委员会\tclub|测试委\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Lexicons.load(List.of(f)));
        assertTrue(e.getMessage().contains("bad.tsv:1") && e.getMessage().contains("club"), e.getMessage());
    }

    @Test
    void aBodyWithoutKindFails() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "national-body\t某测试委员会\n");
        assertThrows(IllegalArgumentException.class, () -> Lexicons.load(List.of(f)));
    }
}
