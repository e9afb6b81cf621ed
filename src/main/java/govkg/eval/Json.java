package govkg.eval;

import java.util.List;
import java.util.Locale;

/** The little JSON writing the eval output needs. */
final class Json {
    private Json() {}

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    static String strings(List<String> xs) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < xs.size(); i++) b.append(i == 0 ? "" : ", ").append(str(xs.get(i)));
        return b.append(']').toString();
    }

    /** Four decimals, enough to reproduce the table's three. */
    static String num(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
