package govkg.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LexiconsTest {
    @TempDir Path dir;

    @Test
    void everyKindHasItsBundledFile() {
        Lexicons lex = Lexicons.builtIn();
        for (LexiconKind k : LexiconKind.values()) assertFalse(lex.words(k).isEmpty(), k + " has no entries in " + k.file());
    }

    @Test
    void aUserLineReachesItsKind() throws Exception {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, "# my words\nrole\t巡视专员\norg-suffix\t巡视组\tparty\n");
        Lexicons lex = Lexicons.load(List.of(f));
        assertTrue(lex.words(LexiconKind.ROLE).contains("巡视专员"));
        assertEquals("巡视专员", lex.roleAtEnd("省委巡视专员"));
        assertEquals("party", lex.value(LexiconKind.ORG_SUFFIX, "巡视组"));
        assertFalse(Lexicons.builtIn().words(LexiconKind.ROLE).contains("巡视专员"), "a user file must not leak into the bundled lexicons");
    }

    @Test
    void anUnknownKindFailsWithFileAndLine() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "role\t专员\nrank\t正厅级\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Lexicons.load(List.of(f)));
        assertTrue(e.getMessage().contains("bad.tsv:2") && e.getMessage().contains("unknown kind 'rank'"), e.getMessage());
    }

    @Test
    void aTermListedTwiceInOneFileFailsWithFileAndBothLines() throws Exception {
        Path f = dir.resolve("twice.tsv");
        Files.writeString(f, "role\t专员\nrole\t巡视员\n# again\nrole\t专员\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Lexicons.load(List.of(f)));
        assertTrue(e.getMessage().contains("twice.tsv:4") && e.getMessage().contains("'专员'") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aWordRepeatedOnASpaceSeparatedLineFails() throws Exception {
        Path f = dir.resolve("twice.tsv");
        Files.writeString(f, "surname\t欧 冼\nsurname\t冼\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Lexicons.load(List.of(f)));
        assertTrue(e.getMessage().contains("twice.tsv:2") && e.getMessage().contains("'冼'"), e.getMessage());
    }

    @Test
    void theSameTermInTwoKindsOrOverABundledEntryIsNoDuplicate() throws Exception {
        Path f = dir.resolve("ok.tsv");
        // 政委 is a bundled role: a user line may restate or retype it; one word in two kinds is two concepts
        Files.writeString(f, "role\t政委\norg-suffix\t巡视组\tparty\nrole\t巡视组\n");
        Lexicons lex = Lexicons.load(List.of(f));
        assertTrue(lex.words(LexiconKind.ROLE).contains("巡视组") && lex.words(LexiconKind.ORG_SUFFIX).contains("巡视组"));
    }

    @Test
    void aTypedKindRefusesAValueOutsideItsSet() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "org-suffix\t巡视组\tclub\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Lexicons.load(List.of(f)));
        assertTrue(e.getMessage().contains("bad.tsv:1") && e.getMessage().contains("club"), e.getMessage());
    }
}
