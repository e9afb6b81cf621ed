package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.pipeline.Batch;
import govkg.rdf.GazetteerGraph;
import govkg.rdf.ReferenceGraphs;
import govkg.rdf.ReportGraph;
import govkg.resolve.IriMinter;
import govkg.store.IncrementalLoader;
import govkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.concurrent.Callable;

/** govkg build: extract and load into TDB2 incrementally (new reports added, changed ones replaced, unchanged ones kept). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extract reports and load them into a TDB2 store, file by file: new reports are added, a changed file's reports replaced, unchanged ones left as they are; re-running never duplicates.",
                "Entity labels and owl:sameAs links (graph/entities) are kept up to date; run times go to graph/runs.",
                "With --endpoint the store is then copied to a remote store over the Graph Store Protocol: graphs that changed are PUT, graphs gone are deleted."})
public final class BuildCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ExtractOptions opts;
    @Mixin StoreOptions store;
    @Mixin RemoteOptions remote;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        opts.preload();
        Batch.Summary s;
        if (remote.remote()) remote.client();   // a bad URL or credentials file is refused before the extraction, not after
        try (Store st = Store.open(store.db)) {
            s = build(st, opts, paths, spec.commandLine().getErr());
            // the local store is the staging copy: it holds the whole entities graph and tells what is gone
            if (remote.remote()) RemoteLoad.store(remote, st, opts.quiet, spec.commandLine().getErr());
        }
        return ExitCodes.forBatch(s.failures().size());
    }

    /** Builds into an open store; shared with demo. */
    static Batch.Summary build(Store st, ExtractOptions opts, List<Path> paths, java.io.PrintWriter err) {
        IriMinter iris = opts.iris();
        Instant started = Instant.now();
        Set<String> codes = new HashSet<>();
        IncrementalLoader loader = new IncrementalLoader(st, iris, opts.commitQuads);
        loader.startRun(started.toString().replaceAll("[^0-9]", ""), started);
        Batch.Summary s;
        try {
            s = opts.run(paths, graphs -> {
                // a file's graphs all come from one source; grouping keeps that true if a batch ever mixes them
                Map<String, List<ReportGraph>> bySource = new LinkedHashMap<>();
                for (ReportGraph g : graphs) {
                    bySource.computeIfAbsent(g.sourceId(), x -> new ArrayList<>()).add(g);
                    codes.addAll(g.placeCodes());
                }
                bySource.forEach((id, gs) -> loader.replaceSource(iris.source(id), gs));
            }, err);
            loader.commit();
        } finally {
            loader.abort();     // nothing open after a commit; after a failure, the unfinished batch goes
        }
        ReferenceGraphs ref = new ReferenceGraphs(iris);
        st.replaceSmallGraphIfChanged(ref.ontologyGraph(), ref::writeOntology);
        st.write(out -> new GazetteerGraph(iris).writeWithAncestors(codes, out));
        loader.finishRun(Instant.now());
        if (!opts.quiet) {
            err.println("govkg: reports " + loader.total());
            err.flush();
        }
        return s;
    }
}
