package govkg.bench;

import govkg.rdf.ReportGraph;
import govkg.resolve.IriMinter;
import govkg.store.IncrementalLoader;
import govkg.store.Store;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Writing to TDB2, side by side in one JVM on the same N-Quads file, each into a fresh store: Jena's
 * crash-safe basic bulk loader, Jena's parallel bulk loader (fastest, not crash-safe), {@code govkg
 * load} ({@link Store#load}) and the write path of {@code govkg build} ({@link IncrementalLoader},
 * one call per source file as the build makes it, fed from the file so extraction is not counted).
 * Rates are quads per wall second. A small load first warms the JIT for all of them.
 */
public final class LoadBench {
    private static final MonitorOutput SILENT = (fmt, args) -> {};
    private final Path nquads;
    private final Path work;

    /** Quads per wall second of each writer. */
    public record Result(long quads, double basic, double parallel, double govkgLoad, double govkgBuild) {}

    public LoadBench(Path nquads, Path work) {
        this.nquads = nquads;
        this.work = work;
    }

    public Result run() throws IOException {
        Path warm = work.resolve("warm.nq");
        try (var lines = Files.lines(nquads)) {
            Files.write(warm, (Iterable<String>) lines.limit(20_000)::iterator);
        }
        jena(warm, "warm-jena", LoaderFactory::basicLoader);
        govkgLoad(warm, "warm-load");
        govkgBuild(warm, "warm-build");
        long[] quads = {0};
        double basic = jena(nquads, "basic", LoaderFactory::basicLoader, quads);
        double parallel = jena(nquads, "parallel", LoaderFactory::parallelLoader, null);
        double load = govkgLoad(nquads, "govkg-load");
        double build = govkgBuild(nquads, "govkg-build");
        return new Result(quads[0], basic, parallel, load, build);
    }

    private double jena(Path file, String name, BiFunction<DatasetGraph, MonitorOutput, DataLoader> loader) throws IOException {
        return jena(file, name, loader, null);
    }

    private double jena(Path file, String name, BiFunction<DatasetGraph, MonitorOutput, DataLoader> loader, long[] count) throws IOException {
        Path dir = fresh(name);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        try {
            long t0 = System.nanoTime();
            DataLoader l = loader.apply(dsg, SILENT);
            l.startBulk();
            l.load(List.of(file.toString()));
            l.finishBulk();
            double sec = (System.nanoTime() - t0) / 1e9;
            long n = l.countQuads() + l.countTriples();
            if (count != null) count[0] = n;
            return n / sec;
        } finally {
            dsg.close();
            TDBInternal.expel(dsg);
            BenchFiles.deleteTree(dir);
        }
    }

    private double govkgLoad(Path file, String name) throws IOException {
        Path dir = fresh(name);
        try (Store st = Store.open(dir)) {
            long t0 = System.nanoTime();
            long n;
            try (var in = Files.newInputStream(file)) {   // as govkg load reads it (a stream, for its progress bar)
                n = st.load(new java.io.BufferedInputStream(in, 1 << 16), org.apache.jena.riot.Lang.NQUADS, "urn:govkg:bench", done -> {});
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    /** Feeds the build's store writer ({@link IncrementalLoader}, batched commits, entity refresh) one file's report at a time (each bench file holds one article). */
    private double govkgBuild(Path file, String name) throws IOException {
        Path dir = fresh(name);
        try (Store st = Store.open(dir)) {
            IncrementalLoader loader = new IncrementalLoader(st, new IriMinter(IriMinter.DEFAULT_BASE));
            long[] n = {0};
            long t0 = System.nanoTime();
            RDFParser.source(file).parse(new StreamRDFBase() {
                String graph;
                List<Quad> quads = new ArrayList<>();

                @Override public void quad(Quad q) {
                    String g = q.getGraph().getURI();
                    if (!g.equals(graph)) flush();
                    graph = g;
                    quads.add(q);
                    n[0]++;
                }

                @Override public void finish() {
                    flush();
                    loader.commit();
                }

                void flush() {
                    if (graph != null && !quads.isEmpty()) loader.replaceSource(graph, List.of(new ReportGraph(graph, graph, quads, Set.of())));
                    quads = new ArrayList<>();
                }
            });
            return n[0] / ((System.nanoTime() - t0) / 1e9);
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    private Path fresh(String name) throws IOException {
        Path dir = work.resolve("tdb-" + name);
        BenchFiles.deleteTree(dir);
        Files.createDirectories(dir);
        return dir;
    }

    public static List<Verdict> verdicts(Result r, String load) {
        String common = String.format(Locale.ROOT, "%d quads; basic %.0f/s, parallel %.0f/s, govkg load %.0f/s, build writes %.0f/s; load %s",
                r.quads, r.basic, r.parallel, r.govkgLoad, r.govkgBuild, load);
        return List.of(
                new Verdict("load-vs-basic", r.govkgLoad / r.basic, "×", 0.8, false,
                        String.format(Locale.ROOT, "govkg load = %.2f× Jena's parallel loader; %s", r.govkgLoad / r.parallel, common)),
                new Verdict("build-write-vs-basic", r.govkgBuild / r.basic, "×", 0.8, false,
                        String.format(Locale.ROOT, "build writes = %.2f× Jena's parallel loader; %s", r.govkgBuild / r.parallel, common)));
    }
}
