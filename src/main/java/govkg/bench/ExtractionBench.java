package govkg.bench;

import govkg.ingest.SourceReader;
import govkg.nlp.BareSegmenter;
import govkg.rdf.EntityGraph;
import govkg.rdf.GazetteerGraph;
import govkg.rdf.NQuadsWriter;
import govkg.rdf.ReportGraph;
import govkg.resolve.IriMinter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Full extraction against bare HanLP, side by side in one JVM on one thread: the same articles go
 * through {@link BareSegmenter} (HanLP with person, place and organization recognition) and through
 * the whole chain as {@code govkg extract -o x.nq} runs it, in {@code Batch}'s tasks of a few files
 * (read, split, NLP, every extractor, resolution, N-Quads written to a file, the entities and places
 * graphs gathered and written at the end). Both are warmed up first, then measured in alternating
 * blocks so a change in machine load hits both alike. Cost is process CPU time (so garbage collection
 * counts), not wall time.
 */
public final class ExtractionBench {
    static final int BLOCK = 200;
    /** The N-Quads the extraction writes into the scratch folder, which the load and query benchmarks read. */
    static final String NQUADS = "extract.nq";
    private final BenchCorpus corpus;
    private final Path reports;
    private final Path work;

    /** Sums of one run. */
    public record Result(long articles, long chars, double bareCpuSec, double fullCpuSec, double bareThreadSec, double fullThreadSec,
                         double medianBlockRatio, long quads, Path nquads) {
        public double ratio() {
            return fullCpuSec / bareCpuSec;
        }
    }

    public ExtractionBench(BenchCorpus corpus, Path reports, Path work) {
        this.corpus = corpus;
        this.reports = reports;
        this.work = work;
    }

    public Result run() throws IOException {
        SideBySide sides = SideBySide.of(corpus, reports);
        List<SourceReader.Input> inputs = sides.inputs();
        List<String> texts = sides.texts();
        BareSegmenter bare = sides.bare();
        IriMinter iris = sides.iris();
        EntityGraph.Accumulator entities = new EntityGraph.Accumulator();
        java.util.Set<String> codes = new java.util.HashSet<>();
        Path out = work.resolve(NQUADS);
        long[] quads = {0};
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF sink = new NQuadsWriter(os);   // what `govkg extract -o x.nq` writes with
            sink.start();
            sides.warmUp();
            double bareSec = 0, fullSec = 0, bareThread = 0, fullThread = 0;
            List<Double> blockRatios = new java.util.ArrayList<>();
            int sink0 = 0;
            for (int from = 0; from < sides.size(); from += BLOCK) {
                long c0 = cpu(), t0 = threadCpu();
                for (int i = from; i < Math.min(texts.size(), from + BLOCK); i++) sink0 += bare.segment(texts.get(i));
                long c1 = cpu(), t1 = threadCpu();
                for (ReportGraph g : sides.chain(from, Math.min(inputs.size(), from + BLOCK), govkg.extract.StageClock.OFF)) {
                    for (Quad q : g.quads()) sink.quad(q);
                    entities.add(g.quads());
                    codes.addAll(g.placeCodes());
                    quads[0] += g.quads().size();
                }
                if (from + BLOCK >= inputs.size()) {   // extract ends with these
                    entities.write(EntityGraph.graphIri(iris), sink);
                    new GazetteerGraph(iris).writeWithAncestors(codes, sink);
                }
                long c2 = cpu(), t2 = threadCpu();
                bareSec += (c1 - c0) / 1e9;
                fullSec += (c2 - c1) / 1e9;
                bareThread += (t1 - t0) / 1e9;
                fullThread += (t2 - t1) / 1e9;
                if (c1 > c0) blockRatios.add((double) (c2 - c1) / (c1 - c0));
            }
            sink.finish();
            if (sink0 < 0) throw new IllegalStateException("unreachable");
            blockRatios.sort(null);
            double median = blockRatios.isEmpty() ? Double.NaN : blockRatios.get(blockRatios.size() / 2);
            return new Result(texts.size(), corpus.chars(), bareSec, fullSec, bareThread, fullThread, median, quads[0], out);
        }
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public static Verdict verdict(Result r, String load) {
        return new Verdict("extract-cpu-ratio", r.ratio(), "×", 2.0, true, String.format(Locale.ROOT,
                "process CPU full %.1f s vs bare HanLP %.1f s; this thread only %.2f×; median of %d-article blocks %.2f×; %d articles, %.2f M chars (bare %.0f K chars/s, full %.0f K chars/s), %d quads; load %s",
                r.fullCpuSec, r.bareCpuSec, r.fullThreadSec / r.bareThreadSec, BLOCK, r.medianBlockRatio, r.articles, r.chars / 1e6, r.chars / r.bareCpuSec / 1e3, r.chars / r.fullCpuSec / 1e3, r.quads, load));
    }

}
