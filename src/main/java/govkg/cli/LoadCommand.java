package govkg.cli;

import govkg.pipeline.ExitCodes;
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

    /** Counts the bytes read, for the progress bar's ETA. */
    static final class CountingInput extends java.io.FilterInputStream {
        private long count;

        CountingInput(java.io.InputStream in) {
            super(new java.io.BufferedInputStream(in, 1 << 16));
        }

        long count() {
            return count;
        }

        @Override public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }

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
                String graph = new IriMinter(base).graph("file/" + IriMinter.hash(f.toAbsolutePath().normalize().toString()));
                org.apache.jena.riot.Lang lang = org.apache.jena.riot.RDFLanguages.filenameToLang(f.toString());
                if (lang == null || f.toString().matches(".*\\.(gz|bz2|xz|sz)$")) {
                    // compressed or unknown: Jena's parser picks the syntax and decompresses; no byte progress
                    try {
                        long n = st.load(f, graph);
                        if (!quiet) err.println("govkg: loaded " + n + " statements from " + f);
                    } catch (govkg.store.StoreWriteException e) {
                        throw e;   // disk full or I/O: the next files would fail too
                    } catch (RuntimeException e) {
                        err.println("govkg: skipped " + f + ": " + e.getMessage());
                        failed++;
                    }
                    continue;
                }
                ProgressReporter progress = new ProgressReporter(err, quiet, "load " + f.getFileName());
                try (CountingInput in = new CountingInput(Files.newInputStream(f))) {
                    long size = Files.size(f);
                    long n = st.load(in, lang, graph, done -> progress.bytes(in.count(), size, done));
                    progress.bytes(size, size, n);
                    progress.finish();
                    if (!quiet) err.println("govkg: loaded " + n + " statements from " + f);
                } catch (govkg.store.StoreWriteException e) {
                    progress.finish();
                    throw e;   // disk full or I/O: the next files would fail too
                } catch (RuntimeException | java.io.IOException e) {
                    progress.finish();
                    err.println("govkg: skipped " + f + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        err.flush();
        return ExitCodes.forBatch(failed);
    }
}
