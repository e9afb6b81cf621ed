package govkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The inputs of a run, one at a time: each report file, and each record of each record file (JSONL, CSV, TSV,
 * gzipped or not), read as they are reached so a corpus file is never held whole. A record that cannot be used
 * comes as an input with its problem (reading it then fails with that reason, and the batch goes on).
 *
 * <p>Record ids are remembered for the run: a second record with an id already seen and the same text is
 * passed over ({@link #duplicates()}); with other text it is a problem naming where the id was first seen.
 * Folders are walked for report files (.txt, .text, .html, .htm) and JSON Lines files; CSV and TSV files are
 * read only when named, since a folder of reports often holds other tables (gold files, lists).
 * Not thread-safe: one consumer.
 */
public final class Inputs implements Iterator<SourceReader.Input>, AutoCloseable {
    private final List<SourceReader.Input> files;
    private final RecordColumns columns;
    private final Map<String, Seen> ids = new HashMap<>();
    private int fileIndex;
    private RecordFile open;
    private SourceReader.Input openFile;
    private SourceReader.Input next;
    private int duplicates;
    private int estimate = -1;

    private record Seen(long textHash, String where) {}

    private Inputs(List<SourceReader.Input> files, RecordColumns columns) {
        this.files = files;
        this.columns = columns;
    }

    /** Inputs of {@code paths} (files or folders); a missing path raises {@link InputException} at once. */
    public static Inputs of(List<Path> paths, RecordColumns columns) throws IOException {
        // folders hold report files and JSONL; a CSV or TSV is read only when named (samples/gold.tsv is no corpus)
        List<SourceReader.Input> out = SourceReader.list(paths, f -> SourceReader.isReport(f) || RecordFile.format(f) == RecordFile.Format.JSONL);
        return new Inputs(out, columns);
    }

    /** True when none of the paths gave a file. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** About how many inputs there are (report files plus the lines of record files), for progress. */
    public int estimatedTotal() {
        if (estimate < 0) {
            int n = 0;
            for (SourceReader.Input f : files) n += RecordFile.format(f.path()) == null ? 1 : RecordFile.estimateRecords(f.path());
            estimate = n;
        }
        return estimate;
    }

    /** Records passed over because an earlier record had the same id and text. */
    public int duplicates() {
        return duplicates;
    }

    @Override
    public boolean hasNext() {
        if (next == null) next = advance();
        return next != null;
    }

    @Override
    public SourceReader.Input next() {
        if (!hasNext()) throw new NoSuchElementException();
        SourceReader.Input n = next;
        next = null;
        return n;
    }

    private SourceReader.Input advance() {
        while (true) {
            if (open != null) {
                SourceReader.Input r = nextRecord();
                if (r != null) return r;
                continue;
            }
            if (fileIndex >= files.size()) return null;
            SourceReader.Input f = files.get(fileIndex++);
            if (RecordFile.format(f.path()) == null) return f;
            try {
                open = new RecordFile(f.path(), columns);
                openFile = f;
            } catch (IOException e) {
                return new SourceReader.Input(f.path(), f.id(), SourceRecord.bad(0, "cannot read: " + e.getMessage()));
            }
            if (open.fileProblem() != null) {
                String why = open.fileProblem();
                closeOpen();
                return new SourceReader.Input(f.path(), f.id(), SourceRecord.bad(0, why));
            }
        }
    }

    /** The next input of the open record file, or null when it is done (and closed). */
    private SourceReader.Input nextRecord() {
        while (true) {
            SourceRecord r;
            try {
                r = open.next();
            } catch (IOException e) {
                SourceReader.Input f = openFile;
                closeOpen();
                String why = e instanceof InputException ie ? ie.getMessage().substring(f.path().toString().length() + 2) : "cannot read: " + e.getMessage();
                return new SourceReader.Input(f.path(), f.id(), SourceRecord.bad(0, why));
            }
            if (r == null) {
                closeOpen();
                return null;
            }
            String id = open.lastId();
            String where = openFile.path() + ":" + r.line();
            if (id == null) id = openFile.id() + ":" + r.line();     // no id: named by file and line
            if (r.problem() == null) {
                long h = r.text().hashCode() * 31L + r.text().length();
                Seen seen = ids.putIfAbsent(id, new Seen(h, where));
                if (seen != null) {
                    if (seen.textHash() == h) {
                        duplicates++;
                        continue;
                    }
                    r = SourceRecord.bad(r.line(), "duplicate id with other text (first at " + seen.where() + ")");
                }
            }
            return new SourceReader.Input(openFile.path(), id, r);
        }
    }

    private void closeOpen() {
        try {
            if (open != null) open.close();
        } catch (IOException ignored) {
            // read to the end or given up: nothing left to lose
        }
        open = null;
        openFile = null;
    }

    @Override
    public void close() {
        closeOpen();
    }
}
