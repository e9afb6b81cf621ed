package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.function.IntFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.RDFWriter;

/**
 * Dereferences data IRIs with content negotiation: {@code /person/…}, {@code /place/…}, … (the IRI is the
 * data base plus the path) and {@code /lookup?iri=…} for any IRI. HTML for browsers; Turtle, JSON-LD,
 * N-Triples or RDF/XML by {@code Accept}, by a {@code .ttl}/{@code .jsonld}/{@code .nt}/{@code .rdf} suffix
 * or by {@code format=}. Unknown IRIs get 404. Stateless; thread-safe.
 */
final class ResourceServlet extends HttpServlet {
    private final transient Links links;
    private final transient DataView store;
    private final transient Description description;
    private final transient EntityPage page;
    private final boolean lookup;

    ResourceServlet(Links links, DataView store, EntityPage page, boolean lookup) {
        this.links = links;
        this.store = store;
        this.description = new Description(store, links);
        this.page = page;
        this.lookup = lookup;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Format format = Format.negotiate(req.getHeader("Accept"));
        String iri;
        String selfPath;
        boolean bySuffix = false;
        if (lookup) {
            iri = req.getParameter("iri");
            String f = req.getParameter("format");
            if (f != null && Format.bySuffix(f) != null) {
                format = Format.bySuffix(f);
                bySuffix = true;
            }
            if (iri == null || iri.isBlank() || !isAbsolute(iri.strip())) {
                Html.send(resp, 400, Html.page("查找 IRI", """
                        <h1>查找 IRI</h1>
                        <form action="/lookup" method="get"><input type="url" name="iri" size="60" required
                          placeholder="https://…"> <button type="submit">查看</button></form>"""));
                return;
            }
            iri = iri.strip();
            selfPath = "/lookup?iri=" + Links.encode(iri) + "&format=";
        } else {
            String path = req.getRequestURI().substring(req.getContextPath().length() + 1);
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/') && Format.bySuffix(path.substring(dot + 1)) != null) {
                format = Format.bySuffix(path.substring(dot + 1));
                path = path.substring(0, dot);
                bySuffix = true;
            }
            iri = links.iriOf(path);
            if (!store.exists(NodeFactory.createURI(iri))) {
                String decoded = links.iriOf(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
                if (store.exists(NodeFactory.createURI(decoded)))
                    iri = decoded;
            }
            selfPath = "/" + path + ".";
        }
        resp.setHeader("Vary", "Accept");
        if (format == null) {
            StringJoiner offered = new StringJoiner(", ");
            for (Format f : Format.values())
                offered.add(f.mediaType);
            Html.sendText(resp, 406, "Not acceptable. Available: " + offered + "\n");
            return;
        }
        Node node = NodeFactory.createURI(iri);
        if (!store.exists(node)) {
            if (format == Format.HTML)
                Html.send(resp, 404, Html.notFound("本站没有关于 " + iri + " 的数据。"));
            else
                Html.sendText(resp, 404, "Not found: " + iri + "\n");
            return;
        }
        resp.setHeader("Link", alternates(selfPath));
        if (!bySuffix)
            resp.setHeader("Content-Location", selfPath + format.suffix);
        int pageNo = Paging.page(req);
        if (format == Format.HTML) {
            Html.send(resp, 200, page.render(node, alternatesHead(selfPath), pageNo));
            return;
        }
        Graph g = description.describe(node, pageNo, pageIri(req));
        resp.setStatus(200);
        resp.setContentType(format.mediaType + "; charset=utf-8");
        RDFWriter.source(g).format(format.rdf).output(resp.getOutputStream());
    }

    /** The absolute IRI of a page of this description: the request's URL with {@code page=N} (none for the first). */
    private static IntFunction<String> pageIri(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        StringBuilder kept = new StringBuilder();
        String q = req.getQueryString();
        if (q != null)
            for (String part : q.split("&"))
                if (!part.isEmpty() && !part.startsWith("page="))
                    kept.append(kept.isEmpty() ? "" : "&").append(part);
        String stem = kept.isEmpty() ? url : url + "?" + kept;
        String join = kept.isEmpty() ? "?" : "&";
        return p -> p == 0 ? stem : stem + join + "page=" + p;
    }

    private static boolean isAbsolute(String iri) {
        try {
            return IRIs.check(iri) && iri.matches("^[A-Za-z][A-Za-z0-9+.-]*:.+");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String alternates(String selfPath) {
        StringJoiner j = new StringJoiner(", ");
        for (Format f : Format.values())
            j.add("<" + selfPath + f.suffix + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"");
        return j.toString();
    }

    private static String alternatesHead(String selfPath) {
        StringBuilder b = new StringBuilder();
        for (Format f : Format.values())
            if (f.isRdf())
                b.append("<link rel=\"alternate\" type=\"").append(f.mediaType).append("\" href=\"")
                        .append(Html.esc(selfPath + f.suffix)).append("\">\n");
        return b.toString();
    }
}
