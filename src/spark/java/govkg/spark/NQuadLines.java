package govkg.spark;

import govkg.rdf.NQuadsWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Quads as N-Quads lines: the job's records are plain strings, so Spark never has to serialize Jena
 * nodes, and its text output is N-Quads as it stands (one statement a line, any split is valid).
 */
final class NQuadLines {
    private NQuadLines() {}

    /** The line {@code govkg extract -o x.nq} writes for the quad ({@link NQuadsWriter}). */
    static String line(Quad q) {
        return NQuadsWriter.line(q);
    }

    /** A stream that collects each quad it is given as a line. */
    static StreamRDF collector(List<String> into) {
        return new StreamRDFBase() {
            @Override public void quad(Quad q) { into.add(line(q)); }
        };
    }

    /** A report's quads as lines: one writer for all of them, its output cut at the line breaks (literals escape theirs). */
    static List<String> of(Iterable<Quad> quads) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 14);
        StreamRDF w = new NQuadsWriter(b);
        for (Quad q : quads) w.quad(q);
        w.finish();
        List<String> out = new ArrayList<>();
        for (String l : b.toString(StandardCharsets.UTF_8).split("\n")) if (!l.isEmpty()) out.add(l);
        return out;
    }
}
