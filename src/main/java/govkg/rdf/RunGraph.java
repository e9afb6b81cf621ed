package govkg.rdf;

import govkg.resolve.IriMinter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static govkg.rdf.QuadSink.iri;
import static govkg.rdf.QuadSink.str;
import static govkg.rdf.QuadSink.typed;

/**
 * Run metadata ({@code B graph/runs}), the only statements allowed to differ between two builds of the
 * same input: each build is a prov:Activity with its times and the software (and version) that ran;
 * each report in the store says which run generated its current graph ({@code prov:wasGeneratedBy}),
 * and a run says which source files it read ({@code prov:used}; their checksums are in the report graphs).
 * A run that generated no report still in the store is dropped, so rebuilding unchanged input leaves the
 * store as it was. Stateless.
 */
public final class RunGraph {
    private final IriMinter iris;

    public RunGraph(IriMinter iris) {
        this.iris = iris;
    }

    public String graphIri() {
        return iris.graph("runs");
    }

    public String runIri(String id) {
        return iris.run(id);
    }

    private Quad q(Node s, org.apache.jena.rdf.model.Resource p, Node o) {
        return Quad.create(iri(graphIri()), s, p.asNode(), o);
    }

    /** The run, its start time and its software. */
    public List<Quad> started(String runId, Instant started) {
        Node run = iri(runIri(runId));
        Node sw = iri(iris.software(ReferenceGraphs.VERSION));
        List<Quad> out = new ArrayList<>();
        out.add(q(run, RDF.type, iri(PROV.Activity)));
        out.add(q(run, RDFS.label, QuadSink.zh("govkg 抽取运行 " + runId)));
        out.add(q(run, PROV.startedAtTime, typed(started.toString(), XSDDatatype.XSDdateTime)));
        out.add(q(run, PROV.wasAssociatedWith, sw));
        out.add(q(sw, RDF.type, iri(PROV.SoftwareAgent)));
        out.add(q(sw, RDFS.label, str("govkg " + ReferenceGraphs.VERSION)));
        return out;
    }

    public Quad ended(String runIri, Instant ended) {
        return q(iri(runIri), PROV.endedAtTime, typed(ended.toString(), XSDDatatype.XSDdateTime));
    }

    public Quad generated(String reportIri, String runIri) {
        return q(iri(reportIri), PROV.wasGeneratedBy, iri(runIri));
    }

    public Quad used(String runIri, String sourceIri) {
        return q(iri(runIri), PROV.used, iri(sourceIri));
    }
}
