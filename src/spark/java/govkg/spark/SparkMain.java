package govkg.spark;

import govkg.pipeline.ExitCodes;
import govkg.lexicon.Lexicons;
import govkg.ingest.InputException;
import govkg.resolve.IriMinter;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code govkg spark}: the extraction as an Apache Spark job. Its own main class in its own jar
 * (target/govkg-spark.jar, built by {@code mvn -Pspark package}), so the CLI jar never carries Spark:
 * the launcher runs it in-process with Spark's jars beside it ({@code ./govkg spark --master local[2] ...}),
 * and a cluster runs the same jar with {@code spark-submit --class govkg.spark.SparkMain}.
 */
@Command(name = "govkg spark", mixinStandardHelpOptions = true,
        description = {"Extract RDF from report files, folders or Parquet tables as an Apache Spark job.",
                "Writes N-Quads in partitions (OUT/part-NNNNN.nq): the same statements as `govkg extract` of the same input."})
public final class SparkMain implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: the one spark-submit sets, else local[*]).")
    String master;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output folder (local path or any Hadoop file system URI); must not exist.")
    String output;

    @Option(names = "--overwrite", description = "Replace OUT if it exists.")
    boolean overwrite;

    @Option(names = "--parquet", description = "Read every PATH as Parquet (default: only paths ending in .parquet).")
    boolean parquet;

    @Option(names = "--text-column", paramLabel = "NAME", description = "Parquet column with the report text (string or UTF-8/GB18030 bytes; default ${DEFAULT-VALUE}).")
    String textColumn = "text";

    @Option(names = "--id-column", paramLabel = "NAME", description = "Parquet column with the source id, e.g. the file's path (default ${DEFAULT-VALUE}).")
    String idColumn = "id";

    @Option(names = "--partitions", paramLabel = "N", description = "Input partitions (default: 4 per core of the cluster).")
    int partitions;

    @Option(names = "--base", paramLabel = "IRI", description = "Base of minted IRIs (default ${DEFAULT-VALUE}).")
    String base = IriMinter.DEFAULT_BASE;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date when neither the page nor the file name gives one.")
    String date;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra lexicon file(s), shipped to every executor.")
    List<String> lexicons = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No summary output.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders (.txt, .html), or Parquet files/folders.")
    List<String> paths;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command in this JVM and returns its exit code (tests call this). */
    public static int run(String... args) {
        return run(new PrintWriter(System.err, true), args);
    }

    /** The same, with messages to {@code err}. */
    public static int run(PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("govkg: " + (ex instanceof Failure || ex instanceof InputException ? ex.getMessage() : "unexpected error: " + ex));
            cmd.getErr().flush();
            return ex instanceof Failure f ? f.code : ex instanceof InputException ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }

    /** An error to report in one line, with its exit code. */
    static final class Failure extends RuntimeException {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    @Override
    public Integer call() throws IOException {
        JobSettings settings = settings();
        PrintWriter err = spec.commandLine().getErr();
        SparkConf conf = new SparkConf().setAppName("govkg extract");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (conf.get("spark.master").startsWith("local")) {
            // an in-process run: no web UI, and nothing listens beyond loopback
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            sc.setLogLevel("WARN");
            prepareOutput(sc);
            for (String f : lexicons) sc.addFile(f);
            JavaRDD<SourceDoc> sources = sources(spark, sc);
            ExtractionJob.Summary s = ExtractionJob.run(sc, sources, settings, output);
            for (ExtractionJob.Failure f : s.failures()) err.println("govkg: skipped " + f.file() + ": " + f.reason());
            if (!quiet) err.printf("govkg: %d file(s), %d report(s), %d report quads%s → %s (%d part files)%n", s.files(), s.reports(), s.quads(),
                    s.failures().isEmpty() ? "" : ", " + s.failures().size() + " file(s) skipped", output, s.partFiles());
            err.flush();
            if (s.files() == 0) throw new Failure(ExitCodes.BAD_INPUT, "no report files (.txt, .html) or Parquet rows under " + paths);
            return s.failures().isEmpty() ? ExitCodes.OK : (s.reports() == 0 ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE);
        } finally {
            spark.stop();
        }
    }

    private JobSettings settings() {
        if (!base.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) throw new Failure(ExitCodes.BAD_INPUT, "--base " + base + ": not an absolute IRI");
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new Failure(ExitCodes.BAD_INPUT, "--date " + date + ": expected YYYY-MM-DD");
            }
        }
        if (partitions < 0) throw new Failure(ExitCodes.BAD_INPUT, "--partitions " + partitions + ": must be positive");
        // a bad lexicon line fails here, on the driver, naming file and line, not later in every executor
        try {
            if (!lexicons.isEmpty()) Lexicons.load(lexicons.stream().map(java.nio.file.Path::of).toList());
        } catch (RuntimeException e) {
            throw new Failure(ExitCodes.BAD_INPUT, e.getMessage());
        }
        List<String> names = lexicons.stream().map(f -> new Path(f).getName()).toList();
        return new JobSettings(base, date, names);
    }

    private void prepareOutput(JavaSparkContext sc) throws IOException {
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
        if (!fs.exists(out)) return;
        if (!overwrite) throw new Failure(ExitCodes.BAD_INPUT, output + ": already exists (use --overwrite to replace it)");
        fs.delete(out, true);
    }

    private JavaRDD<SourceDoc> sources(SparkSession spark, JavaSparkContext sc) throws IOException {
        List<String> text = new ArrayList<>(), tables = new ArrayList<>();
        for (String p : paths) (parquet || p.replaceAll("/+$", "").endsWith(".parquet") ? tables : text).add(p);
        int slices = partitions > 0 ? partitions : Math.max(1, sc.defaultParallelism() * 4);
        JavaRDD<SourceDoc> out = null;
        if (!text.isEmpty()) {
            List<SourceDoc> files = SourceListing.list(text, sc.hadoopConfiguration());
            out = sc.parallelize(files, Math.max(1, Math.min(slices, files.size())));
        }
        if (!tables.isEmpty()) {
            JavaRDD<SourceDoc> rows = parquetSources(spark, tables);
            if (partitions > 0) rows = rows.repartition(partitions);
            out = out == null ? rows : out.union(rows);
        }
        return out;
    }

    private JavaRDD<SourceDoc> parquetSources(SparkSession spark, List<String> tables) {
        for (String t : tables) {
            try {
                Path p = new Path(t);
                if (!p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) throw new Failure(ExitCodes.BAD_INPUT, t + ": no such file or folder");
            } catch (IOException e) {
                throw new Failure(ExitCodes.BAD_INPUT, t + ": " + e.getMessage());
            }
        }
        Dataset<Row> df = spark.read().parquet(tables.toArray(String[]::new));
        List<String> columns = Arrays.asList(df.columns());
        for (String c : List.of(idColumn, textColumn))
            if (!columns.contains(c)) throw new Failure(ExitCodes.BAD_INPUT, tables + ": no column '" + c + "' (columns: " + String.join(", ", columns) + ")");
        String id = idColumn, txt = textColumn;
        return df.select(id, txt).toJavaRDD().map(r -> {
            Object v = r.get(1);
            byte[] bytes = v == null ? new byte[0] : v instanceof byte[] b ? b : v.toString().getBytes(StandardCharsets.UTF_8);
            return SourceDoc.inline(r.isNullAt(0) ? "(row without " + id + ")" : r.get(0).toString(), bytes);
        });
    }
}
