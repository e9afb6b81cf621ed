package govkg.bench;

import govkg.serve.GovkgServer;
import govkg.serve.ServerOptions;
import govkg.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Canned queries over HTTP under concurrent clients, on a {@link ScaledStore} served by the real
 * {@link GovkgServer} on a free loopback port. Each client sends the canned queries in turn, each with
 * parameter values drawn from the store, POSTed as application/sparql-query, and reads every answer to
 * its end; latency is from send to last byte. The run is bounded in time and in request count and
 * stops by itself. Only loopback traffic.
 */
public final class QueryBench {
    static final int MAX_REQUESTS = 200_000;

    /** Latencies (ms) of one query over the run, and its errors. */
    public record PerQuery(String name, List<Double> millis, int errors) {}

    /** The whole run. */
    public record Result(ScaledStore.Built store, double serverStartSec, List<CannedQuery> queries, List<PerQuery> perQuery,
                         List<Double> all, int errors, int clients, double seconds, List<String> missingParameters) {
        public double percentile(double p) {
            return QueryBench.percentile(all, p);
        }
    }

    private QueryBench() {}

    public static Result run(Path nquads, int reports, int clients, int seconds, Path work) throws IOException, InterruptedException {
        ScaledStore.Built built = ScaledStore.reuseOrBuild(nquads, reports, work.resolve("scaled-db"));
        List<CannedQuery> queries = CannedQuery.load(Path.of("queries"));
        try (Store st = Store.open(work.resolve("scaled-db"))) {
            ParameterValues pv = ParameterValues.draw(st.dataset(), queries);   // before the server sets its query timeout
            long t0 = System.nanoTime();
            GovkgServer server = GovkgServer.start(st.dataset(), 0, ServerOptions.defaults());
            double startSec = (System.nanoTime() - t0) / 1e9;
            try {
                String endpoint = "http://127.0.0.1:" + server.port() + "/govkg/sparql";
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
                for (CannedQuery q : queries) send(http, endpoint, q.bind(pv.pick(q, 0)));   // warm-up, not counted
                Map<String, List<Double>> lat = new TreeMap<>();
                Map<String, AtomicLong> err = new TreeMap<>();
                for (CannedQuery q : queries) {
                    lat.put(q.name(), Collections.synchronizedList(new ArrayList<>()));
                    err.put(q.name(), new AtomicLong());
                }
                AtomicLong sent = new AtomicLong();
                long deadline = System.nanoTime() + seconds * 1_000_000_000L;
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                List<Future<?>> fs = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    fs.add(pool.submit(() -> {
                        for (int j = 0; System.nanoTime() < deadline && sent.incrementAndGet() <= MAX_REQUESTS; j++) {
                            CannedQuery q = queries.get((client + j) % queries.size());
                            String text = q.bind(pv.pick(q, j * clients + client + 1));
                            long s = System.nanoTime();
                            boolean ok = send(http, endpoint, text);
                            lat.get(q.name()).add((System.nanoTime() - s) / 1e6);
                            if (!ok) err.get(q.name()).incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IOException("query client failed: " + e.getCause(), e.getCause());
                    }
                }
                pool.shutdown();
                List<PerQuery> per = new ArrayList<>();
                List<Double> all = new ArrayList<>();
                int errors = 0;
                for (CannedQuery q : queries) {
                    List<Double> l = new ArrayList<>(lat.get(q.name()));
                    l.sort(null);
                    per.add(new PerQuery(q.name(), l, (int) err.get(q.name()).get()));
                    all.addAll(l);
                    errors += (int) err.get(q.name()).get();
                }
                all.sort(null);
                return new Result(built, startSec, queries, per, all, errors, clients, seconds, pv.missing());
            } finally {
                server.stop();
            }
        }
    }

    /** POSTs one query and reads the answer to its end; true on HTTP 200. */
    static boolean send(HttpClient http, String endpoint, String query) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        try {
            HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** One line per query: how often it ran, p50, p99, max, errors. */
    public static List<String> table(Result r) {
        List<String> out = new ArrayList<>();
        if (!r.missingParameters.isEmpty())
            out.add("  parameters with no value of their own in this store, bound to person names: " + String.join(", ", r.missingParameters));
        for (PerQuery q : r.perQuery)
            out.add(String.format(Locale.ROOT, "  %-40s %6d runs  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %d errors", q.name,
                    q.millis.size(), percentile(q.millis, 50), percentile(q.millis, 99), q.millis.isEmpty() ? Double.NaN : q.millis.get(q.millis.size() - 1), q.errors));
        return out;
    }

    public static List<Verdict> verdicts(Result r, String load) {
        String common = String.format(Locale.ROOT, "%d requests from %d clients in %d s over HTTP; store of %d reports, %d quads (made in %.0f s), server up in %.1f s; load %s",
                r.all.size(), r.clients, (int) r.seconds, r.store.reports(), r.store.quads(), r.store.seconds(), r.serverStartSec, load);
        long unparameterized = r.queries.stream().filter(q -> q.parameters().isEmpty() || !q.hasLimit()).count();
        List<String> missing = r.queries.stream().filter(q -> q.parameters().isEmpty() || !q.hasLimit())
                .map(q -> q.name() + (q.parameters().isEmpty() ? " (no parameter)" : "") + (q.hasLimit() ? "" : " (no LIMIT)")).toList();
        return List.of(
                new Verdict("query-p50", r.percentile(50), "ms", 100, true, common),
                new Verdict("query-p99", r.percentile(99), "ms", 1000, true, common),
                new Verdict("query-errors", r.errors, "", 0, true, "non-200 answers or failed requests"),
                new Verdict("queries-parameterized", unparameterized, "", 0, true,
                        r.queries.size() + " canned queries; without a parameter or LIMIT: " + (missing.isEmpty() ? "none" : String.join(", ", missing))));
    }
}
