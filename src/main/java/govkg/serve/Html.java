package govkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The shared page layout (header with search box, navigation, footer) and HTML escaping.
 * Every page is complete without JavaScript; {@code /static/govkg.js} only adds suggestions and the
 * SPARQL editor's live table. Stateless; thread-safe.
 */
final class Html {
    /** Pages allow only this server's own scripts, styles and forms. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private Html() {}

    /** Escapes text for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null)
            return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code <a href="href">text</a>}, both escaped. */
    static String a(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A whole page. */
    static String page(String title, String body) {
        return page(title, "", body, "");
    }

    /**
     * A whole page.
     *
     * @param head  extra elements for {@code <head>} (already HTML)
     * @param query the text to show in the search box
     */
    static String page(String title, String head, String body, String query) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · govkg</title>
                <link rel="stylesheet" href="/static/govkg.css">
                <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
                <script src="/static/govkg.js" defer></script>
                %s
                </head>
                <body>
                <header class="site">
                  <a class="brand" href="/">govkg 治理知识图谱</a>
                  <form class="search" action="/search" method="get" role="search">
                    <input type="search" name="q" value="%s" placeholder="搜索人物、机构、地区…" aria-label="搜索"
                           autocomplete="off" list="govkg-suggest" id="search-box">
                    <datalist id="govkg-suggest"></datalist>
                    <button type="submit">搜索</button>
                  </form>
                  <nav>
                    <a href="/browse/people">人物</a>
                    <a href="/browse/places">地区</a>
                    <a href="/browse/organizations">机构</a>
                    <a href="/browse/programs">项目</a>
                    <a href="/browse/reports">报道</a>
                    <a href="/sparql">SPARQL</a>
                  </nav>
                </header>
                <main>
                %s
                </main>
                <footer>govkg · 数据来自公开报道，由程序自动抽取，可能有误 ·
                  <a href="/govkg/sparql">SPARQL 端点</a></footer>
                </body>
                </html>
                """.formatted(esc(title), head, esc(query), body);
    }

    /** Sends an HTML page with the security headers. */
    static void send(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** Sends plain text. */
    static void sendText(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** A 404 page (HTML) with a short message. */
    static String notFound(String what) {
        return page("未找到", "<h1>未找到 404</h1><p>" + esc(what) + "</p><p><a href=\"/\">返回首页</a></p>");
    }
}
