package govkg.cli;

import govkg.resolve.IriMinter;
import govkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** govkg load: RDF files into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load RDF files into the TDB2 store, or with --endpoint into a remote store over the SPARQL 1.1 Graph Store Protocol (one PUT per graph: a rerun replaces, never duplicates).",
                "Named graphs keep their names; triples go to a graph named after the file."})
public final class LoadCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;
    @Mixin RemoteOptions remote;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--base", paramLabel = "IRI", description = "Base for the graph names of triple files (default ${DEFAULT-VALUE}).")
    String base = IriMinter.DEFAULT_BASE;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (remote.remote()) return ExitCodes.forBatch(RemoteLoad.files(remote, files, base, quiet, err));
        int failed = 0;
        try (Store st = Store.open(store.db)) {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    err.println("govkg: skipped " + f + ": no such file");
                    failed++;
                    continue;
                }
                try {
                    long n = st.load(f, new IriMinter(base).graph("file/" + IriMinter.hash(f.toAbsolutePath().normalize().toString())));
                    err.println("govkg: loaded " + n + " statements from " + f);
                } catch (govkg.store.StoreWriteException e) {
                    throw e;   // disk full or I/O: the next files would fail too
                } catch (RuntimeException e) {
                    err.println("govkg: skipped " + f + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        err.flush();
        return ExitCodes.forBatch(failed);
    }
}
