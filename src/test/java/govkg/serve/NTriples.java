package govkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small N-Triples reader of our own, so the tests check what the server writes with a parser that is not Jena's
 * (no blank nodes needed: the descriptions have none). A term is kept as written: {@code <iri>} or the literal's
 * text with its quotes unescaped. Not thread-safe.
 */
final class NTriples {
    record Triple(String s, String p, String o) {}

    private static final Pattern LINE = Pattern.compile(
            "^<([^>]*)>\\s+<([^>]*)>\\s+(<[^>]*>|\"((?:[^\"\\\\]|\\\\.)*)\"(?:@[A-Za-z0-9-]+|\\^\\^<[^>]*>)?)\\s*\\.\\s*$");

    private NTriples() {}

    static List<Triple> parse(String text) {
        List<Triple> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#"))
                continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches())
                throw new AssertionError("not an N-Triples line: " + line);
            String o = m.group(3).startsWith("<") ? m.group(3) : unescape(m.group(4));
            out.add(new Triple("<" + m.group(1) + ">", "<" + m.group(2) + ">", o));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\");
    }

    static boolean has(List<Triple> ts, String s, String p, String o) {
        return ts.contains(new Triple(s, p, o));
    }

    static List<String> objects(List<Triple> ts, String s, String p) {
        return ts.stream().filter(t -> t.s().equals(s) && t.p().equals(p)).map(Triple::o).toList();
    }

    static List<String> subjects(List<Triple> ts, String p, String o) {
        return ts.stream().filter(t -> t.p().equals(p) && t.o().equals(o)).map(Triple::s).toList();
    }
}
