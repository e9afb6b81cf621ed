package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.serve.GovkgServer;
import govkg.serve.ServerOptions;
import govkg.store.BaseIri;
import govkg.store.Store;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** govkg serve: the store over SPARQL and as linked-data pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store: SPARQL at http://localhost:PORT/govkg/sparql (union default graph) and browsable pages at http://localhost:PORT/.",
                "Read-only, loopback only, SERVICE off, no CORS unless told otherwise. With --update --credentials FILE, "
                        + "SPARQL Update (/govkg/update) and Graph Store Protocol uploads (PUT/POST/DELETE /govkg/data?graph=IRI) "
                        + "are open to FILE's users over HTTP basic auth — put TLS in front before exposing it."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--port", paramLabel = "N", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--host", paramLabel = "ADDR", description = "Interface to bind (default ${DEFAULT-VALUE}: loopback only; 0.0.0.0 for every interface).")
    String host = ServerOptions.LOCALHOST;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of the data (default: the one the store was built with, else " + ServerOptions.DEFAULT_BASE + "); IRIs under it dereference when it is this server's URL.")
    String base;

    @Option(names = "--update", description = "Accept SPARQL Update and Graph Store Protocol uploads (needs --credentials).")
    boolean update;

    @Option(names = "--credentials", paramLabel = "FILE", description = "user:password lines; the only users allowed to write.")
    Path credentials;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", description = "Longest a query may run (default ${DEFAULT-VALUE}, at most 60).")
    double queryTimeout = ServerOptions.DEFAULT_QUERY_TIMEOUT_MS / 1000.0;

    @Option(names = "--result-limit", paramLabel = "ROWS", description = "Most rows a query returns (default ${DEFAULT-VALUE}).")
    long resultLimit = ServerOptions.DEFAULT_RESULT_LIMIT;

    @Option(names = "--cors", description = "Answer cross-origin requests from any site (off by default).")
    boolean cors;

    @Override
    public Integer call() {
        ServerOptions opts = options();
        // a writable server may start on an empty or missing folder, as Fuseki does: a target for `load --endpoint`
        if (!update && !Files.isDirectory(store.db))
            throw new GovkgException(ExitCodes.BAD_INPUT, store.db + ": no govkg store here — build one (`govkg build --db " + store.db
                    + " …`), or start an empty writable one to load into (`govkg serve --update --credentials FILE --db " + store.db + "`)");
        Store st = update ? Store.open(store.db) : Store.openExisting(store.db);
        Optional<String> recorded = Txn.calculateRead(st.dataset(), () -> BaseIri.detect(st.dataset().asDatasetGraph()));
        boolean empty = Txn.calculateRead(st.dataset(), () -> st.dataset().asDatasetGraph().isEmpty());
        if (base != null && recorded.isPresent() && !recorded.get().equals(base))
            System.err.println("govkg: note: the store was built with --base " + recorded.get() + "; serving its IRIs as if under " + base);
        if (base == null && recorded.isEmpty() && !empty)
            System.err.println("govkg: note: the store records no single base (data of several, or none of govkg's); pages assume "
                    + ServerOptions.DEFAULT_BASE + " — give --base to say which");
        serve(st, port, opts);
        return ExitCodes.OK;
    }

    /** The options, checked before the store is opened. */
    ServerOptions options() {
        if (update && credentials == null)
            throw new GovkgException(ExitCodes.BAD_INPUT, "--update needs --credentials FILE (user:password lines): writes are never anonymous");
        if (!update && credentials != null)
            throw new GovkgException(ExitCodes.BAD_INPUT, "--credentials is only used with --update");
        if (credentials != null) checkCredentials(credentials);
        long timeoutMs = Math.round(queryTimeout * 1000);
        if (timeoutMs < 1 || timeoutMs > ServerOptions.MAX_QUERY_TIMEOUT_MS)
            throw new GovkgException(ExitCodes.BAD_INPUT, "--query-timeout " + queryTimeout + ": give 0.001 to 60 seconds");
        if (resultLimit < 1) throw new GovkgException(ExitCodes.BAD_INPUT, "--result-limit " + resultLimit + ": give a positive number");
        try {
            return new ServerOptions(base, null).withHost(host).withLimits(timeoutMs, resultLimit)
                    .withUpdate(update ? credentials : null).withCors(cors);
        } catch (IllegalArgumentException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }

    /** A credentials file must exist and hold at least one well-formed user:password line. */
    static void checkCredentials(Path file) {
        if (!Files.isRegularFile(file)) throw new GovkgException(ExitCodes.BAD_INPUT, file + ": no such credentials file");
        try {
            long users = Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).peek(l -> {
                        int colon = l.indexOf(':');
                        if (colon <= 0 || colon == l.length() - 1)
                            throw new GovkgException(ExitCodes.BAD_INPUT, file + ": expected user:password lines");
                    }).count();
            if (users == 0) throw new GovkgException(ExitCodes.BAD_INPUT, file + ": no user:password line");
        } catch (java.io.IOException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, file + ": " + e.getMessage());
        }
    }

    static void serve(Store st, int port, String base) {
        serve(st, port, new ServerOptions(base, null));
    }

    static void serve(Store st, int port, ServerOptions opts) {
        GovkgServer server;
        // the search index and the home page read the whole store first: about half a minute per 30 M quads
        System.err.println("govkg: reading " + st.dir() + " for the search index and the home page ...");
        try {
            server = GovkgServer.start(st.dataset(), port, opts);
        } catch (RuntimeException e) {
            st.close();
            throw new GovkgException(ExitCodes.FAILURE, "cannot start the server on " + opts.host() + ":" + port + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.toString()));
        }
        String which = opts.base() != null ? ""
                : Txn.calculateRead(st.dataset(), () -> BaseIri.detect(st.dataset().asDatasetGraph())).isPresent() ? ", as the store says"
                : ", the default until the data says otherwise";
        System.err.println("govkg: serving " + st.dir() + " (IRIs under " + server.dataBase() + which + ") — SPARQL at " + server.baseUrl() + "govkg/sparql, pages at " + server.baseUrl()
                + (opts.updatable() ? "; uploads (Graph Store Protocol) at " + server.baseUrl() + "govkg/data?graph=IRI for the users of " + opts.credentials() : "; read-only"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            st.close();
        }));
        server.join();
    }
}
