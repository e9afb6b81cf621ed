package govkg.serve;

import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/organizations}: organizations by number of reports mentioning them, with jurisdiction,
 * parent organization and number of post holdings; {@value #PAGE} per page ({@code ?page=}).
 * Stateless besides its collaborators; thread-safe.
 */
final class BrowseOrganizationsServlet extends PagedBrowseServlet {

    BrowseOrganizationsServlet(DataView store, Links links) {
        super(store, links, "/browse/organizations", "机构");
    }

    @Override
    String query() {
        return """
                SELECT ?o (SAMPLE(?pl) AS ?place) (SAMPLE(?up) AS ?parent)
                       (COUNT(DISTINCT ?r) AS ?reports) (COUNT(DISTINCT ?m) AS ?posts) WHERE {
                  ?o a gov:Organization .
                  OPTIONAL { ?o gov:jurisdiction ?pl } OPTIONAL { ?o org:subOrganizationOf ?up }
                  OPTIONAL { ?r gov:mentions ?o } OPTIONAL { ?m org:organization ?o }
                } GROUP BY ?o ORDER BY DESC(?reports) ?o LIMIT %d OFFSET %d""";
    }

    @Override
    void render(List<Binding> rows, StringBuilder b) {
        b.append("<h1>机构</h1>\n<div class=\"scroll\"><table><thead><tr><th>机构</th>"
                + "<th>辖区</th><th>上级机构</th><th>报道</th><th>任职</th></tr></thead><tbody>\n");
        for (Binding r : rows)
            b.append("<tr><td>").append(values.html(r.get("o"))).append("</td><td>").append(values.html(r.get("place")))
                    .append("</td><td>").append(values.html(r.get("parent"))).append("</td><td class=\"num\">")
                    .append(values.html(r.get("reports"))).append("</td><td class=\"num\">")
                    .append(values.html(r.get("posts"))).append("</td></tr>\n");
        b.append("</tbody></table></div>\n");
    }
}
