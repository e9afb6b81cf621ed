package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code /search?q=} (HTML result list) and {@code /search.json?q=} (suggestions for the search box:
 * a JSON array of {iri, href, label, name, kind, reports}). Stateless besides the immutable index; thread-safe.
 */
final class SearchServlet extends HttpServlet {
    static final int PAGE = 50, SUGGEST = 10;

    private final transient LiveIndex index;
    private final transient Links links;
    private final boolean json;

    SearchServlet(LiveIndex index, Links links, boolean json) {
        this.index = index;
        this.links = links;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > 100)
            q = q.substring(0, 100);
        SearchIndex idx = index.get();
        List<SearchIndex.Hit> hits = idx.search(q, json ? SUGGEST : PAGE);
        if (json) {
            JsonArray arr = new JsonArray();
            for (SearchIndex.Hit h : hits) {
                JsonObject o = new JsonObject();
                o.put("iri", h.iri());
                o.put("href", links.href(h.iri()));
                o.put("label", h.label());
                o.put("name", h.matched());
                o.put("kind", h.kind());
                o.put("reports", h.reports());
                if (idx.date(h.iri()) != null)
                    o.put("date", idx.date(h.iri()));
                arr.add(o);
            }
            resp.setContentType("application/json; charset=utf-8");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.getOutputStream().write(arr.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        StringBuilder b = new StringBuilder("<h1>搜索</h1>\n");
        if (q.isEmpty()) {
            b.append("<p>请输入人物、机构、地区、项目或报道的名称（全称、简称均可）。</p>");
        } else if (hits.isEmpty()) {
            b.append("<p class=\"none\">没有找到与“").append(Html.esc(q)).append("”匹配的条目。</p>");
        } else {
            b.append("<p>“").append(Html.esc(q)).append("”的结果（").append(hits.size())
                    .append(hits.size() == PAGE ? "+" : "").append("）：</p>\n<ol class=\"results\">\n");
            for (SearchIndex.Hit h : hits) {
                b.append("<li class=\"hit kind-").append(Html.esc(h.kind())).append("\"><span class=\"badge\">")
                        .append(Html.esc(kindName(h.kind()))).append("</span> ")
                        .append(Html.a(links.href(h.iri()), h.label()));
                if (!h.matched().equals(h.label()))
                    b.append(" <small>（").append(Html.esc(h.matched())).append("）</small>");
                String date = idx.date(h.iri());
                if (date != null)       // a report: its date, not a count of reports
                    b.append(" <small><time>").append(Html.esc(date)).append("</time></small></li>\n");
                else
                    b.append(" <small class=\"count\">").append(h.reports()).append(" 篇报道</small></li>\n");
            }
            b.append("</ol>\n");
        }
        Html.send(resp, 200, Html.page(q.isEmpty() ? "搜索" : q + " - 搜索", "", b.toString(), q));
    }

    static String kindName(String kind) {
        for (String[] k : Kinds.CLASSES.values())
            if (k[0].equals(kind))
                return k[1];
        return kind;
    }
}
