package govkg.serve;

import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/documents}: policy documents by number of reports mentioning them, with the body that issued
 * them (gov:issuedBy); {@value #PAGE} per page ({@code ?page=}). Stateless besides its collaborators; thread-safe.
 */
final class BrowseDocumentsServlet extends PagedBrowseServlet {

    BrowseDocumentsServlet(DataView store, Links links) {
        super(store, links, "/browse/documents", "文件");
    }

    @Override
    String query() {
        return """
                SELECT ?d ?reports (SAMPLE(?by) AS ?issuer) WHERE {
                  { SELECT ?d (COUNT(DISTINCT ?r) AS ?reports) WHERE { ?d a gov:PolicyDocument OPTIONAL { ?r gov:mentions ?d } }
                    GROUP BY ?d }
                  OPTIONAL { ?d gov:issuedBy ?by }
                } GROUP BY ?d ?reports ORDER BY DESC(?reports) ?d LIMIT %d OFFSET %d""";
    }

    @Override
    void render(List<Binding> rows, StringBuilder b) {
        b.append("<h1>文件</h1>\n<div class=\"scroll\"><table><thead><tr><th>文件</th><th>发文机构</th><th>报道</th></tr></thead><tbody>\n");
        for (Binding r : rows)
            b.append("<tr><td>").append(values.html(r.get("d"))).append("</td><td>").append(values.html(r.get("issuer")))
                    .append("</td><td class=\"num\">").append(values.html(r.get("reports"))).append("</td></tr>\n");
        b.append("</tbody></table></div>\n");
    }
}
