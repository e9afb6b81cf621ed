package govkg.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into plain text: drops scripts, styles and tags, keeps block boundaries as
 * line breaks (so headlines stay on lines of their own) and decodes entities. Thread-safe.
 */
public final class HtmlText {
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|head|noscript)[^>]*>.*?</\\1>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile("(?i)<\\s*(br|/?p|/?div|/?h[1-6]|/?li|/?tr|/?section|/?article|/?header|/?footer|/?blockquote)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of(
            "nbsp", " ", "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "ldquo", "“", "rdquo", "”", "middot", "·", "mdash", "—");

    private HtmlText() {}

    public static String toText(String html) {
        String s = DROP.matcher(html).replaceAll("");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        // collapse runs of blank lines and trailing spaces the markup left behind
        s = s.replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
        return s.strip() + "\n";
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.startsWith("#x")) rep = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            else if (e.startsWith("#")) rep = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            else rep = NAMED.getOrDefault(e, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
