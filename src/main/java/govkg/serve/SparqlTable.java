package govkg.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Runs a SPARQL query from the editor's plain form (no JavaScript) and renders the result as HTML:
 * a table for SELECT, yes/no for ASK, Turtle for CONSTRUCT/DESCRIBE. Same limits as the endpoint
 * (read-only, SERVICE off, timeout). Stateless besides its collaborators; thread-safe.
 */
final class SparqlTable {
    static final int MAX_ROWS = 1000;

    private final DataView store;
    private final Values values;

    SparqlTable(DataView store, Links links) {
        this.store = store;
        this.values = new Values(store, links);
    }

    /** The result as HTML (an error message for a bad query). */
    String run(String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
            LimitedQuery.cap(query, store.resultLimit());
        } catch (QueryParseException e) {
            return "<p class=\"error\">查询语法错误：" + Html.esc(e.getMessage()) + "</p>";
        }
        try {
            return store.read(() -> {
                try (QueryExec qe = QueryExec.dataset(store.dataset().asDatasetGraph()).query(query)
                        .timeout(store.queryTimeoutMs(), TimeUnit.MILLISECONDS).build()) {
                    if (query.isSelectType())
                        return table(qe.select());
                    if (query.isAskType())
                        return "<p class=\"ask\">" + (qe.ask() ? "是 (true)" : "否 (false)") + "</p>";
                    Graph g = query.isConstructType() ? qe.construct() : qe.describe();
                    g.getPrefixMapping().setNsPrefixes(values.links().prefixes());
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
                    return "<pre class=\"turtle\">" + Html.esc(out.toString(StandardCharsets.UTF_8)) + "</pre>";
                }
            });
        } catch (RuntimeException e) {
            return "<p class=\"error\">查询失败：" + Html.esc(String.valueOf(e.getMessage())) + "</p>";
        }
    }

    private String table(RowSet rs) {
        List<Var> vars = rs.getResultVars();
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table class=\"results\"><thead><tr>");
        for (Var v : vars)
            b.append("<th>").append(Html.esc(v.getVarName())).append("</th>");
        b.append("</tr></thead><tbody>\n");
        int n = 0;
        while (rs.hasNext()) {
            Binding row = rs.next();
            if (n++ >= MAX_ROWS)
                break;
            b.append("<tr>");
            for (Var v : vars) {
                Node node = row.get(v);
                b.append("<td>").append(node == null ? "" : node.isURI()
                        ? values.link(node, values.links().prefixes().shortForm(node.getURI()))
                        : values.html(node)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n<p class=\"rowcount\">").append(Math.min(n, MAX_ROWS)).append(" 行")
                .append(n > MAX_ROWS ? "（仅显示前 " + MAX_ROWS + " 行）" : "").append("</p>\n");
        return b.toString();
    }
}
