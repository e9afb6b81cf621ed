package govkg.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A corpus file with one report per record: JSON Lines (.jsonl, .ndjson), CSV (.csv) or TSV (.tsv), each
 * optionally gzipped (.gz). UTF-8. Records are read one at a time ({@link #next()}); a record that cannot be
 * used comes back with its problem, so the caller reports it and goes on.
 */
final class RecordFile implements AutoCloseable {
    enum Format { JSONL, CSV, TSV }

    private final Path path;
    private final Format format;
    private final RecordColumns columns;
    private final BufferedReader in;
    private final DelimitedReader table;
    private Map<String, Integer> header;
    private int line;
    private String headerProblem;

    /** The format a file name says, or null when it names no record file. */
    static Format format(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Format.JSONL;
        if (n.endsWith(".csv")) return Format.CSV;
        if (n.endsWith(".tsv")) return Format.TSV;
        return null;
    }

    RecordFile(Path path, RecordColumns columns) throws IOException {
        this.path = path;
        this.format = format(path);
        this.columns = columns;
        this.idPattern = java.util.regex.Pattern.compile("\"" + java.util.regex.Pattern.quote(columns.id()) + "\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");
        this.in = reader(path);
        this.table = format == Format.JSONL ? null : new DelimitedReader(in, format == Format.CSV ? ',' : '\t');
        if (table != null) readHeader();
    }

    /** UTF-8 text of a file, gunzipped when it starts with gzip's magic bytes; a BOM is dropped; bad bytes are an error. */
    static BufferedReader reader(Path path) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        raw.mark(2);
        int b1 = raw.read(), b2 = raw.read();
        raw.reset();
        InputStream s = b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader r = new BufferedReader(new InputStreamReader(s, decoder), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') r.reset();
        return r;
    }

    private void readHeader() throws IOException {
        DelimitedReader.Row h = table.next();
        if (h == null) return;
        header = new HashMap<>();
        for (int i = 0; i < h.fields().size(); i++) header.putIfAbsent(h.fields().get(i).strip(), i);
        if (!header.containsKey(columns.text()))
            headerProblem = "no column '" + columns.text() + "' in the header (columns: " + String.join(", ", h.fields()) + ")";
    }

    /** The problem that makes the whole file unusable (a table without the text column), or null. */
    String fileProblem() {
        return headerProblem;
    }

    /** The next record, or null at the end of the file. */
    SourceRecord next() throws IOException {
        return format == Format.JSONL ? nextJson() : nextRow();
    }

    private Map<String, String> lastFields = Map.of();
    private final java.util.regex.Pattern idPattern;

    /** The id of the record last returned (null when it has none). */
    String lastId() {
        String id = lastFields.get(columns.id());
        return id == null || id.isBlank() ? null : id.strip();
    }

    private SourceRecord nextJson() throws IOException {
        String l;
        do {
            try {
                l = in.readLine();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new InputException(path, "not UTF-8 after line " + line);
            }
            line++;
            if (l == null) return null;
        } while (l.isBlank());
        Map<String, String> f;
        try {
            f = JsonObjectReader.read(l);
        } catch (IllegalArgumentException e) {
            // the id as far as it can be read, so the message names the record
            java.util.regex.Matcher id = idPattern.matcher(l);
            lastFields = id.find() ? Map.of(columns.id(), id.group(1)) : Map.of();
            return SourceRecord.bad(line, "bad JSON: " + e.getMessage());
        }
        return record(line, f);
    }

    private SourceRecord nextRow() throws IOException {
        if (header == null || headerProblem != null) return null;
        DelimitedReader.Row row;
        try {
            row = table.next();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(path, "not UTF-8 after line " + line);
        }
        if (row == null) return null;
        Map<String, String> f = new HashMap<>();
        header.forEach((name, i) -> { if (i < row.fields().size()) f.put(name, row.fields().get(i)); });
        if (row.problem() != null) {
            lastFields = f;
            return SourceRecord.bad(row.line(), row.problem());
        }
        if (row.fields().size() != header.size()) {
            lastFields = f;
            return SourceRecord.bad(row.line(), row.fields().size() + " fields where the header has " + header.size());
        }
        return record(row.line(), f);
    }

    private SourceRecord record(int at, Map<String, String> f) {
        lastFields = f;
        String text = f.get(columns.text());
        if (text == null || text.isBlank()) return SourceRecord.bad(at, "no text (field '" + columns.text() + "')");
        return new SourceRecord(at, text, blankToNull(f.get(columns.title())), blankToNull(f.get(columns.date())),
                blankToNull(f.get(columns.url())), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Records in a file, counted by its line breaks (a quoted field over several lines counts more): for progress. */
    static int estimateRecords(Path path) {
        try (BufferedReader r = reader(path)) {
            int n = 0;
            char[] buf = new char[1 << 16];
            for (int k; (k = r.read(buf)) > 0; ) for (int i = 0; i < k; i++) if (buf[i] == '\n') n++;
            return format(path) == Format.JSONL ? n : Math.max(0, n - 1);
        } catch (IOException e) {
            return 0;
        }
    }

    static List<String> extensions() {
        return List.of(".jsonl", ".ndjson", ".csv", ".tsv", "(each also .gz)");
    }
}
