package govkg.rdf;

import govkg.pipeline.ReportProcessor;
import static org.assertj.core.api.Assertions.assertThat;

import govkg.lexicon.Lexicons;
import govkg.ingest.SourceReader;
import govkg.resolve.IriMinter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Our N-Quads writer must write exactly what Jena's streaming N-Quads writer writes. */
class NQuadsWriterTest {

    static String ours(List<Quad> quads) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        StreamRDF w = new NQuadsWriter(b);
        w.start();
        quads.forEach(w::quad);
        w.finish();
        return b.toString(StandardCharsets.UTF_8);
    }

    static String jenas(List<Quad> quads) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(b, RDFFormat.NQUADS);
        w.start();
        quads.forEach(w::quad);
        w.finish();
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void awkwardNodesAreWrittenAsJenaWritesThem() {
        Node g = NodeFactory.createURI("https://example.org/g/报告");
        Node p = NodeFactory.createURI("https://example.org/p");
        List<Node> objects = List.of(
                NodeFactory.createLiteralLang("引号\"反斜杠\\换行\n回车\r制表\t换页\f退格\b控制\u0001删除\u007f😀\u2028", "zh"),
                NodeFactory.createLiteralString("plain"),
                NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralDT("12", XSDDatatype.XSDnonNegativeInteger),
                NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdouble),
                NodeFactory.createLiteralDT("2024-05-01", XSDDatatype.XSDdate),
                NodeFactory.createURI("https://example.org/a b<c>{d}|e^f`g\\h\"i"),
                NodeFactory.createURI("urn:x-中文:路径"),
                NodeFactory.createBlankNode("b0"));
        List<Quad> quads = new ArrayList<>();
        for (Node o : objects) {
            quads.add(Quad.create(g, NodeFactory.createURI("https://example.org/s"), p, o));
            quads.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/s"), p, o));
            quads.add(Quad.create(Quad.defaultGraphNodeGenerated, NodeFactory.createURI("https://example.org/s"), p, o));
            quads.add(Quad.create(g, NodeFactory.createBlankNode("s1"), NodeFactory.createURI("https://example.org/p q"), o));
            quads.add(Quad.create(NodeFactory.createURI("https://example.org/g2"), NodeFactory.createBlankNode("s1"), p, o));
        }
        assertThat(ours(quads)).isEqualTo(jenas(quads));
    }

    @Test
    void theSampleReportsAreWrittenAsJenaWritesThem() throws Exception {
        ReportProcessor processor = new ReportProcessor(new IriMinter(IriMinter.DEFAULT_BASE), Lexicons.builtIn(), Optional.empty());
        List<Quad> quads = new ArrayList<>();
        for (SourceReader.Input in : SourceReader.list(List.of(Path.of("samples/pages"))))
            for (ReportGraph r : processor.process(in)) quads.addAll(r.quads());
        assertThat(quads).hasSizeGreaterThan(1000);
        assertThat(ours(quads)).isEqualTo(jenas(quads));
    }

    @Test
    void oneQuadsLineIsJenasLineWithoutItsBreak() {
        Quad q = Quad.create(NodeFactory.createURI("https://example.org/g"), NodeFactory.createURI("https://example.org/s"),
                NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralLang("一行\n两行", "zh"));
        assertThat(NQuadsWriter.line(q) + "\n").isEqualTo(jenas(List.of(q)));
    }
}
