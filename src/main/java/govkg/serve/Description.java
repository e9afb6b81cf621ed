package govkg.serve;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * Builds the RDF description of one resource: every triple with it as subject in the union graph, the
 * labels of the resources it links to and, for a report, the {@code report#…} nodes of its named graph
 * (mentions, statistics, quotations), since hash IRIs dereference to the report.
 * Stateless besides the store; thread-safe.
 */
final class Description {
    private final Store store;
    private final PrefixMapping prefixes;

    Description(Store store, String base) {
        this.store = store;
        this.prefixes = Prefixes.forData(base);
    }

    /** The description, or an empty graph when nothing is known about the IRI. */
    Graph describe(Node iri) {
        return store.read(() -> {
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(prefixes);
            Graph union = store.union();
            Set<Node> linked = new HashSet<>();
            union.find(iri, Node.ANY, Node.ANY).forEachRemaining(t -> add(out, t, linked));
            Graph named = store.dataset().asDatasetGraph().getGraph(iri);
            if (named != null && !named.isEmpty()) {
                String hash = iri.getURI() + "#";
                named.find().forEachRemaining(t -> {
                    if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(hash))
                        add(out, t, linked);
                });
            }
            for (Node n : linked) {
                union.find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(out::add);
                union.find(n, DCTerms.title.asNode(), Node.ANY).forEachRemaining(out::add);
            }
            return out;
        });
    }

    private static void add(Graph out, Triple t, Set<Node> linked) {
        out.add(t);
        if (t.getObject().isURI() && !t.getPredicate().equals(Ns.TYPE))
            linked.add(t.getObject());
    }
}
