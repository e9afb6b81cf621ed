package govkg.it;

import govkg.cli.Main;
import govkg.serve.GovkgServer;
import govkg.serve.ServerOptions;
import govkg.store.Store;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes to a served store go through the server: `serve --update` takes Graph Store Protocol uploads of report
 * graphs while 8 clients keep querying. Asserts zero errors and that no query ever sees a graph half-loaded
 * (TDB2 transactions); prints the throughput (measured here, asserted nowhere — see README).
 */
class ConcurrentLoadTest {
    static final int CLIENTS = 8;
    @TempDir Path tmp;

    @Test
    void eightQueryClientsDuringAnUploadSeeNoErrorsAndNoHalfGraphs() throws Exception {
        // the data: report graphs extracted from a generated corpus, uploaded one graph per PUT
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < 60; i++) {
            String p = CrashSafetyTest.PROVINCES[i % CrashSafetyTest.PROVINCES.length], who = CrashSafetyTest.PEOPLE[i % CrashSafetyTest.PEOPLE.length];
            Files.writeString(corpus.resolve(String.format("c%02d.txt", i)), p + "召开第" + (i + 1) + "次平安建设推进会\n\n本报讯 5月" + (i % 28 + 1)
                    + "日，" + p + "平安建设推进会召开。省委常委、政法委书记" + who + "出席会议并讲话。" + who + "强调，要坚持和发展新时代“枫桥经验”。\n");
        }
        Path trig = tmp.resolve("upload.trig");
        assertThat(Main.commandLine().execute("extract", "-q", "-o", trig.toString(), corpus.toString())).isZero();
        Dataset data = DatasetFactory.createTxnMem();
        RDFParser.source(trig).parse(data);
        DatasetGraph dsg = data.asDatasetGraph();
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        List<String> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            graphs.add(g.getURI());
            sizes.put(g.getURI(), dsg.getGraph(g).size() + 0L);
        });
        assertThat(graphs).hasSizeGreaterThanOrEqualTo(60);

        Path users = Files.writeString(tmp.resolve("users"), "loader:pw-" + System.nanoTime() + "\n");
        String auth = "Basic " + Base64.getEncoder().encodeToString(Files.readString(users).strip().getBytes(StandardCharsets.UTF_8));
        try (Store st = Store.open(tmp.resolve("db"))) {
            GovkgServer server = GovkgServer.start(st.dataset(), 0, ServerOptions.defaults().withUpdate(users));
            try {
                HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS + 2)).build();
                String sparql = server.baseUrl() + "govkg/sparql";
                String posts = Files.readString(Path.of("queries/01-posts.rq"));
                String perGraph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
                AtomicBoolean loading = new AtomicBoolean(true);
                AtomicLong queries = new AtomicLong();
                List<String> errors = new CopyOnWriteArrayList<>();
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
                List<Future<?>> clients = new ArrayList<>();
                long started = System.nanoTime();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    clients.add(pool.submit(() -> {
                        int n = 0;
                        while (loading.get() || n < 5) {
                            String q = (n + client) % 3 == 0 ? posts : (n + client) % 3 == 1 ? perGraph
                                    : "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/govkg/ontology#Report> }";
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                                if (r.statusCode() != 200) errors.add("query " + r.statusCode() + ": " + r.body());
                                else if (q == perGraph) halfGraphs(r.body(), sizes, errors);
                            } catch (Exception e) {
                                errors.add("query: " + e);
                            }
                            n++;
                            queries.incrementAndGet();
                        }
                        return null;
                    }));
                }
                long uploadStart = System.nanoTime();
                Future<?> uploader = pool.submit(() -> {
                    try {
                        for (String g : graphs) {
                            ByteArrayOutputStream nt = new ByteArrayOutputStream();
                            RDFDataMgr.write(nt, dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(g)), Lang.NTRIPLES);
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "govkg/data?graph="
                                            + URLEncoder.encode(g, StandardCharsets.UTF_8)))
                                    .header("Content-Type", "application/n-triples").header("Authorization", auth)
                                    .PUT(HttpRequest.BodyPublishers.ofByteArray(nt.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() / 100 != 2) errors.add("upload " + r.statusCode() + ": " + r.body());
                        }
                    } catch (Exception e) {
                        errors.add("upload: " + e);
                    } finally {
                        loading.set(false);
                    }
                    return null;
                });
                uploader.get(5, TimeUnit.MINUTES);
                double uploadSecs = (System.nanoTime() - uploadStart) / 1e9;
                for (Future<?> f : clients) f.get(5, TimeUnit.MINUTES);
                double secs = (System.nanoTime() - started) / 1e9;
                pool.shutdown();
                assertThat(errors).as("errors under load").isEmpty();
                System.out.printf("ConcurrentLoadTest: %d queries by %d clients in %.1f s (%.0f queries/s) while uploading %d graphs (%.0f graphs/s)%n",
                        queries.get(), CLIENTS, secs, queries.get() / secs, graphs.size(), graphs.size() / uploadSecs);
                // everything arrived, and the uploads are in the store the server holds
                long inStore = org.apache.jena.system.Txn.calculateRead(st.dataset(), () -> graphs.stream()
                        .filter(g -> st.dataset().asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(g)).size() == sizes.get(g)).count());
                assertThat(inStore).isEqualTo(graphs.size());
            } finally {
                server.stop();
            }
        }
    }

    /** Each graph a query saw must have all its triples: a count between 0 and the full size means a half graph. */
    private static void halfGraphs(String csv, Map<String, Long> sizes, List<String> errors) {
        for (String line : csv.split("\r?\n")) {
            int comma = line.lastIndexOf(',');
            if (comma < 0 || line.startsWith("g,")) continue;
            String g = line.substring(0, comma);
            Long full = sizes.get(g);
            long n = Long.parseLong(line.substring(comma + 1).strip());
            if (full != null && n != full) errors.add("graph " + g + " seen with " + n + " of " + full + " triples");
        }
    }

}
