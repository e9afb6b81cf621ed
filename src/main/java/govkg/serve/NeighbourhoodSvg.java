package govkg.serve;

import govkg.rdf.GOV;
import govkg.rdf.ITSRDF;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;

/**
 * A small server-side SVG of a resource and its neighbours (outgoing and incoming links; a person's
 * memberships are drawn as direct edges to the organization labelled with the title). Nodes are links,
 * so the picture works without JavaScript. Stateless besides its collaborators; thread-safe.
 */
final class NeighbourhoodSvg {
    static final int MAX_NODES = 12;
    private static final int W = 640, H = 360, R = 140;
    private static final Node MEMBER = ORG.member.asNode();
    private static final Node ORGANIZATION = ORG.organization.asNode();
    private static final Node TITLE = GOV.title.asNode();

    private record Edge(Node other, String label, boolean outgoing) {}

    private final DataView store;
    private final Values values;

    NeighbourhoodSvg(DataView store, Values values) {
        this.store = store;
        this.values = values;
    }

    String render(Node center, String centerLabel) {
        List<Edge> edges = neighbours(center);
        if (edges.isEmpty())
            return "";
        StringBuilder lines = new StringBuilder();
        StringBuilder nodes = new StringBuilder();
        double cx = W / 2.0, cy = H / 2.0;
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            double angle = 2 * Math.PI * i / edges.size() - Math.PI / 2;
            double x = cx + R * 1.6 * Math.cos(angle), y = cy + R * Math.sin(angle);
            lines.append(String.format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"edge%s\"/>",
                    cx, cy, x, y, e.outgoing ? "" : " in"));
            lines.append(String.format("<text x=\"%.1f\" y=\"%.1f\" class=\"edge-label\">%s</text>\n",
                    (cx + x) / 2, (cy + y) / 2 - 3, Html.esc(shorten(e.label, 10))));
            String kind = Kinds.kindOf(store, e.other);
            nodes.append("<a href=\"").append(Html.esc(values.links().href(e.other.getURI()))).append("\">")
                    .append(String.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" class=\"node k-%s\"/>", x, y, kind))
                    .append(String.format("<text x=\"%.1f\" y=\"%.1f\" class=\"node-label\">%s</text>", x, y + 24,
                            Html.esc(shorten(store.label(e.other), 9))))
                    .append("<title>").append(Html.esc(store.label(e.other))).append("</title></a>\n");
        }
        String centerKind = Kinds.kindOf(store, center);
        return "<figure class=\"graph\"><svg viewBox=\"0 0 " + W + " " + H + "\" role=\"img\" aria-label=\"关系图\""
                + " xmlns=\"http://www.w3.org/2000/svg\">\n" + lines + nodes
                + String.format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"14\" class=\"node center k-%s\"/>", cx, cy, centerKind)
                + String.format("<text x=\"%.1f\" y=\"%.1f\" class=\"node-label center\">%s</text>", cx, cy + 30,
                        Html.esc(shorten(centerLabel, 12)))
                + "</svg><figcaption>关系图（最多 " + MAX_NODES + " 个邻居）</figcaption></figure>\n";
    }

    private List<Edge> neighbours(Node center) {
        Map<Node, Edge> out = new LinkedHashMap<>();
        store.union().find(center, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && !t.getPredicate().equals(RDF.type.asNode()) && !isMention(o) && !o.equals(center))
                out.putIfAbsent(o, new Edge(o, propertyLabel(t.getPredicate()), true));
        });
        store.union().find(Node.ANY, Node.ANY, center).forEachRemaining(t -> {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            if (p.equals(MEMBER)) {
                String title = first(s, TITLE);
                for (Node org : store.objects(s, ORGANIZATION))
                    out.putIfAbsent(org, new Edge(org, title != null ? title : "成员", true));
            } else if (s.isURI() && !isMention(s) && !p.equals(ITSRDF.taIdentRef.asNode()) && !s.equals(center)) {
                out.putIfAbsent(s, new Edge(s, propertyLabel(p), false));
            }
        });
        List<Edge> edges = new ArrayList<>(out.values());
        return edges.size() > MAX_NODES ? edges.subList(0, MAX_NODES) : edges;
    }

    private boolean isMention(Node n) {
        return n.isURI() && n.getURI().contains("#") || store.objects(n, RDF.type.asNode()).contains(GOV.Mention.asNode());
    }

    private String first(Node s, Node p) {
        List<Node> os = store.objects(s, p);
        return os.isEmpty() || !os.get(0).isLiteral() ? null : os.get(0).getLiteralLexicalForm();
    }

    private String propertyLabel(Node p) {
        String l = store.labelOrNull(p);
        return l != null ? l : DataView.tail(p.getURI());
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
