package govkg.cli;

import govkg.serve.GovkgServer;
import govkg.serve.ServerOptions;
import govkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** govkg serve: the store over SPARQL and as linked-data pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store: SPARQL at http://localhost:PORT/govkg/sparql (read-only, union default graph) and browsable pages at http://localhost:PORT/.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--port", paramLabel = "N", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI the data was built with (default ${DEFAULT-VALUE}); IRIs under it dereference when it is this server's URL.")
    String base = ServerOptions.DEFAULT_BASE;

    @Override
    public Integer call() {
        Store st = Store.openExisting(store.db);
        serve(st, port, base);
        return ExitCodes.OK;
    }

    static void serve(Store st, int port, String base) {
        GovkgServer server;
        try {
            server = GovkgServer.start(st.dataset(), port, new ServerOptions(base, null));
        } catch (RuntimeException e) {
            st.close();
            throw new GovkgException(ExitCodes.FAILURE, "cannot start the server on port " + port + ": " + e.getMessage());
        }
        System.err.println("govkg: serving " + st.dir() + " — SPARQL at " + server.baseUrl() + "govkg/sparql, pages at " + server.baseUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            st.close();
        }));
        server.join();
    }
}
