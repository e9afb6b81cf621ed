package govkg.rdf;

import govkg.resolve.IriMinter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.time.Instant;
import java.util.Collection;

import static govkg.rdf.QuadSink.iri;
import static govkg.rdf.QuadSink.str;
import static govkg.rdf.QuadSink.typed;

/**
 * The graphs beside the reports: the ontology (B graph/ontology) and run metadata (B graph/runs) —
 * the only statements allowed to differ between two builds of the same input.
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

    /** One extraction run: when, by which software, and which reports it generated. */
    public void writeRun(String runId, Instant started, Instant ended, Collection<String> reportIris, StreamRDF stream) {
        QuadSink out = new QuadSink(stream, runsGraph());
        Node run = iri(iris.run(runId));
        Node sw = iri(iris.software(VERSION));
        out.add(run, RDF.type, iri(PROV.Activity));
        out.add(run, RDFS.label, QuadSink.zh("govkg 抽取运行 " + runId));
        out.add(run, PROV.startedAtTime, typed(started.toString(), XSDDatatype.XSDdateTime));
        out.add(run, PROV.endedAtTime, typed(ended.toString(), XSDDatatype.XSDdateTime));
        out.add(run, PROV.wasAssociatedWith, sw);
        out.add(sw, RDF.type, iri(PROV.SoftwareAgent));
        out.add(sw, RDFS.label, str("govkg " + VERSION));
        for (String r : reportIris) out.add(iri(r), PROV.wasGeneratedBy, run);
    }
}
