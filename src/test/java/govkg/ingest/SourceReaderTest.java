package govkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceReaderTest {
    @TempDir Path dir;

    @Test
    void missingPathIsNamed() {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> SourceReader.list(List.of(missing)))
                .isInstanceOf(InputException.class).hasMessageContaining("nope.txt")
                .satisfies(e -> assertThat(((InputException) e).path()).isEqualTo(missing));
    }

    @Test
    void emptyFileIsNamed() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> SourceReader.read(new SourceReader.Input(f, "empty.txt")))
                .isInstanceOf(InputException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void binaryFileIsNamed() throws Exception {
        Path f = Files.write(dir.resolve("image.txt"), new byte[]{0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00});
        assertThatThrownBy(() -> SourceReader.read(new SourceReader.Input(f, "image.txt")))
                .isInstanceOf(InputException.class).hasMessageContaining("image.txt");
    }

    @Test
    void readsGbkFileAndNormalisesLineEnds() throws Exception {
        Path f = Files.write(dir.resolve("page.txt"), "标题\r\n正文。\r\n".getBytes("GBK"));
        SourceText s = SourceReader.read(new SourceReader.Input(f, "page.txt"));
        assertThat(s.text()).isEqualTo("标题\n正文。\n");
        assertThat(s.id()).isEqualTo("page.txt");
        assertThat(s.sha256()).hasSize(64);
    }

    @Test
    void htmlIsReducedToText() throws Exception {
        Path f = Files.writeString(dir.resolve("page.html"), "<html><body><p>区委召开会议。</p></body></html>", StandardCharsets.UTF_8);
        assertThat(SourceReader.read(new SourceReader.Input(f, "page.html")).text()).isEqualTo("区委召开会议。\n");
    }

    @Test
    void folderListingIsSortedRelativeAndFiltered() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("papers/b"));
        Files.writeString(sub.resolve("2.txt"), "乙");
        Files.writeString(dir.resolve("papers/1.htm"), "甲");
        Files.writeString(dir.resolve("papers/notes.pdf"), "x");
        List<SourceReader.Input> in = SourceReader.list(List.of(dir.resolve("papers")));
        assertThat(in).extracting(SourceReader.Input::id).containsExactly("papers/1.htm", "papers/b/2.txt");
    }
}
