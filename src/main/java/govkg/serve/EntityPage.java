package govkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The HTML page of one resource: label, aliases, types, every property, post holdings, place hierarchy,
 * provenance sentences, inbound links and a neighbourhood graph. Works without JavaScript.
 * Stateless besides its collaborators; thread-safe.
 */
final class EntityPage {
    /** At most this many inbound links are listed. */
    static final int MAX_INBOUND = 300;
    private static final Node MEMBER = Ns.uri(Ns.ORG + "member");
    private static final Node IN_REPORT = Ns.gov("inReport");

    private final Store store;
    private final Values values;
    private final EntitySections sections;
    private final NeighbourhoodSvg svg;

    EntityPage(Store store, Links links) {
        this.store = store;
        this.values = new Values(store, links);
        this.sections = new EntitySections(store, values);
        this.svg = new NeighbourhoodSvg(store, values);
    }

    /** The whole page; {@code head} holds extra head elements (alternate links). */
    String render(Node iri, String head) {
        return store.read(() -> {
            String label = store.label(iri);
            String kind = Kinds.kindOf(store, iri);
            StringBuilder b = new StringBuilder();
            b.append("<article class=\"entity kind-").append(kind).append("\">\n<h1>").append(Html.esc(label)).append("</h1>\n");
            b.append("<p class=\"iri\"><code>").append(Html.esc(iri.getURI())).append("</code></p>\n");
            List<Node> types = store.objects(iri, Ns.TYPE);
            if (!types.isEmpty()) {
                b.append("<p class=\"types\">");
                for (Node t : types)
                    b.append("<span class=\"badge\">").append(Html.esc(Kinds.className(t))).append("</span> ");
                b.append("</p>\n");
            }
            List<Node> aliases = store.objects(iri, Ns.ALT_LABEL);
            if (!aliases.isEmpty()) {
                b.append("<p class=\"aliases\">又称：");
                List<String> names = new ArrayList<>();
                for (Node a : aliases)
                    names.add("<span class=\"alias\">" + Html.esc(a.getLiteralLexicalForm()) + "</span>");
                b.append(String.join("、", names)).append("</p>\n");
            }
            b.append(svg.render(iri, label));
            b.append(facts(iri));
            b.append(sections.posts(iri));
            b.append(sections.placeHierarchy(iri));
            b.append(sections.reportMentions(iri));
            b.append(sections.provenance(iri));
            b.append(inbound(iri));
            b.append("<p class=\"formats\">数据格式：")
                    .append("<a href=\"").append(Html.esc(formatHref(iri, "ttl"))).append("\">Turtle</a> · ")
                    .append("<a href=\"").append(Html.esc(formatHref(iri, "jsonld"))).append("\">JSON-LD</a> · ")
                    .append("<a href=\"").append(Html.esc(formatHref(iri, "nt"))).append("\">N-Triples</a></p>\n");
            b.append("</article>\n");
            return Html.page(label, head, b.toString(), "");
        });
    }

    private String formatHref(Node iri, String suffix) {
        String local = values.links().localPath(iri.getURI());
        if (local != null && !local.contains("#"))
            return local + "." + suffix;
        return "/lookup?iri=" + Links.encode(iri.getURI()) + "&format=" + suffix;
    }

    private String facts(Node iri) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        Graph g = store.union();
        g.find(iri, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!p.equals(Ns.TYPE) && !p.equals(Ns.ALT_LABEL))
                byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
        });
        if (byProperty.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<section class=\"facts\"><h2>属性</h2>\n<dl class=\"props\">\n");
        byProperty.forEach((p, vs) -> {
            b.append("<dt>").append(propertyName(p)).append("</dt><dd>");
            List<String> items = new ArrayList<>();
            for (Node v : vs)
                items.add(values.html(v));
            b.append(String.join("<br>", items)).append("</dd>\n");
        });
        return b.append("</dl></section>\n").toString();
    }

    private String inbound(Node iri) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        int count = 0;
        boolean more = false;
        ExtendedIterator<Triple> it = store.union().find(Node.ANY, Node.ANY, iri);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                Node p = t.getPredicate();
                if (p.equals(Ns.TA_IDENT_REF) || p.equals(Ns.TYPE) || p.equals(MEMBER) || p.equals(IN_REPORT))
                    continue;      // mentions are shown as sentences, memberships as posts
                if (count++ >= MAX_INBOUND) {
                    more = true;
                    break;
                }
                byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getSubject());
            }
        } finally {
            it.close();
        }
        if (byProperty.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<section class=\"inbound\"><h2>被引用</h2>\n<dl class=\"props\">\n");
        byProperty.forEach((p, ss) -> {
            b.append("<dt>").append(propertyName(p)).append(" 的对象</dt><dd>");
            List<String> items = new ArrayList<>();
            for (Node s : ss)
                items.add(values.html(s));
            b.append(String.join("<br>", items)).append("</dd>\n");
        });
        if (more)
            b.append("<dt>…</dt><dd>仅列出前 ").append(MAX_INBOUND).append(" 条</dd>\n");
        return b.append("</dl></section>\n").toString();
    }

    /** The property's Chinese label from the ontology graph if any, with its prefixed name. */
    private String propertyName(Node p) {
        String shortName = Prefixes.shortName(p.getURI());
        String label = store.labelOrNull(p);
        if (label == null)
            return "<span class=\"prop\">" + Html.esc(shortName) + "</span>";
        return Html.esc(label) + " <small class=\"prop\">" + Html.esc(shortName) + "</small>";
    }
}
