package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A browse page listed {@value #PAGE} rows at a time ({@code ?page=}): one SELECT asks for a row more than
 * the page holds, so the page knows whether a next one exists. Subclasses give the query and draw the rows.
 * Stateless besides its collaborators; thread-safe.
 */
abstract class PagedBrowseServlet extends HttpServlet {
    static final int PAGE = 200;

    final transient DataView store;
    final transient Values values;
    private final String path;
    private final String title;

    PagedBrowseServlet(DataView store, Links links, String path, String title) {
        this.store = store;
        this.values = new Values(store, links);
        this.path = path;
        this.title = title;
    }

    /** The SELECT, ordered, ending in {@code LIMIT %d OFFSET %d}. */
    abstract String query();

    /** Appends the page's body (heading included) for the rows of this page. */
    abstract void render(List<Binding> rows, StringBuilder b);

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int page = Paging.page(req);
        String html = store.read(() -> {
            List<Binding> rows = store.select(query().formatted(PAGE + 1, page * PAGE));
            StringBuilder b = new StringBuilder();
            render(rows.subList(0, Math.min(PAGE, rows.size())), b);
            b.append(Paging.links(path, page, rows.size() > PAGE));
            return Html.page(title, b.toString());
        });
        Html.send(resp, 200, html);
    }
}
