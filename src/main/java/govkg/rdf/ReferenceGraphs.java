package govkg.rdf;

import govkg.resolve.IriMinter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import static govkg.rdf.QuadSink.iri;

/**
 * The ontology's graph (B graph/ontology) beside the reports; run metadata is {@link RunGraph}, the
 * entities graph {@link EntityGraph}, places {@link GazetteerGraph}.
 */
public final class ReferenceGraphs {
    public static final String VERSION = "0.1.0";
    private final IriMinter iris;

    public ReferenceGraphs(IriMinter iris) {
        this.iris = iris;
    }

    public String ontologyGraph() {
        return iris.graph("ontology");
    }

    public String runsGraph() {
        return iris.graph("runs");
    }

    public void writeOntology(StreamRDF out) {
        Node g = iri(ontologyGraph());
        // reference data may keep the ontology's own blank nodes (OWL lists); report graphs have none
        for (Triple t : OntologyFiles.ontology().getGraph().find().toList()) out.quad(Quad.create(g, t));
    }
}
