package govkg.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads of one named graph to a {@link StreamRDF} with short helpers for IRIs and literals,
 * so the mappers read like the RDF they produce. Not thread-safe (one per graph being written).
 */
final class QuadSink {
    private final StreamRDF out;
    private final Node graph;

    QuadSink(StreamRDF out, String graphIri) {
        this.out = out;
        this.graph = NodeFactory.createURI(graphIri);
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node iri(Resource r) {
        return r.asNode();
    }

    static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node typed(String lex, RDFDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }

    static Node integer(long v) {
        return typed(Long.toString(v), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node dbl(double v) {
        return typed(Double.toString(Math.round(v * 1000) / 1000.0), XSDDatatype.XSDdouble);
    }

    void add(Node s, Resource p, Node o) {
        out.quad(Quad.create(graph, s, p.asNode(), o));
    }

    void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }
}
