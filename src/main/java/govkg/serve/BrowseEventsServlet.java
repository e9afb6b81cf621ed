package govkg.serve;

import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/events}: events by date (newest first, undated last), with their place (schema:location) and the
 * number of reports mentioning them; {@value #PAGE} per page ({@code ?page=}). Stateless besides its
 * collaborators; thread-safe.
 */
final class BrowseEventsServlet extends PagedBrowseServlet {

    BrowseEventsServlet(DataView store, Links links) {
        super(store, links, "/browse/events", "事件");
    }

    @Override
    String query() {
        return """
                SELECT ?e ?reports (SAMPLE(?d) AS ?date) (SAMPLE(?pl) AS ?place) WHERE {
                  { SELECT ?e (COUNT(DISTINCT ?r) AS ?reports) WHERE { ?e a gov:Event OPTIONAL { ?r gov:mentions ?e } }
                    GROUP BY ?e }
                  OPTIONAL { ?e schema:startDate ?d } OPTIONAL { ?e schema:location ?pl }
                } GROUP BY ?e ?reports ORDER BY DESC(BOUND(?date)) DESC(?date) ?e LIMIT %d OFFSET %d""";
    }

    @Override
    void render(List<Binding> rows, StringBuilder b) {
        b.append("<h1>事件</h1>\n<div class=\"scroll\"><table><thead><tr><th>事件</th><th>日期</th><th>地点</th><th>报道</th></tr></thead><tbody>\n");
        for (Binding r : rows)
            b.append("<tr><td>").append(values.html(r.get("e"))).append("</td><td>").append(values.html(r.get("date")))
                    .append("</td><td>").append(values.html(r.get("place"))).append("</td><td class=\"num\">")
                    .append(values.html(r.get("reports"))).append("</td></tr>\n");
        b.append("</tbody></table></div>\n");
    }
}
