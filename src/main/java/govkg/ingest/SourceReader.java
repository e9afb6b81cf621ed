package govkg.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds report files under the paths given (files or folders, recursively; .txt, .text, .html,
 * .htm) and decodes them. The source id is the path relative to the folder given, or the file
 * name for a file given directly, so it does not depend on where the command runs.
 */
public final class SourceReader {

    /**
     * A file govkg would read, with the id it will carry; or one record of a record file ({@code record} set,
     * {@code id} the record's id).
     */
    public record Input(Path path, String id, SourceRecord record) {
        public Input(Path path, String id) {
            this(path, id, null);
        }

        /** How messages name it: the file, or FILE:LINE (id X) for a record. */
        public String label() {
            if (record == null || record.line() == 0) return path.toString();
            // a record without an id of its own is named by its file and line already
            return path + ":" + record.line() + (id.endsWith(":" + record.line()) ? "" : " (id " + id + ")");
        }

        /** About how many bytes of text it holds (for sizing tasks). */
        public long size() {
            if (record != null) return record.text() == null ? 0 : record.text().length() * 3L;
            try {
                return Files.size(path);
            } catch (IOException e) {
                return Long.MAX_VALUE / 4;     // unreadable: reading it will say why
            }
        }
    }

    private SourceReader() {}

    /** Lists inputs in a stable order (sorted by id). Missing paths raise {@link InputException}. */
    public static List<Input> list(List<Path> paths) throws IOException {
        return list(paths, SourceReader::isReport);
    }

    /**
     * The files named, and in each folder named the files {@code take} accepts, walked in a stable order; each
     * input's id is the path below the folder's parent. Missing paths raise {@link InputException}.
     */
    public static List<Input> list(List<Path> paths, java.util.function.Predicate<Path> take) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new InputException(p, "no such file or folder");
            if (Files.isDirectory(p)) {
                Path root = p.toAbsolutePath().normalize();
                String prefix = root.getFileName() == null ? "" : root.getFileName() + "/";
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(Files::isRegularFile).filter(take).sorted()
                            .forEach(f -> out.add(new Input(f, prefix + root.relativize(f).toString().replace('\\', '/'))));
                }
            } else {
                out.add(new Input(p, p.getFileName().toString()));
            }
        }
        return out;
    }

    public static boolean isReport(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".html") || n.endsWith(".htm");
    }

    /** Largest file read: a newspaper page is tens of kilobytes; this bounds memory per worker thread. */
    public static final long MAX_BYTES = 32L << 20;

    /** Reads and decodes one input; HTML is reduced to text. A record's text is taken as it is. */
    public static SourceText read(Input in) throws IOException {
        if (in.record() != null) return record(in);
        long size = Files.size(in.path());
        if (size > MAX_BYTES)
            throw new InputException(in.path(), "too large (" + (size >> 20) + " MB; the limit is " + (MAX_BYTES >> 20) + " MB)");
        return decode(in.id(), in.path(), Files.readAllBytes(in.path()));
    }

    /**
     * Decodes the bytes of one report read elsewhere (a Spark job reads them through Hadoop's file
     * systems or from a Parquet column); {@code path} names it in errors and gives its file name.
     */
    public static SourceText decode(String id, Path path, byte[] bytes) throws IOException {
        Input in = new Input(path, id);
        if (bytes.length > MAX_BYTES)
            throw new InputException(in.path(), "too large (" + (bytes.length >> 20) + " MB; the limit is " + (MAX_BYTES >> 20) + " MB)");
        if (bytes.length == 0) throw new InputException(in.path(), "file is empty");
        EncodingDetector.Decoded d;
        try {
            d = EncodingDetector.decode(bytes);
        } catch (EncodingDetector.Undecodable e) {
            throw new InputException(in.path(), e.getMessage());
        } catch (CharacterCodingException e) {
            throw new InputException(in.path(), "not readable as UTF-8, UTF-16 or GB18030 text");
        }
        String text = d.text();
        String name = in.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) text = HtmlText.toText(text);
        int nul = text.indexOf('\0');
        if (nul >= 0) throw new InputException(in.path(), "looks binary (a NUL character at offset " + nul + ")");
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new InputException(in.path(), "no text");
        return new SourceText(in.id(), in.path(), withoutControls(text), d.charset(), sha256(bytes));
    }

    /** One record as a source: its text (line ends normalised, controls made spaces), title, date and URL. */
    static SourceText record(Input in) throws InputException {
        SourceRecord r = in.record();
        if (r.problem() != null) throw new InputException(in.path(), r.problem());
        String text = r.text().replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > MAX_BYTES) throw new InputException(in.path(), "text too long (" + (text.length() >> 20) + " M characters)");
        if (text.indexOf('\0') >= 0) throw new InputException(in.path(), "looks binary (a NUL character in the text)");
        SourceMeta meta = new SourceMeta(true, java.util.Optional.ofNullable(r.title()),
                r.date() == null ? java.util.Optional.empty() : PublicationDates.parse(r.date()),
                java.util.Optional.ofNullable(r.url()));
        text = withoutControls(text);
        return new SourceText(in.id(), in.path(), text, java.nio.charset.StandardCharsets.UTF_8,
                sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), text, meta);
    }

    /**
     * Stray control characters (not tab, line feed or form feed) become spaces: they mean nothing in a report,
     * some RDF syntaxes cannot carry them, and a same-length replacement keeps every offset.
     */
    static String withoutControls(String text) {
        char[] c = null;
        for (int i = 0; i < text.length(); i++) {
            char x = text.charAt(i);
            if (x < 0x20 && x != '\t' && x != '\n' && x != '\f' || x == 0x7F) {
                if (c == null) c = text.toCharArray();
                c[i] = ' ';
            }
        }
        return c == null ? text : new String(c);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
