package govkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Record files (JSONL, CSV, TSV, gzipped or not) read one record at a time, bad records reported and passed. */
class RecordInputsTest {
    @TempDir Path dir;

    static final String GOOD1 = "{\"id\": \"r1\", \"title\": \"县里召开平安建设推进会\", \"date\": \"2024-03-05\", \"url\": \"https://example.org/a/1\", \"text\": \"3月4日，县里召开平安建设推进会。\\n会议部署了下一步工作。\", \"tags\": [\"政法\", {\"x\": 1}]}";
    static final String GOOD2 = "{\"id\": \"r2\", \"title\": \"市法院开放日\", \"date\": \"2024-03-06T09:00:00+08:00\", \"text\": \"昨天，市法院举行开放日活动。\"}";

    private List<SourceReader.Input> all(Path... paths) throws IOException {
        return all(RecordColumns.DEFAULT, paths);
    }

    private List<SourceReader.Input> all(RecordColumns c, Path... paths) throws IOException {
        List<SourceReader.Input> out = new ArrayList<>();
        try (Inputs in = Inputs.of(List.of(paths), c)) {
            in.forEachRemaining(out::add);
        }
        return out;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void jsonLinesGiveOneReportPerRecordWithTitleDateAndUrl() throws IOException {
        Path f = write("c.jsonl", GOOD1 + "\n\n" + GOOD2 + "\n");
        List<SourceReader.Input> in = all(f);
        assertEquals(List.of("r1", "r2"), in.stream().map(SourceReader.Input::id).toList());
        SourceText s = SourceReader.read(in.get(0));
        assertEquals("3月4日，县里召开平安建设推进会。\n会议部署了下一步工作。", s.text());
        assertEquals(Optional.of("县里召开平安建设推进会"), s.meta().title());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), s.meta().date());
        assertEquals(Optional.of("https://example.org/a/1"), s.meta().url());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 6)), SourceReader.read(in.get(1)).meta().date());
        assertEquals(3, in.get(1).record().line());
        List<Article> articles = PageSplitter.split(s, Optional.empty());
        assertEquals(1, articles.size(), "a record is one report, however many paragraphs");
        assertEquals("县里召开平安建设推进会", articles.get(0).headline());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), articles.get(0).date());
    }

    /** line | expected problem (part of it); every other line of the file still comes through */
    @Test
    void malformedRecordsComeWithTheirLineAndReason() throws IOException {
        Path f = write("bad.jsonl", String.join("\n",
                GOOD1,
                "{\"id\": \"r3\", \"text\": \"未闭合的引号}",
                "{\"id\": \"r4\", \"title\": \"无正文\"}",
                "{\"id\": \"r1\", \"text\": \"另一段不同的正文。\"}",
                GOOD1,
                "[1, 2]",
                GOOD2));
        List<SourceReader.Input> in = all(f);
        assertEquals(List.of("r1", "r3", "r4", "r1", "bad.jsonl:6", "r2"), in.stream().map(SourceReader.Input::id).toList(),
                "the exact repeat of r1 (line 5) is passed over; the rest each come once");
        assertNull(in.get(0).record().problem());
        assertTrue(in.get(1).record().problem().startsWith("bad JSON"));
        assertTrue(in.get(2).record().problem().startsWith("no text"));
        assertTrue(in.get(3).record().problem().startsWith("duplicate id with other text (first at " + f + ":1)"));
        assertTrue(in.get(4).record().problem().startsWith("bad JSON"));
        assertEquals(f + ":2 (id r3)", in.get(1).label());
        assertEquals(f + ":6", in.get(4).label(), "a record without an id is named by file and line");
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(in.get(2)));
        assertTrue(e.getMessage().contains("no text"));
        assertNull(in.get(5).record().problem());
    }

    @Test
    void csvAndTsvWithQuotedFieldsOverLinesAndOtherColumnNames() throws IOException {
        Path csv = write("c.csv", "doc,headline,body,day\n"
                + "a1,区委召开全会,\"第一段，有逗号。\n第二段有\"\"引号\"\"。\",2024/3/5\n"
                + "a2,无日期,正文一句。,\n");
        RecordColumns c = new RecordColumns("doc", "headline", "day", "body", "link");
        List<SourceReader.Input> in = all(c, csv);
        assertEquals(List.of("a1", "a2"), in.stream().map(SourceReader.Input::id).toList());
        SourceText s = SourceReader.read(in.get(0));
        assertEquals("第一段，有逗号。\n第二段有\"引号\"。", s.text());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), s.meta().date());
        assertEquals(4, in.get(1).record().line(), "a record's line is where it starts (a1 runs over lines 2 and 3)");
        Path tsv = write("t.tsv", "id\ttext\n" + "b1\t镇里开展普法活动。\n" + "b2\t多\t一列\n");
        List<SourceReader.Input> t = all(tsv);
        assertNull(t.get(0).record().problem());
        assertTrue(t.get(1).record().problem().contains("fields where the header has 2"));
        Path noText = write("n.csv", "id,body\nx,正文。\n");
        List<SourceReader.Input> n = all(noText);
        assertEquals(1, n.size());
        assertTrue(n.get(0).record().problem().startsWith("no column 'text'"));
    }

    @Test
    void gzippedFilesAreReadByTheirBytesAndStreamed() throws IOException {
        Path gz = dir.resolve("c.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write((GOOD1 + "\n" + GOOD2 + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("r1", "r2"), all(gz).stream().map(SourceReader.Input::id).toList());
    }

    @Test
    void foldersGiveReportFilesAndJsonLinesButNotTables() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(sub.resolve("a.txt"), "标题\n正文一句。\n");
        Files.writeString(sub.resolve("b.jsonl"), GOOD2 + "\n");
        Files.writeString(sub.resolve("gold.tsv"), "type\tkey\nperson\t张三\n");
        assertEquals(List.of("corpus/a.txt", "r2"), all(sub).stream().map(SourceReader.Input::id).toList());
    }

    @Test
    void jsonReaderIsStrict() {
        assertEquals("一\n二\"", JsonObjectReader.read("{\"a\":\"一\\n二\\\"\",\"n\":3,\"b\":null,\"o\":{\"x\":[1,{}]}}").get("a"));
        assertEquals("3", JsonObjectReader.read("{\"n\":3}").get("n"));
        for (String bad : new String[]{"{\"a\":1,}", "{\"a\" 1}", "{\"a\":\"x\"} extra", "{'a':'x'}", "{\"a\":tru}", "", "{\"a\":[1,2}"})
            assertThrows(IllegalArgumentException.class, () -> JsonObjectReader.read(bad), bad);
    }

    /** value as written | date read ("-" none) */
    @Test
    void publicationDatesInTheirCommonForms() {
        String[][] cases = {{"2024-03-05", "2024-03-05"}, {"2024-03-05T08:00:00+08:00", "2024-03-05"}, {"2024/3/5 10:15", "2024-03-05"},
                {"2024.03.05", "2024-03-05"}, {"20240305", "2024-03-05"}, {"2024年3月5日 星期二", "2024-03-05"},
                {"2024-13-05", "-"}, {"三月五日", "-"}, {"1234567890", "-"}};
        for (String[] c : cases)
            assertEquals(c[1].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(c[1])), PublicationDates.parse(c[0]), c[0]);
    }
}
