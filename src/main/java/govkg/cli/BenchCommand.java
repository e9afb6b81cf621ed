package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.bench.BenchOptions;
import govkg.bench.BenchRunner;
import govkg.bench.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** govkg bench: the whole-run benchmarks of docs/benchmarks.md, one PASS/FAIL line per target. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Whole-run benchmarks on a real JSON-lines corpus: extraction vs bare HanLP (CPU), one core vs two, TDB2 loading vs Jena's loaders,",
                "cold start, canned queries over HTTP under concurrent clients on a scaled store, a build in a 1 GB heap. Prints PASS/FAIL per target.",
                "Exit 0 when every target is met, 1 otherwise. Scratch data goes to --work (default: a new folder under the system temp dir)."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "PATH", description = "JSON-lines corpus folder or file (default ${DEFAULT-VALUE}).")
    Path corpus = Path.of("../shared/corpora/xwlb");

    @Option(names = "--articles", paramLabel = "N", description = "Corpus articles for extraction, cores and load (default ${DEFAULT-VALUE}).")
    int articles = 4000;

    @Option(names = "--reports", paramLabel = "N", description = "Reports in the scaled store and the 1 GB build (default ${DEFAULT-VALUE}).")
    int reports = 100_000;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent query clients (default ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--seconds", paramLabel = "N", description = "How long the query clients run (default ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--only", paramLabel = "NAME", split = ",", description = "Run only these: extract, stages (where extraction's time goes; no target), load, coldstart, cores, queries, memory.")
    List<String> only = new ArrayList<>();

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: new under java.io.tmpdir; kept with --keep).")
    Path work;

    @Option(names = "--keep", description = "Keep the scratch folder.")
    boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // the query benchmark's server would log every one of its thousands of requests (slf4j-simple reads this
        // property when Fuseki's loggers are made, which is later)
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
        if (!Files.exists(corpus)) throw new GovkgException(ExitCodes.BAD_INPUT, corpus + ": no such corpus (give --corpus)");
        boolean temp = work == null;
        BenchOptions o;
        try {   // checked before a scratch folder is made, so a bad option leaves nothing behind
            o = new BenchOptions(corpus, articles, reports, temp ? Path.of("unused") : work, new java.util.HashSet<>(only), clients, seconds);
        } catch (IllegalArgumentException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        Path dir = temp ? Files.createTempDirectory("govkg-bench-") : work;
        o = new BenchOptions(corpus, articles, reports, dir, o.only(), clients, seconds);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            List<Verdict> v = new BenchRunner(o, out).run();
            return v.stream().allMatch(Verdict::pass) ? ExitCodes.OK : ExitCodes.FAILURE;
        } finally {
            if (temp && !keep) govkg.bench.BenchFiles.deleteTree(dir);
        }
    }
}
