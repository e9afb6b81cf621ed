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
        boolean extracts = opts.runs("extract") || opts.runs("load") || opts.runs("queries");
        Path nquads = opts.work().resolve(ExtractionBench.NQUADS);
        if ((extracts || opts.runs("stages")) && !inBatchJvm()) {
            extractInBatchJvm(verdicts);
        } else {
            if (extracts) {
                ExtractionBench.Result extraction = new ExtractionBench(corpus, reports, opts.work()).run();
                if (opts.runs("extract")) report(verdicts, ExtractionBench.verdict(extraction, Machine.load()));
            }
            if (opts.runs("stages")) StageProfile.table(new StageProfile(corpus, reports, opts.work()).run()).forEach(out::println);
        }
        if (opts.runs("load")) {
            LoadBench.Result r = new LoadBench(nquads, opts.work()).run();
            for (Verdict v : LoadBench.verdicts(r, Machine.load())) report(verdicts, v);
        }
        if (opts.runs("queries")) {
            QueryBench.Result r = QueryBench.run(nquads, opts.reports(), opts.clients(), opts.seconds(), opts.work());
            QueryBench.table(r).forEach(out::println);
            for (Verdict v : QueryBench.verdicts(r, Machine.load())) report(verdicts, v);
        }
        if (opts.runs("coldstart")) report(verdicts, ColdStartBench.run(smallest(reports), opts.work()));
        if (opts.runs("cores")) report(verdicts, CoresBench.run(reports, opts.work()));
        if (opts.runs("memory")) report(verdicts, MemoryBench.run(corpus, opts.reports(), opts.work()));
        out.printf("%d of %d targets met%n", verdicts.stream().filter(Verdict::pass).count(), verdicts.size());
        return verdicts;
    }

    /** Whether this JVM runs with the options {@code ./govkg extract} runs with ({@link ChildJvm#BATCH_OPTIONS}). */
    static boolean inBatchJvm() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(ChildJvm.BATCH_OPTIONS);
    }

    /**
     * The extraction line and the stage profile measure {@code govkg extract}, which the launcher runs with the client
     * compiler and the serial collector; the store and query lines measure {@code load}, {@code build} and {@code serve},
     * which keep the JVM's defaults. So the extraction runs in a child JVM with the batch options (this same command,
     * {@code --only extract,stages}), writing the N-Quads the later lines load; its lines are copied here.
     */
    private void extractInBatchJvm(List<Verdict> verdicts) throws IOException, InterruptedException {
        List<String> only = new ArrayList<>();
        if (opts.runs("extract") || opts.runs("load") || opts.runs("queries")) only.add("extract");
        if (opts.runs("stages")) only.add("stages");
        List<String> args = List.of("bench", "--corpus", opts.corpus().toString(), "--articles", Integer.toString(opts.articles()),
                "--work", opts.work().toString(), "--only", String.join(",", only));
        Path log = opts.work().resolve("extract-bench.log");
        ChildJvm.Run run = ChildJvm.run(null, ChildJvm.batch("-Xmx2g"), args, log);
        out.println("(extraction measured in a child JVM as `govkg extract` runs: " + ChildJvm.shown(null, ChildJvm.batch("-Xmx2g"), args) + ")");
        for (String line : java.nio.file.Files.readAllLines(log)) {
            if (line.startsWith("govkg bench") || line.startsWith("corpus ") || line.matches("\\d+ of \\d+ targets met")) continue;
            Verdict v = Verdict.parse(line);
            if (v != null) {
                if (opts.runs("extract")) report(verdicts, v);
            } else {
                out.println(line);
            }
        }
        if (run.exitCode() > 1 || only.contains("extract") && !java.nio.file.Files.exists(opts.work().resolve(ExtractionBench.NQUADS)))
            throw new IOException("the extraction benchmark's child JVM failed (exit " + run.exitCode() + "), see " + log);
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
