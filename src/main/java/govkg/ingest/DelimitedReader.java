package govkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma, fields in double quotes may hold commas, quotes doubled, and line breaks) or TSV
 * (tab; the same quoting is accepted) one record at a time, so a file is never held whole. A record's line is
 * the line it starts on.
 */
final class DelimitedReader {
    /** A record's fields and the line it starts on; {@code problem} set when it is malformed (fields are then partial). */
    record Row(int line, List<String> fields, String problem) {}

    /** Longest quoted field read before the record is given up as malformed (a stray quote would swallow the file). */
    static final int MAX_FIELD_CHARS = 32 << 20;

    private final BufferedReader in;
    private final char sep;
    private int line;

    DelimitedReader(BufferedReader in, char sep) {
        this.in = in;
        this.sep = sep;
    }

    /** The next record, or null at the end; blank lines are skipped. */
    Row next() throws IOException {
        String l;
        do {
            l = in.readLine();
            line++;
            if (l == null) return null;
        } while (l.isBlank());
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        boolean quoted = false, wasQuoted = false;
        while (true) {
            if (i >= l.length()) {
                if (!quoted) break;
                // a quoted field runs on over the line break
                String more = in.readLine();
                if (more == null) return new Row(start, fields, "a quoted field is not closed");
                line++;
                f.append('\n');
                if (f.length() > MAX_FIELD_CHARS) return new Row(start, fields, "a quoted field is not closed within " + (MAX_FIELD_CHARS >> 20) + " MB");
                l = more;
                i = 0;
                continue;
            }
            char c = l.charAt(i++);
            if (quoted) {
                if (c != '"') f.append(c);
                else if (i < l.length() && l.charAt(i) == '"') { f.append('"'); i++; }
                else quoted = false;
            } else if (c == sep) {
                fields.add(f.toString());
                f.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && f.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return new Row(start, fields, null);
    }
}
