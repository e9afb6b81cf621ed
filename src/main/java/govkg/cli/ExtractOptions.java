package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.lexicon.Lexicons;
import govkg.ingest.Inputs;
import govkg.ingest.RecordColumns;
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

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date when nothing else gives one (a record's date field, the file name, a date line or 发布时间 line).")
    String date;

    @Option(names = "--id-column", paramLabel = "NAME", description = "Record files (.jsonl .csv .tsv, .gz too): field with the report's id (default ${DEFAULT-VALUE}).")
    String idColumn = RecordColumns.DEFAULT.id();

    @Option(names = "--title-column", paramLabel = "NAME", description = "Record files: field with the title (default ${DEFAULT-VALUE}).")
    String titleColumn = RecordColumns.DEFAULT.title();

    @Option(names = "--date-column", paramLabel = "NAME", description = "Record files: field with the publication date (default ${DEFAULT-VALUE}).")
    String dateColumn = RecordColumns.DEFAULT.date();

    @Option(names = "--text-column", paramLabel = "NAME", description = "Record files: field with the report's text (default ${DEFAULT-VALUE}).")
    String textColumn = RecordColumns.DEFAULT.text();

    @Option(names = "--url-column", paramLabel = "NAME", description = "Record files: field with the report's URL (default ${DEFAULT-VALUE}).")
    String urlColumn = RecordColumns.DEFAULT.url();

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

    RecordColumns columns() {
        try {
            return new RecordColumns(idColumn, titleColumn, dateColumn, textColumn, urlColumn);
        } catch (IllegalArgumentException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }

    /**
     * Runs extraction over the paths, delivering each input's graphs (a file's, a record's) to {@code consumer} in
     * input order. A file or record that cannot be used is reported as {@code govkg: skipped FILE[:LINE (id X)]:
     * reason} and the rest goes on.
     */
    Batch.Summary run(List<Path> paths, Consumer<List<ReportGraph>> consumer, PrintWriter err) {
        RecordColumns columns = columns();
        try (Inputs inputs = open(paths, columns)) {
            if (!inputs.hasNext())
                throw new GovkgException(ExitCodes.BAD_INPUT, "no report files (.txt, .html) or records (.jsonl, .csv, .tsv) under " + paths);
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
            Batch.Summary s = Batch.run(inputs, quiet ? 0 : inputs.estimatedTotal(), processor, threads, consumer, progress::update);
            progress.finish();
            for (Batch.Failure f : s.failures()) err.println("govkg: skipped " + f.file() + ": " + f.reason());
            if (!quiet) err.printf("govkg: %d input(s), %d report(s), %d quads%s%s%n", s.files(), s.reports(), s.quads(),
                    s.failures().isEmpty() ? "" : ", " + s.failures().size() + " skipped",
                    inputs.duplicates() == 0 ? "" : ", " + inputs.duplicates() + " duplicate record(s) passed over");
            err.flush();
            return s;
        }
    }

    private static Inputs open(List<Path> paths, RecordColumns columns) {
        try {
            return Inputs.of(paths, columns);
        } catch (IOException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }
}
