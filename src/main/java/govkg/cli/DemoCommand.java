package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** govkg demo: the bundled samples into a fresh store, served with dereferenceable IRIs. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build samples/ into a fresh store (with IRIs under this server's URL, so they dereference) and serve it.")
public final class DemoCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port (default ${DEFAULT-VALUE}).")
    int port = 3030;

    @Option(names = "--db", paramLabel = "DIR", description = "Store folder, emptied first (default ${DEFAULT-VALUE}).")
    Path db = Path.of("govkg-demo-db");

    @Option(names = "--samples", paramLabel = "DIR", description = "Folder of reports (default ${DEFAULT-VALUE}).")
    Path samples = Path.of("samples");

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(samples)) throw new GovkgException(ExitCodes.BAD_INPUT, samples + ": no samples folder (run from the repository root or pass --samples)");
        if (port == 0) throw new GovkgException(ExitCodes.BAD_INPUT, "--port 0: the demo needs a known port to mint dereferenceable IRIs");
        deleteTree(db);
        ExtractOptions opts = new ExtractOptions();
        opts.base = "http://localhost:" + port + "/";
        Store st = Store.open(db);
        BuildCommand.build(st, opts, List.of(samples), spec.commandLine().getErr());
        ServeCommand.serve(st, port, opts.base);
        return ExitCodes.OK;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
