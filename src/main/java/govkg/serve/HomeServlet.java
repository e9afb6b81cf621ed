package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The home page {@code /}: search box, the number of resources of each class, links to the browse pages
 * and the SPARQL editor. Counts are computed at start and again after the data changed ({@link DataVersion}).
 * Thread-safe.
 */
final class HomeServlet extends HttpServlet {
    private final transient DataView store;
    private final transient LiveIndex index;
    private final transient DataVersion version;
    private volatile String body;
    private volatile long builtAt;

    HomeServlet(DataView store, LiveIndex index, DataVersion version) {
        this.store = store;
        this.index = index;
        this.version = version;
        this.builtAt = version.get();
        this.body = render(store, index.get());
    }

    private static String render(DataView store, SearchIndex index) {
        Map<String, Long> counts = new LinkedHashMap<>();
        // the union graph holds each typing once: COUNT, not COUNT(DISTINCT), which on a large store outlasts a page's timeout
        for (Binding b : store.selectWhole("SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t"))
            counts.put(b.get("t").toString(), ((Number) b.get("n").getLiteralValue()).longValue());
        StringBuilder s = new StringBuilder("""
                <section class="hero"><h1>治理知识图谱</h1>
                <p>从公开的治理与法治报道中抽取的人物、机构、地区、项目、文件与事件，每条事实都附有原句。</p>
                <form class="big-search" action="/search" method="get" role="search">
                  <input type="search" name="q" placeholder="输入名称，如 人名、机构或地名" aria-label="搜索">
                  <button type="submit">搜索</button></form></section>
                <section><h2>数据概况</h2><ul class="counts">
                """);
        Map<String, String> browse = Map.of("person", "/browse/people", "place", "/browse/places",
                "organization", "/browse/organizations", "program", "/browse/programs", "document", "/browse/documents",
                "event", "/browse/events", "report", "/browse/reports");
        Kinds.CLASSES.forEach((iri, k) -> {
            long n = counts.getOrDefault(iri, 0L);
            String name = Html.esc(k[1]);
            String href = browse.get(k[0]);
            s.append("<li class=\"kind-").append(k[0]).append("\"><strong>").append(n).append("</strong> ")
                    .append(href == null ? name : "<a href=\"" + href + "\">" + name + "</a>").append("</li>\n");
        });
        s.append("</ul><p class=\"note\">名称索引：").append(index.size()).append(" 个名称。</p></section>\n")
                .append("""
                <section><h2>浏览</h2><ul class="links">
                <li><a href="/browse/people">人物</a></li>
                <li><a href="/browse/places">地区：省、市、区县、街道乡镇、社区村</a></li>
                <li><a href="/browse/organizations">机构</a></li>
                <li><a href="/browse/programs">项目与工程</a></li>
                <li><a href="/browse/documents">文件</a></li>
                <li><a href="/browse/events">事件</a></li>
                <li><a href="/browse/reports">报道（按日期）</a></li>
                <li><a href="/sparql">SPARQL 查询</a></li>
                </ul></section>
                """);
        return Html.page("首页", s.toString());
    }

    private String body() {
        long now = version.get();
        if (now != builtAt) {
            synchronized (this) {
                if (now != builtAt) {
                    body = render(store, index.get());
                    builtAt = now;
                }
            }
        }
        return body;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/")) {
            Html.send(resp, 404, Html.notFound("没有这个页面：" + path));
            return;
        }
        Html.send(resp, 200, body());
    }

}
