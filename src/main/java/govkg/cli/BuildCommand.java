package govkg.cli;

import govkg.rdf.Batch;
import govkg.rdf.GazetteerGraph;
import govkg.rdf.ReferenceGraphs;
import govkg.rdf.ReportGraph;
import govkg.resolve.IriMinter;
import govkg.store.ReportBatcher;
import govkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** govkg build: extract and load into TDB2, replacing each report's graph. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract reports and load them into a TDB2 store; re-running replaces each report's graph, never duplicates it.")
public final class BuildCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ExtractOptions opts;
    @Mixin StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        opts.preload();
        Batch.Summary s;
        try (Store st = Store.open(store.db)) {
            s = build(st, opts, paths, spec.commandLine().getErr());
        }
        return s.failures().isEmpty() ? ExitCodes.OK : (s.reports() == 0 ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE);
    }

    /** Builds into an open store; shared with demo. */
    static Batch.Summary build(Store st, ExtractOptions opts, List<Path> paths, java.io.PrintWriter err) {
        IriMinter iris = opts.iris();
        Instant started = Instant.now();
        Set<String> codes = new HashSet<>();
        List<String> reports = new ArrayList<>();
        Batch.Summary s;
        try (ReportBatcher batcher = new ReportBatcher(st)) {
            s = opts.run(paths, graphs -> {
                batcher.add(graphs);
                for (ReportGraph g : graphs) {
                    codes.addAll(g.placeCodes());
                    reports.add(g.iri());
                }
            }, err);
        }
        ReferenceGraphs ref = new ReferenceGraphs(iris);
        st.replaceGraph(ref.ontologyGraph(), ref::writeOntology);
        st.write(out -> new GazetteerGraph(iris).writeWithAncestors(codes, out));
        String runId = started.toString().replaceAll("[^0-9]", "");
        st.write(out -> ref.writeRun(runId, started, Instant.now(), reports, out));
        return s;
    }
}
