package govkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the whole-run benchmarks of issue 7 and prints one PASS/FAIL line per target, each with what
 * was measured and the machine's load average at the time. Figures that need a separate JVM (cold
 * start, one core against two, a 1 GB heap) run the current classpath in a child process.
 */
public final class BenchRunner {
    private final BenchOptions opts;
    private final PrintStream out;

    public BenchRunner(BenchOptions opts, PrintStream out) {
        this.opts = opts;
        this.out = out;
    }

    /** Runs the chosen benchmarks; returns the verdicts in the order printed. */
    public List<Verdict> run() throws IOException, InterruptedException {
        out.println("govkg bench — " + Machine.describe());
        out.printf("corpus %s, %d articles, %d reports in the scaled store, scratch %s%n", opts.corpus(), opts.articles(), opts.reports(), opts.work());
        BenchCorpus corpus = BenchCorpus.read(opts.corpus(), opts.articles());
        Path reports = corpus.writeReports(opts.work().resolve("reports"));
        List<Verdict> verdicts = new ArrayList<>();
        ExtractionBench.Result extraction = null;
        if (opts.runs("extract") || opts.runs("load") || opts.runs("queries")) {
            extraction = new ExtractionBench(corpus, reports, opts.work()).run();
            if (opts.runs("extract")) report(verdicts, ExtractionBench.verdict(extraction, Machine.load()));
        }
        if (opts.runs("stages")) StageProfile.table(new StageProfile(corpus, reports, opts.work()).run()).forEach(out::println);
        if (opts.runs("load")) {
            LoadBench.Result r = new LoadBench(extraction.nquads(), opts.work()).run();
            for (Verdict v : LoadBench.verdicts(r, Machine.load())) report(verdicts, v);
        }
        if (opts.runs("queries")) {
            QueryBench.Result r = QueryBench.run(extraction.nquads(), opts.reports(), opts.clients(), opts.seconds(), opts.work());
            QueryBench.table(r).forEach(out::println);
            for (Verdict v : QueryBench.verdicts(r, Machine.load())) report(verdicts, v);
        }
        if (opts.runs("coldstart")) report(verdicts, ColdStartBench.run(smallest(reports), opts.work()));
        if (opts.runs("cores")) report(verdicts, CoresBench.run(reports, opts.work()));
        if (opts.runs("memory")) report(verdicts, MemoryBench.run(corpus, opts.reports(), opts.work()));
        out.printf("%d of %d targets met%n", verdicts.stream().filter(Verdict::pass).count(), verdicts.size());
        return verdicts;
    }

    /** The smallest report file (the cold-start input). */
    static Path smallest(Path dir) throws IOException {
        try (var s = java.nio.file.Files.list(dir)) {
            return s.min(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private void report(List<Verdict> verdicts, Verdict v) {
        verdicts.add(v);
        out.println(v.line());
        out.flush();
    }
}
