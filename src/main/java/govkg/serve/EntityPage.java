package govkg.serve;

import govkg.rdf.Prefixes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The HTML page of one resource: label, aliases, types, every property, post holdings, place hierarchy,
 * provenance sentences, inbound links and a neighbourhood graph; a report's date; pictures over time for a person
 * (career), an organization (post holders) and a program (adoption timeline and province map). All drawn on the
 * server as inline SVG: works without JavaScript.
 * Stateless besides its collaborators; thread-safe.
 */
final class EntityPage {
    /** Inbound links per page. */
    static final int INBOUND_PER_PAGE = 100;
    /** Values per page of a property with many. */
    static final int VALUES_PER_PAGE = 50;

    private final DataView store;
    private final Values values;
    private final EntitySections sections;
    private final NeighbourhoodSvg svg;
    private final CareerTimeline careers;
    private final ProgramAdoption adoption;

    EntityPage(DataView store, Links links) {
        this.store = store;
        this.values = new Values(store, links);
        this.sections = new EntitySections(store, values);
        this.svg = new NeighbourhoodSvg(store, values);
        this.careers = new CareerTimeline(store, values);
        this.adoption = new ProgramAdoption(store, values);
    }

    /** The first page. */
    String render(Node iri, String head) {
        return render(iri, head, 0);
    }

    /**
     * One page of the resource; {@code head} holds extra head elements (alternate links). The long lists — posts,
     * provenance sentences, inbound links — are paged together ({@code ?page=}), so a page stays small however
     * often the resource is mentioned.
     */
    String render(Node iri, String head, int page) {
        return store.read(() -> {
            String label = store.label(iri);
            String kind = Kinds.kindOf(store, iri);
            StringBuilder b = new StringBuilder();
            b.append("<article class=\"entity kind-").append(kind).append("\">\n<h1>").append(Html.esc(label)).append("</h1>\n");
            b.append("<p class=\"iri\"><code>").append(Html.esc(iri.getURI())).append("</code></p>\n");
            List<Node> types = store.objects(iri, RDF.type.asNode());
            if (!types.isEmpty()) {
                b.append("<p class=\"types\">");
                for (Node t : types)
                    b.append("<span class=\"badge\">").append(Html.esc(Kinds.className(t))).append("</span> ");
                b.append("</p>\n");
            }
            List<Node> aliases = store.objects(iri, SKOS.altLabel.asNode());
            if (!aliases.isEmpty()) {
                b.append("<p class=\"aliases\">又称：");
                List<String> names = new ArrayList<>();
                for (Node a : aliases)
                    names.add("<span class=\"alias\">" + Html.esc(a.getLiteralLexicalForm()) + "</span>");
                b.append(String.join("、", names)).append("</p>\n");
            }
            if (kind.equals("report"))
                b.append(reportDate(iri));
            // the pictures over time first, on the first page only: they sum up what the paged lists show, and say
            // more of a person, body or program than the neighbourhood does
            if (page == 0)
                b.append(switch (kind) {
                    case "person" -> careers.person(iri, label);
                    case "organization" -> careers.organization(iri, label);
                    case "program" -> adoption.render(iri, label);
                    default -> "";
                });
            b.append(svg.render(iri, label));
            EntitySections.Section facts = facts(iri, page);
            b.append(facts.html());
            EntitySections.Section posts = sections.posts(iri, page);
            b.append(posts.html());
            b.append(sections.placeHierarchy(iri));
            EntitySections.Section mentions = sections.reportMentions(iri, page);
            b.append(mentions.html());
            EntitySections.Section provenance = sections.provenance(iri, page);
            b.append(provenance.html());
            EntitySections.Section inbound = inbound(iri, page);
            b.append(inbound.html());
            boolean more = facts.more() || posts.more() || mentions.more() || provenance.more() || inbound.more();
            if (page > 0 || more)
                b.append(Paging.links(pageHref(iri), page, more));
            b.append("<p class=\"formats\">数据格式：")
                    .append("<a href=\"").append(Html.esc(formatHref(iri, "ttl"))).append("\">Turtle</a> · ")
                    .append("<a href=\"").append(Html.esc(formatHref(iri, "jsonld"))).append("\">JSON-LD</a> · ")
                    .append("<a href=\"").append(Html.esc(formatHref(iri, "nt"))).append("\">N-Triples</a></p>\n");
            b.append("</article>\n");
            return Html.page(label, head, b.toString(), "");
        });
    }

    /** A report's date under its title: every dated list on the other pages links here, so the date is said first. */
    private String reportDate(Node report) {
        List<String> dates = store.objects(report, SchemaDO.datePublished.asNode()).stream()
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).distinct().sorted().toList();
        if (dates.isEmpty())
            return "<p class=\"date\">发布日期不详</p>\n";
        return "<p class=\"date\">发布日期 " + String.join("、", dates.stream()
                .map(d -> "<time datetime=\"" + Html.esc(d) + "\">" + Html.esc(d) + "</time>").toList()) + "</p>\n";
    }

    private String formatHref(Node iri, String suffix) {
        String local = values.links().localPath(iri.getURI());
        if (local != null && !local.contains("#"))
            return local + "." + suffix;
        return "/lookup?iri=" + Links.encode(iri.getURI()) + "&format=" + suffix;
    }

    /** The resource's own statements; a property with many values shows {@value #VALUES_PER_PAGE} of them a page. */
    private EntitySections.Section facts(Node iri, int page) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        Graph g = store.union();
        g.find(iri, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (!p.equals(RDF.type.asNode()) && !p.equals(SKOS.altLabel.asNode()))
                byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
        });
        if (byProperty.isEmpty())
            return EntitySections.Section.NONE;
        StringBuilder b = new StringBuilder("<section class=\"facts\"><h2>属性</h2>\n<dl class=\"props\">\n");
        boolean more = false;
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            List<Node> all = e.getValue();
            all.sort(Comparator.comparing(Node::toString));
            Paging.Slice<Node> shown = Paging.slice(all, page, VALUES_PER_PAGE);
            more |= shown.more();
            if (shown.items().isEmpty())
                continue;
            b.append("<dt>").append(propertyName(e.getKey())).append("</dt><dd>");
            List<String> items = new ArrayList<>();
            for (Node v : shown.items())
                items.add(values.html(v));
            if (all.size() > VALUES_PER_PAGE)
                items.add("<small class=\"count\">共 " + all.size() + " 项</small>");
            b.append(String.join("<br>", items)).append("</dd>\n");
        }
        return new EntitySections.Section(b.append("</dl></section>\n").toString(), more);
    }

    /** The statements pointing at the resource, {@value #INBOUND_PER_PAGE} per page (mentions and posts have sections of their own). */
    private EntitySections.Section inbound(Node iri, int page) {
        List<Binding> rows = store.select("""
                SELECT ?s ?p WHERE { ?s ?p ?o FILTER (?p NOT IN (rdf:type, itsrdf:taIdentRef, org:member, gov:inReport)) }
                ORDER BY ?p ?s LIMIT %d OFFSET %d""".formatted(INBOUND_PER_PAGE + 1, (long) page * INBOUND_PER_PAGE),
                Map.of("o", iri));
        if (rows.isEmpty())
            return EntitySections.Section.NONE;
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Binding r : rows.subList(0, Math.min(INBOUND_PER_PAGE, rows.size())))
            byProperty.computeIfAbsent(r.get("p"), k -> new ArrayList<>()).add(r.get("s"));
        StringBuilder b = new StringBuilder("<section class=\"inbound\"><h2>被引用</h2>\n<dl class=\"props\">\n");
        byProperty.forEach((p, ss) -> {
            b.append("<dt>").append(propertyName(p)).append(" 的对象</dt><dd>");
            List<String> items = new ArrayList<>();
            for (Node s : ss)
                items.add(values.html(s));
            b.append(String.join("<br>", items)).append("</dd>\n");
        });
        return new EntitySections.Section(b.append("</dl></section>\n").toString(), rows.size() > INBOUND_PER_PAGE);
    }

    /** The HTML page's own address, to which the pager adds {@code page=}. */
    private String pageHref(Node iri) {
        return values.links().href(iri.getURI());
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
