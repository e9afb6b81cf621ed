package govkg.bench;

import govkg.lexicon.Lexicons;
import govkg.ingest.SourceReader;
import govkg.nlp.BareSegmenter;
import govkg.extract.StageClock;
import govkg.pipeline.Batch;
import govkg.rdf.ReportGraph;
import govkg.pipeline.ReportProcessor;
import govkg.resolve.IriMinter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The two sides the extraction benchmarks compare, over the same articles: bare HanLP over each article's text
 * (headline, blank line, body) and the whole chain over the report file written for it. Both warmed up alike.
 */
record SideBySide(List<String> texts, List<SourceReader.Input> inputs, BareSegmenter bare, IriMinter iris, ReportProcessor processor) {
    static final int WARM_UP = 300;

    static SideBySide of(BenchCorpus corpus, Path reports) throws IOException {
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        return new SideBySide(corpus.articles().stream().map(a -> a.title() + "\n\n" + a.text()).toList(),
                SourceReader.list(List.of(reports)), new BareSegmenter(), iris,
                new ReportProcessor(iris, Lexicons.builtIn(), Optional.empty()));
    }

    /** The first {@value #WARM_UP} articles through both sides, so neither is measured while the JIT compiles it. */
    void warmUp() {
        int warm = Math.min(texts.size(), WARM_UP);
        for (int i = 0; i < warm; i++) bare.segment(texts.get(i));
        chain(0, Math.min(inputs.size(), warm), StageClock.OFF);
    }

    /**
     * The report files [from, to) through the chain the way {@code govkg extract} runs them: in {@link Batch}'s tasks
     * of a few files each. A file that fails is an error here: the benchmark corpus is clean.
     */
    List<ReportGraph> chain(int from, int to, StageClock clock) {
        List<ReportGraph> out = new java.util.ArrayList<>();
        for (int i = from; i < to; ) {
            int end = Math.min(to, Batch.taskEnd(inputs, i));
            for (ReportProcessor.Outcome o : processor.process(inputs.subList(i, end), clock)) {
                if (o.failure() != null) throw new IllegalStateException("benchmark file failed: " + o.failure(), o.failure());
                out.addAll(o.graphs());
            }
            i = end;
        }
        return out;
    }

    /** How many articles the alternating blocks cover. */
    int size() {
        return Math.max(texts.size(), inputs.size());
    }
}
