package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/programs}: programs with the places they are implemented in (gov:implementedIn) and the
 * organizations that run them (gov:implementedBy), by number of reports. Stateless besides its
 * collaborators; thread-safe.
 */
final class BrowseProgramsServlet extends HttpServlet {
    static final int MAX_ROWS = 5000;

    private final transient DataView store;
    private final transient Values values;

    BrowseProgramsServlet(DataView store, Links links) {
        this.store = store;
        this.values = new Values(store, links);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String html = store.read(() -> {
            List<Binding> rows = store.select("""
                    SELECT ?p ?place ?org ?reports WHERE {
                      { SELECT ?p (COUNT(DISTINCT ?r) AS ?reports) WHERE { ?p a gov:Program OPTIONAL { ?r gov:mentions ?p } }
                        GROUP BY ?p }
                      OPTIONAL { ?p gov:implementedIn ?place } OPTIONAL { ?p gov:implementedBy ?org }
                    } ORDER BY DESC(?reports) ?p LIMIT %d""".formatted(MAX_ROWS));
            Map<Node, Set<Node>[]> byProgram = new LinkedHashMap<>();
            Map<Node, Node> reports = new LinkedHashMap<>();
            for (Binding r : rows) {
                @SuppressWarnings("unchecked")
                Set<Node>[] cols = byProgram.computeIfAbsent(r.get("p"),
                        k -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>()});
                if (r.get("place") != null) cols[0].add(r.get("place"));
                if (r.get("org") != null) cols[1].add(r.get("org"));
                reports.put(r.get("p"), r.get("reports"));
            }
            StringBuilder b = new StringBuilder("<h1>项目</h1>\n<div class=\"scroll\"><table><thead><tr><th>项目</th>"
                    + "<th>实施地区</th><th>实施机构</th><th>报道</th></tr></thead><tbody>\n");
            byProgram.forEach((p, cols) -> b.append("<tr><td>").append(values.html(p)).append("</td><td>")
                    .append(join(cols[0])).append("</td><td>").append(join(cols[1])).append("</td><td class=\"num\">")
                    .append(values.html(reports.get(p))).append("</td></tr>\n"));
            b.append("</tbody></table></div>\n");
            return Html.page("项目", b.toString());
        });
        Html.send(resp, 200, html);
    }

    private String join(Set<Node> nodes) {
        return String.join("、", nodes.stream().map(values::html).toList());
    }
}
