package govkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

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

    /** The values one page shows of a list, and whether a later page shows more. */
    record Slice<T>(List<T> items, boolean more) {}

    /**
     * A list of at most {@code perPage} values is shown whole on every page; a longer one {@code perPage} at a
     * time, page by page, so the page holds a bounded part of every long list.
     */
    static <T> Slice<T> slice(List<T> all, int page, int perPage) {
        if (all.size() <= perPage)
            return new Slice<>(all, false);
        long from = (long) page * perPage;
        if (from >= all.size())
            return new Slice<>(List.of(), false);
        int to = (int) Math.min(all.size(), from + perPage);
        return new Slice<>(all.subList((int) from, to), to < all.size());
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
