package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/reports}: the reports by date published (newest first), grouped by date, with dateline
 * place and number of entities mentioned; {@value #PAGE} per page. Stateless besides its collaborators;
 * thread-safe.
 */
final class BrowseReportsServlet extends HttpServlet {
    static final int PAGE = 200;

    private final transient Store store;
    private final transient Values values;

    BrowseReportsServlet(Store store, Links links) {
        this.store = store;
        this.values = new Values(store, links);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int page = Paging.page(req);
        String html = store.read(() -> {
            List<Binding> rows = store.select("""
                    SELECT ?r (SAMPLE(?d) AS ?date) (SAMPLE(?pl) AS ?place) (COUNT(DISTINCT ?e) AS ?n) WHERE {
                      ?r a gov:Report .
                      OPTIONAL { ?r schema:datePublished ?d } OPTIONAL { ?r gov:datelinePlace ?pl }
                      OPTIONAL { ?r gov:mentions ?e }
                    } GROUP BY ?r ORDER BY DESC(?date) ?r LIMIT %d OFFSET %d""".formatted(PAGE + 1, page * PAGE));
            StringBuilder b = new StringBuilder("<h1>报道</h1>\n");
            String current = null;
            for (Binding r : rows.subList(0, Math.min(PAGE, rows.size()))) {
                String date = r.get("date") == null ? "日期不详" : r.get("date").getLiteralLexicalForm();
                if (!Objects.equals(date, current)) {
                    if (current != null)
                        b.append("</ul>\n");
                    b.append("<h2 class=\"date\"><time>").append(Html.esc(date)).append("</time></h2>\n<ul class=\"reports\">\n");
                    current = date;
                }
                b.append("<li>").append(values.html(r.get("r")));
                if (r.get("place") != null)
                    b.append(" <small>").append(values.html(r.get("place"))).append("</small>");
                b.append(" <small class=\"count\">提及 ").append(r.get("n").getLiteralLexicalForm()).append(" 个条目</small></li>\n");
            }
            if (current != null)
                b.append("</ul>\n");
            b.append(Paging.links("/browse/reports", page, rows.size() > PAGE));
            return Html.page("报道", b.toString());
        });
        Html.send(resp, 200, html);
    }
}
