package govkg.serve;

import govkg.rdf.GOV;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.AS;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The machine-readable description of one resource, with the links a client needs to walk the graph as the HTML
 * page does:
 * <ul>
 *   <li>every triple with the resource as subject (for a place its {@code gov:within}, for a report what it
 *       {@code gov:mentions}; a property with more than {@value #PAGE} values is paged too) and, for a report, the {@code report#…} nodes of its named graph (mentions,
 *       statistics, quotations), since hash IRIs dereference to the report;</li>
 *   <li>the triples that point at it — the reports that mention it, the places within it, the memberships of a
 *       person ({@code org:member}) with each membership's title, organization and role — paged,
 *       {@value #PAGE} per page, ordered by property and subject;</li>
 *   <li>the labels of every resource it links to;</li>
 *   <li>when there is more than one page: {@code <this page> a as:CollectionPage} with {@code as:next} (and
 *       {@code as:prev}, {@code as:first}) to the other pages of the description (ActivityStreams 2.0).</li>
 * </ul>
 * The back links of mentions ({@code itsrdf:taIdentRef}, {@code gov:inReport}) and types are left out: the
 * reports that mention the resource say so with {@code gov:mentions}. Stateless besides its collaborators;
 * thread-safe.
 */
final class Description {
    /** Inbound statements per page. */
    static final int PAGE = 100;
    private static final Node MEMBER = ORG.member.asNode();
    private static final Node EVIDENCE = GOV.evidence.asNode();
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), DCTerms.title.asNode(), SKOS.prefLabel.asNode(), GOV.title.asNode());

    private final DataView store;
    private final Links links;

    Description(DataView store, Links links) {
        this.store = store;
        this.links = links;
    }

    /** The first page of the description. */
    Graph describe(Node iri) {
        return describe(iri, 0, p -> null);
    }

    /**
     * One page of the description, or an empty graph when nothing is known about the IRI.
     *
     * @param page    0-based page of the inbound statements
     * @param pageIri the IRI of the document holding a given page (the paging statements are about it)
     */
    Graph describe(Node iri, int page, IntFunction<String> pageIri) {
        return store.read(() -> {
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(links.prefixes());
            Set<Node> linked = new HashSet<>();
            Graph union = store.union();
            boolean more = outbound(iri, page, out, linked);
            Graph named = store.dataset().asDatasetGraph().getGraph(iri);
            if (named != null && !named.isEmpty()) {
                String hash = iri.getURI() + "#";
                named.find().forEachRemaining(t -> {
                    if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(hash))
                        add(out, t, linked);
                });
            }
            more |= inbound(iri, page, out, linked);
            for (Node n : linked)
                for (Node p : LABELS)
                    union.find(n, p, Node.ANY).forEachRemaining(out::add);
            if (more || page > 0)
                paging(out, page, more, pageIri);
            return out;
        });
    }

    /**
     * Adds the statements about {@code iri}: a property with at most {@value #PAGE} values whole on every page, one
     * with more (a post's evidence over thousands of reports) {@value #PAGE} values a page; true when a next page
     * has more.
     */
    private boolean outbound(Node iri, int page, Graph out, Set<Node> linked) {
        Map<Node, List<Triple>> byProperty = new LinkedHashMap<>();
        store.union().find(iri, Node.ANY, Node.ANY)
                .forEachRemaining(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t));
        boolean more = false;
        for (List<Triple> ts : byProperty.values()) {
            ts.sort(Comparator.comparing(t -> t.getObject().toString()));
            Paging.Slice<Triple> shown = Paging.slice(ts, page, PAGE);
            more |= shown.more();
            shown.items().forEach(t -> add(out, t, linked));
        }
        return more;
    }

    /** Adds one page of the statements pointing at {@code iri}; true when there is a next page. */
    private boolean inbound(Node iri, int page, Graph out, Set<Node> linked) {
        List<Binding> rows = store.select("""
                SELECT ?s ?p WHERE { ?s ?p ?o FILTER (?p NOT IN (rdf:type, itsrdf:taIdentRef, gov:inReport)) }
                ORDER BY ?p ?s LIMIT %d OFFSET %d""".formatted(PAGE + 1, (long) page * PAGE), Map.of("o", iri));
        Graph union = store.union();
        for (Binding r : rows.subList(0, Math.min(PAGE, rows.size()))) {
            Node s = r.get("s"), p = r.get("p");
            out.add(Triple.create(s, p, iri));
            linked.add(s);
            if (p.equals(MEMBER))       // a post: its title, organization and role, as the page shows them
                union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (!t.getPredicate().equals(EVIDENCE))       // the membership's own description has its evidence
                        add(out, t, linked);
                });
        }
        return rows.size() > PAGE;
    }

    private static void paging(Graph out, int page, boolean more, IntFunction<String> pageIri) {
        String self = pageIri.apply(page);
        if (self == null)
            return;
        Node doc = NodeFactory.createURI(self);
        out.add(Triple.create(doc, RDF.type.asNode(), AS.CollectionPage.asNode()));
        out.add(Triple.create(doc, AS.first.asNode(), NodeFactory.createURI(pageIri.apply(0))));
        if (more)
            out.add(Triple.create(doc, AS.next.asNode(), NodeFactory.createURI(pageIri.apply(page + 1))));
        if (page > 0)
            out.add(Triple.create(doc, AS.prev.asNode(), NodeFactory.createURI(pageIri.apply(page - 1))));
    }

    private static void add(Graph out, Triple t, Set<Node> linked) {
        out.add(t);
        if (t.getObject().isURI() && !t.getPredicate().equals(RDF.type.asNode()))
            linked.add(t.getObject());
    }
}
