package govkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Terms in quotation marks (“…”, 「…」, ‘…’) with their spans, quotes excluded. Stateless. */
final class QuotedTerms {
    record Quoted(String term, int begin, int end) {
        /** Offset right after the closing mark. */
        int after() {
            return end + 1;
        }
    }

    private static boolean opening(char c) { return c == '“' || c == '「' || c == '‘'; }

    private static boolean closing(char c) { return c == '”' || c == '」' || c == '’'; }

    /** What a quoted term cannot hold: a mark of either kind or a line break. */
    private static boolean mark(char c) { return opening(c) || closing(c) || c == '\n'; }

    private QuotedTerms() {}

    /**
     * An opening mark, 2 to 30 characters that are neither marks nor a line break, a closing mark (any of the
     * three kinds). A plain scan: a regular expression here was tried at every character of every article.
     */
    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int n = text.length();
        for (int open = 0; open < n; open++) {
            if (!opening(text.charAt(open))) continue;
            int end = open + 1;
            while (end < n && !mark(text.charAt(end))) end++;
            int length = end - open - 1;
            if (length < 2 || length > 30 || end >= n || !closing(text.charAt(end))) continue;
            out.add(new Quoted(text.substring(open + 1, end), open + 1, end));
            open = end;      // the next term starts after the closing mark
        }
        return out;
    }
}
