package govkg.serve;

import java.util.List;
import java.util.Objects;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/reports}: the reports by date published (newest first), grouped by date, with dateline
 * place and number of entities mentioned; {@value #PAGE} per page. Stateless besides its collaborators;
 * thread-safe.
 */
final class BrowseReportsServlet extends PagedBrowseServlet {

    BrowseReportsServlet(DataView store, Links links) {
        super(store, links, "/browse/reports", "报道");
    }

    @Override
    String query() {
        return """
                SELECT ?r (SAMPLE(?d) AS ?date) (SAMPLE(?pl) AS ?place) (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  ?r a gov:Report .
                  OPTIONAL { ?r schema:datePublished ?d } OPTIONAL { ?r gov:datelinePlace ?pl }
                  OPTIONAL { ?r gov:mentions ?e }
                } GROUP BY ?r ORDER BY DESC(?date) ?r LIMIT %d OFFSET %d""";
    }

    @Override
    void render(List<Binding> rows, StringBuilder b) {
        b.append("<h1>报道</h1>\n");
        String current = null;
        for (Binding r : rows) {
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
    }
}
