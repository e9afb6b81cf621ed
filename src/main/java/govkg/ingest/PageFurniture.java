package govkg.ingest;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Lines of a web page that are furniture around an article, never its headline: label：value fields
 * (发布时间：… 来源：… 浏览次数：…), page controls (【字体：大 中 小】【打印】【关闭】) and breadcrumbs
 * (首页 > 政务动态, 当前位置：…). The labels are the {@code page-meta} lexicon; the rule is the line's shape:
 * it opens with a label (inside 【】 or [] for a control) followed by a colon, or a breadcrumb word followed
 * by a colon or an arrow. A {@code date} field (发布时间) also gives the article's publication date.
 * Stateless and thread-safe.
 */
public final class PageFurniture {
    /** Longest furniture line: a field line with several fields fits; a paragraph does not. */
    static final int MAX_CHARS = 160;
    private static final String OPEN = "【[〖［";

    private PageFurniture() {}

    private static Map<String, String> labels() {
        return Lexicons.builtIn().entries(LexiconKind.PAGE_META);
    }

    /** True when the (stripped) line is page furniture. */
    public static boolean is(String line) {
        if (line.isEmpty() || line.length() > MAX_CHARS) return false;
        int at = OPEN.indexOf(line.charAt(0)) >= 0 ? 1 : 0;
        for (Map.Entry<String, String> e : labels().entrySet()) {      // longest label first
            String label = e.getKey();
            if (!line.startsWith(label, at)) continue;
            int after = at + label.length();
            while (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '　')) after++;
            if (after >= line.length()) return at == 1 || "button".equals(e.getValue());   // 【打印】 alone, 打印 alone
            char c = line.charAt(after);
            if (c == '：' || c == ':') return true;
            if (at == 1 && "】]〗］".indexOf(c) >= 0) return "button".equals(e.getValue());
            if ("nav".equals(e.getValue()) && ">＞»›→/".indexOf(c) >= 0) return true;
        }
        return false;
    }

    /** The publication date a furniture line gives in a {@code date} field (发布时间：2024-03-05 10:15), or empty. */
    public static Optional<LocalDate> date(String line) {
        for (Map.Entry<String, String> e : labels().entrySet()) {
            if (!"date".equals(e.getValue())) continue;
            int at = line.indexOf(e.getKey());
            while (at >= 0) {
                int after = at + e.getKey().length();
                while (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '　')) after++;
                if (after < line.length() && (line.charAt(after) == '：' || line.charAt(after) == ':')) {
                    Optional<LocalDate> d = PublicationDates.parse(line.substring(after + 1, Math.min(line.length(), after + 40)));
                    if (d.isPresent()) return d;
                }
                at = line.indexOf(e.getKey(), at + 1);
            }
        }
        return Optional.empty();
    }
}
