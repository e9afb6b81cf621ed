package govkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /browse/places}: the place tree (gov:within) from province to community, each place with the number
 * of reports mentioning it or a place below it and the number of entities located in its area (organizations
 * by gov:jurisdiction, programs by gov:implementedIn, events by schema:location). Places with nothing in
 * their subtree are left out. Built once on first request (the store is read-only while served);
 * thread-safe.
 */
final class BrowsePlacesServlet extends HttpServlet {
    private final transient DataView store;
    private final transient Values values;
    private volatile String page;

    BrowsePlacesServlet(DataView store, Links links) {
        this.store = store;
        this.values = new Values(store, links);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String p = page;
        if (p == null) {
            synchronized (this) {
                if (page == null)
                    page = build();
                p = page;
            }
        }
        Html.send(resp, 200, p);
    }

    private String build() {
        return store.read(() -> {
            Map<Node, Node> parent = new HashMap<>();
            Map<Node, String> code = new HashMap<>();
            Set<Node> places = new HashSet<>();
            for (Binding b : store.select("""
                    SELECT ?p ?parent ?code WHERE { ?p a gov:Place
                      OPTIONAL { ?p gov:within ?parent } OPTIONAL { ?p gov:adminCode ?code } }""")) {
                places.add(b.get("p"));
                if (b.get("parent") != null)
                    parent.putIfAbsent(b.get("p"), b.get("parent"));
                if (b.get("code") != null)
                    code.putIfAbsent(b.get("p"), b.get("code").getLiteralLexicalForm());
            }
            Map<Node, Set<Node>> reports = members("""
                    SELECT ?p ?x WHERE { ?x gov:mentions ?p . ?p a gov:Place }""");
            Map<Node, Set<Node>> entities = members("""
                    SELECT ?p ?x WHERE { ?x gov:jurisdiction|gov:implementedIn|schema:location ?p . ?p a gov:Place }""");
            // distinct reports / entities in each subtree (a report naming a district and its street counts once)
            Map<Node, Set<Node>[]> sums = new HashMap<>();
            for (Node p : places) {
                Set<Node> r = reports.getOrDefault(p, Set.of()), e = entities.getOrDefault(p, Set.of());
                if (r.isEmpty() && e.isEmpty())
                    continue;
                Set<Node> seen = new HashSet<>();
                for (Node cur = p; cur != null && seen.add(cur); cur = parent.get(cur)) {
                    @SuppressWarnings("unchecked")
                    Set<Node>[] s = sums.computeIfAbsent(cur, k -> new Set[] {new HashSet<>(), new HashSet<>()});
                    s[0].addAll(r);
                    s[1].addAll(e);
                }
            }
            Map<Node, List<Node>> children = new HashMap<>();
            List<Node> roots = new ArrayList<>();
            for (Node p : sums.keySet()) {
                Node up = parent.get(p);
                if (up != null && sums.containsKey(up))
                    children.computeIfAbsent(up, k -> new ArrayList<>()).add(p);
                else
                    roots.add(p);
            }
            Comparator<Node> order = Comparator.comparing((Node n) -> code.getOrDefault(n, "~")).thenComparing(Node::getURI);
            StringBuilder b = new StringBuilder("<h1>地区</h1>\n<p>括号内：提及该地区及其下级的报道数 · 位于该地区的机构、项目、事件数。"
                    + "没有任何数据的地区未列出（共 " + places.size() + " 个地区）。</p>\n");
            roots.sort(order);
            b.append("<ul class=\"tree\">\n");
            for (Node r : roots)
                node(b, r, 0, children, sums, code, order, new HashSet<>());
            b.append("</ul>\n");
            return Html.page("地区", b.toString());
        });
    }

    private void node(StringBuilder b, Node p, int depth, Map<Node, List<Node>> children, Map<Node, Set<Node>[]> sums,
                      Map<Node, String> code, Comparator<Node> order, Set<Node> path) {
        if (!path.add(p) || depth > 8)
            return;
        Set<Node>[] s = sums.get(p);
        String line = values.html(p) + (code.containsKey(p) ? " <small class=\"code\">" + Html.esc(code.get(p)) + "</small>" : "")
                + " <span class=\"count\">（" + s[0].size() + " 篇 · " + s[1].size() + " 个）</span>";
        List<Node> kids = children.getOrDefault(p, List.of());
        if (kids.isEmpty()) {
            b.append("<li>").append(line).append("</li>\n");
        } else {
            kids = new ArrayList<>(kids);
            kids.sort(order);
            b.append("<li><details").append(depth < 3 ? " open" : "").append("><summary>").append(line)
                    .append("</summary>\n<ul>\n");
            for (Node k : kids)
                node(b, k, depth + 1, children, sums, code, order, path);
            b.append("</ul></details></li>\n");
        }
        path.remove(p);
    }

    private Map<Node, Set<Node>> members(String query) {
        Map<Node, Set<Node>> out = new HashMap<>();
        for (Binding b : store.select(query))
            out.computeIfAbsent(b.get("p"), k -> new HashSet<>()).add(b.get("x"));
        return out;
    }
}
