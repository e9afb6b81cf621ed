package govkg.bench.jmh;

import govkg.extract.ExtractionPipeline;
import govkg.extract.Fact;
import govkg.lexicon.Lexicons;
import govkg.gazetteer.PlaceContext;
import govkg.gazetteer.PlaceMention;
import govkg.gazetteer.PlaceResolver;
import govkg.ingest.Article;
import govkg.ingest.PageSplitter;
import govkg.ingest.SourceReader;
import govkg.nlp.BareSegmenter;
import govkg.nlp.HanLpAdapter;
import govkg.nlp.Token;
import govkg.rdf.ReportGraph;
import govkg.pipeline.ReportProcessor;
import govkg.resolve.IriMinter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * JMH benchmarks of the extraction hot paths on our own sample page (samples/pages/p08, team-written):
 * HanLP alone, our adapter around it, the gazetteer's place resolution, the whole extractor pipeline,
 * one file through the whole chain, and writing its quads as N-Quads. Each returns its result so the
 * JIT cannot drop the work. Not run by {@code mvn test} (no *Test class); run with
 * {@code mvn -B -Pjmh verify} (see docs/benchmarks.md). Single-threaded, average time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
public class ExtractionHotPaths {
    static final Path PAGE = Path.of("samples/pages/p08-jiangxi-nanchang.txt");
    SourceReader.Input input;
    Article article;
    String text;
    BareSegmenter bare;
    ExtractionPipeline pipeline;
    PlaceResolver places;
    ReportProcessor processor;
    List<ReportGraph> graphs;

    @Setup
    public void setUp() throws Exception {
        input = SourceReader.list(List.of(PAGE)).get(0);
        article = PageSplitter.split(SourceReader.read(input), Optional.empty()).get(0);
        text = article.textForExtraction();
        bare = new BareSegmenter();
        pipeline = ExtractionPipeline.standard(Lexicons.builtIn());
        places = new PlaceResolver();
        processor = new ReportProcessor(new IriMinter(IriMinter.DEFAULT_BASE), Lexicons.builtIn(), Optional.empty());
        graphs = processor.process(input);
    }

    @Benchmark
    public int hanlpBareSegmentation() {
        return bare.segment(text);
    }

    @Benchmark
    public List<Token> hanlpThroughAdapter() {
        return HanLpAdapter.get().segment(text);
    }

    @Benchmark
    public List<PlaceMention> gazetteerPlaces() {
        return places.resolve(text, PlaceContext.none());
    }

    @Benchmark
    public List<Fact> extractorPipeline() {
        return pipeline.extract(article);
    }

    @Benchmark
    public List<ReportGraph> wholeFile() throws Exception {
        return processor.process(input);
    }

    /** What {@code govkg extract -o x.nq} writes with. */
    @Benchmark
    public int writeNQuads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        StreamRDF s = new govkg.rdf.NQuadsWriter(out);
        s.start();
        for (ReportGraph g : graphs) for (Quad q : g.quads()) s.quad(q);
        s.finish();
        return out.size();
    }

    /** Jena's streaming N-Quads writer on the same quads (the same bytes, see NQuadsWriterTest). */
    @Benchmark
    public int writeNQuadsJena() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        StreamRDF s = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        s.start();
        for (ReportGraph g : graphs) for (Quad q : g.quads()) s.quad(q);
        s.finish();
        return out.size();
    }
}
