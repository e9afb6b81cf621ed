package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.lexicon.Lexicons;
import govkg.ingest.SourceReader;
import govkg.pipeline.Batch;
import govkg.rdf.ReportGraph;
import govkg.pipeline.ReportProcessor;
import govkg.resolve.IriMinter;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Options shared by the commands that extract (extract, build, demo, eval), and the run itself. */
public final class ExtractOptions {
    @Option(names = "--base", paramLabel = "IRI", description = "Base of minted IRIs (default ${DEFAULT-VALUE}).")
    String base = IriMinter.DEFAULT_BASE;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date when neither the page nor the file name gives one.")
    String date;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon file(s): KIND<TAB>TERM lines (see README).")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--commit-every", paramLabel = "QUADS", defaultValue = "2000000",
            description = "build: commit the store after about this many quads, never inside a file (0: after every file). Default: ${DEFAULT-VALUE}.")
    long commitQuads;

    @Option(names = "--progress-lines", description = "A progress line after every file (for build: after its graphs are written; with --commit-every 0 also committed).")
    boolean progressLines;

    private java.util.concurrent.Future<ReportProcessor> preloaded;

    /**
     * Starts building the report processor (lexicons, HanLP's dictionaries, the gazetteer) on other
     * threads, so a command can start Jena and list its inputs meanwhile: a cold {@code extract} of one
     * file then waits for the slowest of these, not their sum (docs/benchmarks.md). Only with the
     * built-in lexicons and valid options; otherwise {@link #run} builds it and reports errors as usual.
     */
    void preload() {
        if (!lexicons.isEmpty() || preloaded != null) return;
        IriMinter iris;
        Optional<LocalDate> d;
        try {
            iris = iris();
            d = date();
        } catch (GovkgException e) {
            return;
        }
        var task = new java.util.concurrent.FutureTask<>(() -> ReportProcessor.warmedUp(iris, Lexicons.builtIn(), d));
        Thread t = new Thread(task, "govkg-preload");
        t.setDaemon(true);
        t.start();
        preloaded = task;
    }

    private ReportProcessor preloaded() {
        try {
            return preloaded.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    Optional<LocalDate> date() {
        if (date == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, "--date " + date + ": expected YYYY-MM-DD");
        }
    }

    IriMinter iris() {
        if (!base.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) throw new GovkgException(ExitCodes.BAD_INPUT, "--base " + base + ": not an absolute IRI");
        return new IriMinter(base);
    }

    /** Runs extraction over the paths, delivering each file's graphs to {@code consumer} in input order. */
    Batch.Summary run(List<Path> paths, Consumer<List<ReportGraph>> consumer, PrintWriter err) {
        List<SourceReader.Input> inputs;
        try {
            inputs = SourceReader.list(paths);
        } catch (IOException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        if (inputs.isEmpty()) throw new GovkgException(ExitCodes.BAD_INPUT, "no report files (.txt, .html) under " + paths);
        ReportProcessor processor;
        if (preloaded != null) {
            processor = preloaded();
        } else {
            Lexicons lex;
            try {
                lex = lexicons.isEmpty() ? Lexicons.builtIn() : Lexicons.load(lexicons);
            } catch (RuntimeException e) {
                throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
            }
            processor = new ReportProcessor(iris(), lex, date());
        }
        ProgressReporter progress = new ProgressReporter(err, quiet, "extract", progressLines);
        Batch.Summary s = Batch.run(inputs, processor, threads, consumer, progress::update);
        progress.finish();
        for (Batch.Failure f : s.failures()) err.println("govkg: skipped " + f.file() + ": " + f.reason());
        if (!quiet) err.printf("govkg: %d file(s), %d report(s), %d quads%s%n", s.files(), s.reports(), s.quads(),
                s.failures().isEmpty() ? "" : ", " + s.failures().size() + " file(s) skipped");
        err.flush();
        return s;
    }
}
