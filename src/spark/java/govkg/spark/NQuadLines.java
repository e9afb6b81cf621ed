package govkg.spark;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.List;

/**
 * Quads as N-Quads lines: the job's records are plain strings, so Spark never has to serialize Jena
 * nodes, and its text output is N-Quads as it stands (one statement a line, any split is valid).
 */
final class NQuadLines {
    private NQuadLines() {}

    static String line(Quad q) {
        return node(q.getSubject()) + " " + node(q.getPredicate()) + " " + node(q.getObject()) + " " + node(q.getGraph()) + " .";
    }

    private static String node(Node n) {
        return NodeFmtLib.strNT(n);
    }

    /** A stream that collects each quad it is given as a line. */
    static StreamRDF collector(List<String> into) {
        return new StreamRDFBase() {
            @Override public void quad(Quad q) { into.add(line(q)); }
        };
    }

    static List<String> of(Iterable<Quad> quads) {
        List<String> out = new ArrayList<>();
        for (Quad q : quads) out.add(line(q));
        return out;
    }
}
