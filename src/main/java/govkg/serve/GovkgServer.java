package govkg.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * The govkg web server: an embedded Fuseki with the dataset read-only at {@code /govkg} (SPARQL query at
 * {@code /govkg/sparql} and {@code /govkg/query}, GET and POST; no update), the union of the named graphs as
 * default graph, SERVICE disabled and a {@value #QUERY_TIMEOUT_MS} ms query timeout; plus the linked-data pages
 * on the same Jetty: {@code /} home, {@code /search}, {@code /search.json}, {@code /browse/…},
 * {@code /sparql} editor, {@code /lookup?iri=} and the dereferenceable IRIs {@code /person/…},
 * {@code /organization/…}, … (data base + path).
 *
 * <p>{@link #start} sets {@code tdb2:unionDefaultGraph}, {@code arq:httpServiceAllowed=false} and
 * {@code arq:queryTimeout} on the dataset's context. The name index and counts are built at start, so the
 * data must not change while the server runs (TDB2 locks the store to this process anyway).
 * Thread-safe: requests run concurrently in read transactions; {@link #stop} may be called from any thread.
 */
public final class GovkgServer {
    /** Query timeout for the SPARQL endpoint, in milliseconds. */
    public static final long QUERY_TIMEOUT_MS = 30_000;
    /** The dataset's name in the server. */
    public static final String DATASET = "/govkg";

    private final FusekiServer fuseki;

    private GovkgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
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

        Store store = new Store(ds);
        Links links = new Links(opts.base());
        SearchIndex index = SearchIndex.build(store);
        EntityPage entityPage = new EntityPage(store, links);
        CannedQueries canned = CannedQueries.load(opts.queries());

        FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .add(DATASET, ds, false)
                .addServlet("", new HomeServlet(store, index))
                .addServlet("/static/*", new StaticServlet())
                .addServlet("/search", new SearchServlet(index, links, false))
                .addServlet("/search.json", new SearchServlet(index, links, true))
                .addServlet("/lookup", new ResourceServlet(links, store, entityPage, true))
                .addServlet("/sparql", new SparqlPageServlet(store, links, canned))
                .addServlet("/browse/places", new BrowsePlacesServlet(store, links))
                .addServlet("/browse/organizations", new BrowseOrganizationsServlet(store, links))
                .addServlet("/browse/programs", new BrowseProgramsServlet(store, links))
                .addServlet("/browse/reports", new BrowseReportsServlet(store, links));
        ResourceServlet resources = new ResourceServlet(links, store, entityPage, false);
        for (String kind : Links.KINDS)
            b.addServlet("/" + kind + "/*", resources);
        // the timeout is for requests: the index and the home page's counts read the whole store once,
        // which takes longer than one request may on a store of 100,000 reports (docs/benchmarks.md)
        cxt.set(ARQ.queryTimeout, Long.toString(QUERY_TIMEOUT_MS));
        return new GovkgServer(b.build().start());
    }

    /** The port the server listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/}. */
    public String baseUrl() {
        return "http://localhost:" + port() + "/";
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
