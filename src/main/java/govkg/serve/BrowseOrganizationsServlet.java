package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/organizations}: organizations by number of reports mentioning them, with jurisdiction,
 * parent organization and number of post holdings; {@value #PAGE} per page ({@code ?page=}).
 * Stateless besides its collaborators; thread-safe.
 */
final class BrowseOrganizationsServlet extends HttpServlet {
    static final int PAGE = 200;

    private final transient Store store;
    private final transient Values values;

    BrowseOrganizationsServlet(Store store, Links links) {
        this.store = store;
        this.values = new Values(store, links);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int page = Paging.page(req);
        String html = store.read(() -> {
            List<Binding> rows = store.select("""
                    SELECT ?o (SAMPLE(?pl) AS ?place) (SAMPLE(?up) AS ?parent)
                           (COUNT(DISTINCT ?r) AS ?reports) (COUNT(DISTINCT ?m) AS ?posts) WHERE {
                      ?o a gov:Organization .
                      OPTIONAL { ?o gov:jurisdiction ?pl } OPTIONAL { ?o org:subOrganizationOf ?up }
                      OPTIONAL { ?r gov:mentions ?o } OPTIONAL { ?m org:organization ?o }
                    } GROUP BY ?o ORDER BY DESC(?reports) ?o LIMIT %d OFFSET %d""".formatted(PAGE + 1, page * PAGE));
            StringBuilder b = new StringBuilder("<h1>机构</h1>\n<div class=\"scroll\"><table><thead><tr><th>机构</th>"
                    + "<th>辖区</th><th>上级机构</th><th>报道</th><th>任职</th></tr></thead><tbody>\n");
            for (Binding r : rows.subList(0, Math.min(PAGE, rows.size())))
                b.append("<tr><td>").append(values.html(r.get("o"))).append("</td><td>").append(values.html(r.get("place")))
                        .append("</td><td>").append(values.html(r.get("parent"))).append("</td><td class=\"num\">")
                        .append(values.html(r.get("reports"))).append("</td><td class=\"num\">")
                        .append(values.html(r.get("posts"))).append("</td></tr>\n");
            b.append("</tbody></table></div>\n").append(Paging.links("/browse/organizations", page, rows.size() > PAGE));
            return Html.page("机构", b.toString());
        });
        Html.send(resp, 200, html);
    }
}
