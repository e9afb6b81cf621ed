package govkg.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads one JSON object (a line of a JSONL file) strictly, keeping its top-level strings, numbers and booleans
 * as strings; nested arrays and objects are checked and skipped. Anything that is not one well-formed object
 * raises {@link IllegalArgumentException} with the offset, so a broken line is reported, not half-read.
 */
final class JsonObjectReader {
    private final String s;
    private int i;

    private JsonObjectReader(String s) {
        this.s = s;
    }

    static Map<String, String> read(String line) {
        JsonObjectReader r = new JsonObjectReader(line);
        Map<String, String> out = new HashMap<>();
        r.ws();
        r.expect('{');
        r.ws();
        if (r.peek() == '}') {
            r.i++;
        } else {
            while (true) {
                r.ws();
                String key = r.string();
                r.ws();
                r.expect(':');
                r.ws();
                String v = r.value();
                if (v != null) out.put(key, v);
                r.ws();
                char c = r.next();
                if (c == '}') break;
                if (c != ',') throw r.error("expected , or }");
            }
        }
        r.ws();
        if (r.i < r.s.length()) throw r.error("text after the object");
        return out;
    }

    /** A scalar as a string (null for JSON null); a nested value is skipped and gives null. */
    private String value() {
        char c = peek();
        if (c == '"') return string();
        if (c == '{' || c == '[') {
            skipNested();
            return null;
        }
        int b = i;
        while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) i++;
        String lit = s.substring(b, i);
        if (lit.equals("null")) return null;
        if (lit.equals("true") || lit.equals("false") || lit.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) return lit;
        i = b;
        throw error("unexpected value");
    }

    private void skipNested() {
        java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
        do {
            char c = peek();
            if (c == '"') { string(); continue; }
            i++;
            if (c == '{' || c == '[') open.push(c == '{' ? '}' : ']');
            else if (c == '}' || c == ']') {
                if (open.isEmpty() || open.pop() != c) throw error("unbalanced " + c);
            }
        } while (!open.isEmpty());
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) throw error("unterminated string");
            char c = s.charAt(i++);
            if (c == '"') return b.toString();
            if (c < 0x20) throw error("control character in a string");
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) throw error("short \\u escape");
                    try {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("bad \\u escape");
                    }
                    i += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    private void ws() {
        while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) i++;
    }

    private char peek() {
        if (i >= s.length()) throw error("unexpected end");
        return s.charAt(i);
    }

    private char next() {
        char c = peek();
        i++;
        return c;
    }

    private void expect(char c) {
        if (peek() != c) throw error("expected " + c);
        i++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + i);
    }
}
