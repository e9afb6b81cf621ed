package govkg.serve;

import jakarta.servlet.http.HttpServletRequest;

/** Page numbers of the browse lists ({@code ?page=0,1,…}). Stateless; thread-safe. */
final class Paging {
    private Paging() {}

    static int page(HttpServletRequest req) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(req.getParameter("page"))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Previous and next links; {@code path} may have a query string of its own. */
    static String links(String path, int page, boolean more) {
        String join = path.contains("?") ? "&" : "?";
        StringBuilder b = new StringBuilder("<nav class=\"pager\">");
        if (page > 0)
            b.append(Html.a(path + join + "page=" + (page - 1), "‹ 上一页")).append(' ');
        if (more)
            b.append(Html.a(path + join + "page=" + (page + 1), "下一页 ›"));
        return b.append("</nav>\n").toString();
    }
}
