package govkg.serve;

import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The govkg web server: an embedded Fuseki with the dataset at {@code /govkg} (SPARQL query at
 * {@code /govkg/sparql} and {@code /govkg/query}, GET and POST; Graph Store Protocol reads at {@code /govkg/get}
 * and {@code /govkg?graph=}), the union of the named graphs as default graph, plus the linked-data pages on the
 * same Jetty: {@code /} home, {@code /search}, {@code /search.json}, {@code /browse/…}, {@code /sparql} editor,
 * {@code /lookup?iri=} and the dereferenceable IRIs {@code /person/…}, {@code /organization/…}, … (data base + path).
 *
 * <p>Locked down unless {@link ServerOptions} say otherwise: bound to loopback, read-only, SPARQL SERVICE off
 * ({@code arq:httpServiceAllowed=false} on the dataset's context, so no query makes the server call out),
 * a query timeout and a result limit ({@link LimitedQuery}), no Fuseki admin endpoints ({@code /$/…}), no CORS,
 * error responses without stack traces. With {@link ServerOptions#updatable()} the standard write endpoints
 * appear — SPARQL Update at {@code /govkg/update}, Graph Store Protocol GET/PUT/POST/DELETE at
 * {@code /govkg/data?graph=IRI} (or {@code ?default}) — open only to the users of the credentials file over
 * HTTP basic auth; anonymous writes get 401. Everything else stays anonymous and read-only.
 *
 * <p>Queries run in TDB2 read transactions and uploads in write transactions, so a query sees a report graph
 * whole or not at all. After each write the name index and home-page counts are rebuilt on next use
 * ({@link DataVersion}). Thread-safe; {@link #stop} may be called from any thread.
 */
public final class GovkgServer {
    /** Default query timeout for the SPARQL endpoint, in milliseconds. */
    public static final long QUERY_TIMEOUT_MS = ServerOptions.DEFAULT_QUERY_TIMEOUT_MS;
    /** The dataset's name in the server. */
    public static final String DATASET = "/govkg";

    private static final String UPDATE = "update";
    private static final String DATA = "data";
    private static final String REALM = "govkg";

    private final FusekiServer fuseki;
    private final String host;
    private final Links links;

    private GovkgServer(FusekiServer fuseki, String host, Links links) {
        this.fuseki = fuseki;
        this.host = host;
        this.links = links;
    }

    /**
     * Builds the pages and the index, and starts the server.
     *
     * @param ds   the data (TDB2 in production); its context is adjusted as described above
     * @param port TCP port, 0 for any free port
     */
    public static GovkgServer start(Dataset ds, int port, ServerOptions opts) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(opts, "opts");
        Context cxt = ds.getContext();
        cxt.set(TDB2.symUnionDefaultGraph, true);
        cxt.set(ARQ.httpServiceAllowed, false);
        cxt.set(ARQ.queryTimeout, Long.toString(opts.queryTimeoutMs()));

        DataView store = new DataView(ds, opts.queryTimeoutMs(), opts.resultLimit());
        DataVersion version = new DataVersion();
        Links links = opts.base() != null ? new Links(opts.base()) : new Links(new DetectedBase(store, version));
        LiveIndex index = new LiveIndex(store, version);
        EntityPage entityPage = new EntityPage(store, links);
        CannedQueries canned = CannedQueries.load(opts.queries());

        FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .loopback(ServerOptions.LOCALHOST.equals(opts.host()))
                .enableCors(opts.cors(), null)
                .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                .registerOperation(Operation.Query, new LimitedQuery(opts.resultLimit()))
                .add(DATASET, dataService(ds, opts))
                .addFilter(DATASET + "/*", version.writeListener())
                .addFilter(DATASET, version.writeListener())
                .addServlet("", new HomeServlet(store, index, version))
                .addServlet("/static/*", new StaticServlet())
                .addServlet("/search", new SearchServlet(index, links, false))
                .addServlet("/search.json", new SearchServlet(index, links, true))
                .addServlet("/lookup", new ResourceServlet(links, store, entityPage, true))
                .addServlet("/sparql", new SparqlPageServlet(store, links, canned))
                .addServlet("/browse/places", new BrowsePlacesServlet(store, links))
                .addServlet("/browse/organizations", new BrowseOrganizationsServlet(store, links))
                .addServlet("/browse/programs", new BrowseProgramsServlet(store, links))
                .addServlet("/browse/reports", new BrowseReportsServlet(store, links))
                .addServlet("/browse/people", new BrowsePeopleServlet(store, links))
                .addServlet("/browse/documents", new BrowseDocumentsServlet(store, links))
                .addServlet("/browse/events", new BrowseEventsServlet(store, links));
        if (opts.updatable())
            b.securityHandler(writersOnly(opts));
        ResourceServlet resources = new ResourceServlet(links, store, entityPage, false);
        for (String kind : Links.KINDS)
            b.addServlet("/" + kind + "/*", resources);
        FusekiServer server = b.build();
        bind(server, opts.host());
        return new GovkgServer(server.start(), opts.host(), links);
    }

    /** The dataset's endpoints: reads for everyone; writes only for the credential file's users. */
    private static DataService dataService(Dataset ds, ServerOptions opts) {
        DataService.Builder d = DataService.newBuilder(ds.asDatasetGraph())
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (opts.updatable())   // writes only on endpoints of their own, so a path says whether it writes
            d.addEndpoint(Operation.Update, UPDATE, Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, DATA, Auth.ANY_USER);
        return d.build();
    }

    /**
     * HTTP basic authentication required on the write endpoints only. (Fuseki's own password-file option would
     * ask every request, reads included, for a password.) Fuseki checks the endpoints' policy again.
     */
    private static SecurityHandler writersOnly(ServerOptions opts) {
        ConstraintSecurityHandler sh = JettySecurityLib.makeSecurityHandler(REALM,
                JettySecurityLib.makeUserStore(opts.credentials().toString()), AuthScheme.BASIC);
        for (String endpoint : new String[] {UPDATE, DATA}) {
            JettySecurityLib.addPathConstraint(sh, DATASET + "/" + endpoint);
            JettySecurityLib.addPathConstraint(sh, DATASET + "/" + endpoint + "/*");
        }
        return sh;
    }

    /** Fuseki's builder knows only "loopback or every interface"; any other address is set on the connector. */
    private static void bind(FusekiServer server, String host) {
        if (ServerOptions.LOCALHOST.equals(host))
            return;
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(host);
    }

    /** The port the server listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/} (or the bound host when it is not loopback). */
    public String baseUrl() {
        String h = ServerOptions.LOCALHOST.equals(host) || host.equals("0.0.0.0") || host.equals("::") ? "localhost"
                : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The base IRI of the data the pages dereference now (given, or found in the store). */
    public String dataBase() {
        return links.base();
    }

    /** Stops the server (the dataset stays open; the caller closes it). */
    public void stop() {
        fuseki.stop();
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }
}
