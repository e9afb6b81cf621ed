package govkg.bench;

import govkg.extract.StageClock;
import govkg.ingest.SourceReader;
import govkg.rdf.EntityGraph;
import govkg.rdf.NQuadsWriter;
import govkg.rdf.ReportGraph;
import govkg.resolve.IriMinter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where extraction's CPU time goes: the same articles and the same alternation of blocks as {@link ExtractionBench},
 * with the chain's own stage clock on ({@link StageClock}: reading, simplifying, splitting, HanLP, each extractor,
 * resolution, mapping) and the bench timing the N-Quads writing and the entities graph. Each stage is printed as a
 * multiple of bare HanLP's time on the same articles, this thread's CPU time only. A profile, not a target: the
 * clock reads cost a little, so the stages add up to slightly more than the extract line's ratio.
 */
public final class StageProfile {
    private final BenchCorpus corpus;
    private final Path reports;
    private final Path work;

    public StageProfile(BenchCorpus corpus, Path reports, Path work) {
        this.corpus = corpus;
        this.reports = reports;
        this.work = work;
    }

    /** Stage → thread CPU nanoseconds, in the order the stages first ran; "bare HanLP" first. */
    public Map<String, Long> run() throws IOException {
        SideBySide sides = SideBySide.of(corpus, reports);
        List<SourceReader.Input> inputs = sides.inputs();
        List<String> texts = sides.texts();
        EntityGraph.Accumulator entities = new EntityGraph.Accumulator();
        Map<String, Long> spent = new LinkedHashMap<>();
        spent.put("bare HanLP", 0L);
        StageClock clock = (stage, nanos) -> spent.merge(stage, nanos, Long::sum);
        try (OutputStream os = Files.newOutputStream(work.resolve("stages.nq"))) {
            StreamRDF sink = new NQuadsWriter(os);
            sides.warmUp();
            int sink0 = 0;
            for (int from = 0; from < sides.size(); from += ExtractionBench.BLOCK) {
                long t = StageClock.now();
                for (int i = from; i < Math.min(texts.size(), from + ExtractionBench.BLOCK); i++) sink0 += sides.bare().segment(texts.get(i));
                spent.merge("bare HanLP", StageClock.now() - t, Long::sum);
                for (ReportGraph g : sides.chain(from, Math.min(inputs.size(), from + ExtractionBench.BLOCK), clock)) {
                    t = StageClock.now();
                    for (Quad q : g.quads()) sink.quad(q);
                    t = clock.lap("write N-Quads", t);
                    entities.add(g.quads());
                    clock.lap("entities graph", t);
                }
            }
            finish(sink, entities, sides.iris(), clock);
            if (sink0 < 0) throw new IllegalStateException("unreachable");
        }
        return spent;
    }

    /** The entities graph is written once, at the end, as {@code govkg extract} does. */
    private static void finish(StreamRDF sink, EntityGraph.Accumulator entities, IriMinter iris, StageClock clock) {
        long t = StageClock.now();
        entities.write(EntityGraph.graphIri(iris), sink);
        sink.finish();
        clock.lap("entities graph", t);
    }

    /** One line per stage: its CPU time as a multiple of bare HanLP's, then the sum. */
    public static List<String> table(Map<String, Long> spent) {
        double bare = spent.get("bare HanLP");
        List<String> out = new ArrayList<>();
        out.add("where extraction's time goes (this thread's CPU time, × bare HanLP on the same articles):");
        long chain = 0;
        for (var e : spent.entrySet()) {
            if (e.getKey().equals("bare HanLP")) continue;
            chain += e.getValue();
            out.add(String.format(Locale.ROOT, "  %-22s %6.3f", e.getKey(), e.getValue() / bare));
        }
        out.add(String.format(Locale.ROOT, "  %-22s %6.3f  (bare HanLP %.1f s)", "whole chain", chain / bare, bare / 1e9));
        return out;
    }
}
