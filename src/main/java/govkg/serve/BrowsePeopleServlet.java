package govkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/people}: people by number of reports mentioning them, with up to {@value #TITLES} of their post
 * titles; {@value #PAGE} per page ({@code ?page=}). Stateless besides its collaborators; thread-safe.
 */
final class BrowsePeopleServlet extends PagedBrowseServlet {
    static final int TITLES = 3;

    BrowsePeopleServlet(DataView store, Links links) {
        super(store, links, "/browse/people", "人物");
    }

    @Override
    String query() {
        return """
                SELECT ?p (COUNT(DISTINCT ?r) AS ?reports) WHERE {
                  ?p a gov:Person OPTIONAL { ?r gov:mentions ?p }
                } GROUP BY ?p ORDER BY DESC(?reports) ?p LIMIT %d OFFSET %d""";
    }

    @Override
    void render(List<Binding> rows, StringBuilder b) {
        b.append("<h1>人物</h1>\n<div class=\"scroll\"><table><thead><tr><th>人物</th><th>职务</th><th>报道</th></tr></thead><tbody>\n");
        for (Binding r : rows) {
            List<String> titles = new ArrayList<>();
            for (Binding t : store.select("""
                    SELECT DISTINCT ?title WHERE { ?m org:member ?p ; gov:title ?title } ORDER BY ?title LIMIT %d"""
                    .formatted(TITLES + 1), Map.of("p", r.get("p"))))
                titles.add(values.html(t.get("title")));
            if (titles.size() > TITLES)
                titles.set(TITLES, "…");
            b.append("<tr><td>").append(values.html(r.get("p"))).append("</td><td>").append(String.join("、", titles))
                    .append("</td><td class=\"num\">").append(values.html(r.get("reports"))).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }
}
