package govkg.serve;

import govkg.rdf.GOV;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL editor at {@code /sparql}: a textarea, the canned queries one click away and the results as a
 * table. With JavaScript the page queries {@code /govkg/sparql} (JSON results); without, the form posts
 * here and the server renders the table ({@code ?canned=name} loads and runs a canned query).
 * Stateless besides immutable collaborators; thread-safe.
 */
final class SparqlPageServlet extends HttpServlet {
    static final int MAX_QUERY_CHARS = 20_000;
    private static final String EXAMPLE = "PREFIX gov: <" + GOV.NS + ">\nPREFIX rdfs: <" + RDFS.uri + ">\n"
            + "SELECT ?s ?label WHERE { ?s a gov:Person ; rdfs:label ?label } LIMIT 20\n";

    private final transient Links links;
    private final transient CannedQueries canned;
    private final transient SparqlTable table;
    private final long timeoutSeconds;

    SparqlPageServlet(DataView store, Links links, CannedQueries canned) {
        this.links = links;
        this.canned = canned;
        this.table = new SparqlTable(store, links);
        this.timeoutSeconds = Math.max(1, store.queryTimeoutMs() / 1000);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        CannedQueries.Canned c = canned.get(req.getParameter("canned"));
        String query = c != null ? c.text() : req.getParameter("query");
        respond(resp, query);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        respond(resp, req.getParameter("query"));
    }

    private void respond(HttpServletResponse resp, String query) throws IOException {
        String results = "";
        if (query != null && !query.isBlank()) {
            results = query.length() > MAX_QUERY_CHARS
                    ? "<p class=\"error\">查询太长。</p>"
                    : table.run(query);
        }
        StringBuilder b = new StringBuilder("<h1>SPARQL 查询</h1>\n");
        if (!canned.all().isEmpty()) {
            b.append("<section class=\"canned\"><h2>常用查询</h2><ul class=\"canned\">\n");
            for (CannedQueries.Canned q : canned.all())
                b.append("<li><a class=\"canned button\" href=\"/sparql?canned=").append(Html.esc(Links.encode(q.name())))
                        .append("\" data-query=\"").append(Html.esc(q.text())).append("\">")
                        .append(Html.esc(q.question())).append("</a></li>\n");
            b.append("</ul></section>\n");
        }
        b.append("<form id=\"sparql-form\" action=\"/sparql\" method=\"post\" data-endpoint=\"")
                .append(Html.esc(GovkgServer.DATASET + "/sparql")).append("\" data-base=\"")
                .append(Html.esc(links.base())).append("\">\n")
                .append("<textarea id=\"query\" name=\"query\" rows=\"12\" spellcheck=\"false\" aria-label=\"SPARQL 查询\">")
                .append(Html.esc(query == null || query.isBlank() ? EXAMPLE : query)).append("</textarea>\n")
                .append("<p><button type=\"submit\" id=\"run\">运行查询</button> <span id=\"status\" role=\"status\"></span>"
                        + " <small>默认图为所有命名图的并集；只读；超时 ")
                .append(timeoutSeconds).append(" 秒。端点：<code>")
                .append(Html.esc(GovkgServer.DATASET + "/sparql")).append("</code></small></p>\n</form>\n")
                .append("<section id=\"results\" class=\"sparql-results\">").append(results).append("</section>\n");
        Html.send(resp, 200, Html.page("SPARQL", b.toString()));
    }
}
