package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the pages' own CSS and JavaScript from the classpath folder {@code /govkg/web/} at
 * {@code /static/*}. Only the files listed are served. Stateless; thread-safe.
 */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of(
            "govkg.css", "text/css; charset=utf-8",
            "govkg.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String type = FILES.get(name);
        try (InputStream in = type == null ? null : StaticServlet.class.getResourceAsStream("/govkg/web/" + name)) {
            if (in == null) {
                Html.sendText(resp, 404, "Not found\n");
                return;
            }
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "max-age=300");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }
}
