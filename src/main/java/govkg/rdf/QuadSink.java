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

    /**
     * A Chinese literal: the node {@code NodeFactory.createLiteralLang(s, "zh")} makes, without formatting the language
     * tag anew for every literal (parsing "zh" as a BCP 47 tag was most of the cost of a mention's sentence).
     */
    static Node zh(String s) {
        return NodeFactory.createLiteral(org.apache.jena.graph.impl.LiteralLabelFactory.createLang(java.util.Objects.requireNonNull(s), ZH));
    }

    /** "zh" as Jena formats it (the same string; asked once). */
    private static final String ZH = org.apache.jena.langtagx.LangTagX.formatLanguageTag("zh");

    static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node typed(String lex, RDFDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }

    static Node integer(long v) {
        if (v < 0 || v >= SMALL_INTEGERS.length()) return typed(Long.toString(v), XSDDatatype.XSDnonNegativeInteger);
        Node n = SMALL_INTEGERS.get((int) v);
        if (n == null) SMALL_INTEGERS.set((int) v, n = typed(Long.toString(v), XSDDatatype.XSDnonNegativeInteger));
        return n;
    }

    /** A confidence, rounded to three decimals (so at most 1,001 distinct values, each made once). */
    static Node dbl(double v) {
        return CONFIDENCES.computeIfAbsent(Math.round(v * 1000) / 1000.0, r -> typed(Double.toString(r), XSDDatatype.XSDdouble));
    }

    /*
     * Offsets and confidences repeat from mention to mention, and Jena parses the lexical form of every typed literal
     * it makes (through BigInteger for xsd:nonNegativeInteger; 3 % of bare HanLP's time in a profile): now each is made once.
     * Nodes are immutable, so sharing them between threads and graphs is safe; a race only makes one twice.
     */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<Node> SMALL_INTEGERS = new java.util.concurrent.atomic.AtomicReferenceArray<>(1 << 16);
    private static final java.util.Map<Double, Node> CONFIDENCES = new java.util.concurrent.ConcurrentHashMap<>();

    void add(Node s, Resource p, Node o) {
        out.quad(Quad.create(graph, s, p.asNode(), o));
    }

    void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }
}
