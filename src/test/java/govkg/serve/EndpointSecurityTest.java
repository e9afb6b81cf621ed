package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locked-down endpoint over real HTTP: read-only by default, writes only for the credential file's users,
 * SERVICE never calls out, a runaway query ends in an error while the server stays up, results are capped, no
 * admin endpoints, no CORS, no stack traces, loopback only.
 */
class EndpointSecurityTest {
    static Path credentials;
    static Fixture readOnly;
    static Fixture writable;

    @BeforeAll
    static void up(@TempDir Path tmp) throws IOException {
        credentials = tmp.resolve("users");
        Files.writeString(credentials, "loader:s3cret-pw\n");
        readOnly = new Fixture(o -> o.withLimits(1_000, 5));
        writable = new Fixture(o -> o.withUpdate(credentials));
    }

    @AfterAll
    static void down() {
        readOnly.close();
        writable.close();
    }

    /** One connection per request: the server may close a connection after refusing a request body. */
    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder req(Fixture fx, String path) {
        return HttpRequest.newBuilder(URI.create(fx.url(path)));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> query(Fixture fx, String q) throws IOException, InterruptedException {
        return send(req(fx, "/govkg/sparql").header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(q)));
    }

    static final String TURTLE = "<http://example.org/x/s> <http://www.w3.org/2000/01/rdf-schema#label> \"上传\"@zh .";
    static final String GRAPH = "http://example.org/x/uploaded";

    static boolean hasGraph(Fixture fx, String g) {
        return Txn.calculateRead(fx.dataset, () -> fx.dataset.asDatasetGraph()
                .contains(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY));
    }

    // ---- read-only by default ----

    @Test
    void defaultServerRefusesEveryKindOfWrite() throws Exception {
        String u = "INSERT DATA { GRAPH <" + GRAPH + "> { <http://example.org/x/s> <http://example.org/x/p> 1 } }";
        String gsp = "?graph=" + URLEncoder.encode(GRAPH, StandardCharsets.UTF_8);
        List<HttpRequest.Builder> writes = List.of(
                req(readOnly, "/govkg/update").header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(u)),
                req(readOnly, "/govkg").header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(u)),
                req(readOnly, "/govkg/data" + gsp).header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(TURTLE)),
                req(readOnly, "/govkg" + gsp).header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(TURTLE)),
                req(readOnly, "/govkg" + gsp).header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(TURTLE)),
                req(readOnly, "/govkg/get" + gsp).header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(TURTLE)),
                req(readOnly, "/govkg" + gsp).DELETE(),
                req(readOnly, "/govkg/upload").header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(TURTLE)));
        for (HttpRequest.Builder w : writes) {
            // with and without credentials: this server has no writers at all
            assertThat(send(w).statusCode()).as(w.build().toString()).isBetween(400, 499);
            assertThat(send(w.header("Authorization", basic("loader", "s3cret-pw"))).statusCode()).isBetween(400, 499);
        }
        assertThat(hasGraph(readOnly, GRAPH)).isFalse();
    }

    // ---- writes only with credentials ----

    @Test
    void anonymousAndWrongPasswordWritesGet401() throws Exception {
        String gsp = "?graph=" + URLEncoder.encode(GRAPH + "-anon", StandardCharsets.UTF_8);
        for (String path : List.of("/govkg/data" + gsp, "/govkg/data/" + gsp)) {
            var anon = send(req(writable, path).header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(TURTLE)));
            assertThat(anon.statusCode()).isIn(401, 403);
            var wrong = send(req(writable, path).header("Content-Type", "text/turtle")
                    .header("Authorization", basic("loader", "guess")).PUT(HttpRequest.BodyPublishers.ofString(TURTLE)));
            assertThat(wrong.statusCode()).isIn(401, 403);
        }
        var anonUpdate = send(req(writable, "/govkg/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + GRAPH + "-anon> { <http://example.org/x/s> <http://example.org/x/p> 1 } }")));
        assertThat(anonUpdate.statusCode()).isIn(401, 403);
        // the dataset itself and the read endpoints never write, whoever asks
        String auth = basic("loader", "s3cret-pw");
        for (String path : List.of("/govkg" + gsp, "/govkg/get" + gsp, "/govkg/sparql" + gsp))
            assertThat(send(req(writable, path).header("Content-Type", "text/turtle").header("Authorization", auth)
                    .PUT(HttpRequest.BodyPublishers.ofString(TURTLE))).statusCode()).as(path).isBetween(400, 499);
        assertThat(send(req(writable, "/govkg").header("Content-Type", "application/sparql-update").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + GRAPH + "-anon> { <http://example.org/x/s> <http://example.org/x/p> 1 } }")))
                .statusCode()).isBetween(400, 499);
        assertThat(hasGraph(writable, GRAPH + "-anon")).isFalse();
    }

    @Test
    void graphStoreProtocolUploadsWithCredentials() throws Exception {
        String g = GRAPH + "-gsp";
        String gsp = "?graph=" + URLEncoder.encode(g, StandardCharsets.UTF_8);
        String auth = basic("loader", "s3cret-pw");
        var put = send(req(writable, "/govkg/data" + gsp).header("Content-Type", "text/turtle").header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.ofString(TURTLE)));
        assertThat(put.statusCode()).isBetween(200, 204);
        assertThat(hasGraph(writable, g)).isTrue();
        // the upload is visible to anonymous readers, through the union default graph, and in the search index
        var seen = query(writable, "ASK { <http://example.org/x/s> ?p \"上传\"@zh }");
        assertThat(seen.body()).contains("true");
        var get = send(req(writable, "/govkg/get" + gsp).header("Accept", "text/turtle"));
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("上传");
        // POST adds, DELETE drops
        var post = send(req(writable, "/govkg/data" + gsp).header("Content-Type", "text/turtle").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString("<http://example.org/x/s2> <http://example.org/x/p> 2 .")));
        assertThat(post.statusCode()).isBetween(200, 204);
        assertThat(query(writable, "ASK { GRAPH <" + g + "> { <http://example.org/x/s> ?p ?o . <http://example.org/x/s2> ?q ?r } }").body()).contains("true");
        var del = send(req(writable, "/govkg/data" + gsp).header("Authorization", auth).DELETE());
        assertThat(del.statusCode()).isBetween(200, 204);
        assertThat(hasGraph(writable, g)).isFalse();
    }

    @Test
    void readsStayAnonymousOnAWritableServer() throws Exception {
        var r = query(writable, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(send(req(writable, "/").header("Accept", "text/html")).statusCode()).isEqualTo(200);
    }

    @Test
    void uploadedNamesBecomeSearchable() throws Exception {
        String g = GRAPH + "-search";
        var put = send(req(writable, "/govkg/data?graph=" + URLEncoder.encode(g, StandardCharsets.UTF_8))
                .header("Content-Type", "text/turtle").header("Authorization", basic("loader", "s3cret-pw"))
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        <%sperson/upload00000001> a <https://w3id.org/govkg/ontology#Person> ;
                            <http://www.w3.org/2000/01/rdf-schema#label> "新上传人"@zh .
                        """.formatted(writable.base))));
        assertThat(put.statusCode()).isBetween(200, 204);
        var hits = send(req(writable, "/search.json?q=" + URLEncoder.encode("新上传人", StandardCharsets.UTF_8)));
        assertThat(hits.body()).contains("person/upload00000001");
    }

    // ---- SERVICE never calls out ----

    @Test
    void serviceMakesNoConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String target = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            String q = "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } } LIMIT 1";
            String silent = "SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } } LIMIT 1";
            for (String text : List.of(q, silent)) {
                var r = query(readOnly, text);
                assertThat(r.body()).doesNotContain("\"s\" :");
                send(req(readOnly, "/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8))));
                send(req(writable, "/govkg/update").header("Authorization", basic("loader", "s3cret-pw"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT { GRAPH <http://example.org/x/svc> { ?s ?p ?o } } WHERE { SERVICE <" + target + "> { ?s ?p ?o } }")));
            }
            // the responses are back, so any call the server made has reached the listener's backlog by now
            listener.setSoTimeout(300);
            Optional<Socket> accepted;
            try {
                accepted = Optional.of(listener.accept());
            } catch (SocketTimeoutException none) {
                accepted = Optional.empty();
            }
            assertThat(accepted).as("a connection to the SERVICE target").isEmpty();
        }
    }

    // ---- time and size limits ----

    @Test
    void runawayQueryIsStoppedAndTheServerStaysUp() throws Exception {
        String cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        var r = query(readOnly, cross);
        assertThat(r.statusCode()).isBetween(400, 599);
        assertThat(r.body()).doesNotContain("\tat org.", "Exception:");
        var page = send(req(readOnly, "/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(cross, StandardCharsets.UTF_8))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"error\"").doesNotContain("\tat org.");
        var after = query(readOnly, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("\"n\"");
    }

    @Test
    void resultsAreCappedAtTheLimit() throws Exception {
        for (String q : List.of("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1000")) {
            var r = send(req(readOnly, "/govkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                    .header("Accept", "text/csv"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body().strip().split("\r?\n")).hasSize(1 + 5);   // header + the limit
        }
        var small = send(req(readOnly, "/govkg/sparql?query=" + URLEncoder.encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 2", StandardCharsets.UTF_8))
                .header("Accept", "text/csv"));
        assertThat(small.body().strip().split("\r?\n")).hasSize(1 + 2);
    }

    // ---- surface ----

    @Test
    void noAdminEndpoints() throws Exception {
        for (String p : List.of("/$/ping", "/$/server", "/$/datasets", "/$/stats", "/$/stats/govkg", "/$/metrics", "/$/tasks",
                "/$/backup/govkg", "/$/compact/govkg", "/$/reload", "/$/logs"))
            for (Fixture fx : List.of(readOnly, writable)) {
                assertThat(send(req(fx, p)).statusCode()).as(p).isEqualTo(404);
                assertThat(send(req(fx, p).header("Authorization", basic("loader", "s3cret-pw"))
                        .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).as("POST " + p).isIn(404, 405);
            }
    }

    @Test
    void noCorsHeaders() throws Exception {
        var pre = send(req(readOnly, "/govkg/sparql").header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var get = send(req(readOnly, "/govkg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))
                .header("Origin", "http://evil.example"));
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void errorsCarryNoStackTraces() throws Exception {
        List<HttpRequest.Builder> bad = List.of(
                req(readOnly, "/govkg/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p", StandardCharsets.UTF_8)),
                req(readOnly, "/govkg/sparql").header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("\u0000\uFFFF")),
                req(readOnly, "/govkg/sparql").header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("query=%ZZ")),
                req(readOnly, "/govkg/get?graph=" + URLEncoder.encode("not an iri <>", StandardCharsets.UTF_8)),
                req(readOnly, "/lookup?iri=" + URLEncoder.encode("> } ; DROP ALL ; <", StandardCharsets.UTF_8)),
                req(readOnly, "/lookup?iri="),
                req(readOnly, "/lookup"),
                req(readOnly, "/browse/reports?page=-1"),
                req(readOnly, "/browse/reports?page=99999999999999999999"),
                req(readOnly, "/browse/organizations?page=abc"),
                req(readOnly, "/search?q=" + URLEncoder.encode("\" } UNION { ?s ?p ?o", StandardCharsets.UTF_8)),
                req(readOnly, "/person/%00%ff"),
                req(readOnly, "/sparql?canned=" + URLEncoder.encode("../../etc/passwd", StandardCharsets.UTF_8)),
                req(writable, "/govkg/data?graph=http://example.org/x/bad").header("Authorization", basic("loader", "s3cret-pw"))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a> <b> \"unterminated")));
        for (HttpRequest.Builder b : bad) {
            var r = send(b);
            // pages clamp odd parameters (200); Fuseki answers an undecodable form with 500; nothing worse
            assertThat(r.statusCode()).as(b.build().toString()).isLessThanOrEqualTo(500);
            assertThat(r.body()).as(b.build().toString()).doesNotContain("\tat ", "at org.apache", "at java.", "at govkg.", "Exception");
        }
    }

    @Test
    void bindsToLoopbackOnly() throws Exception {
        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
        for (InetAddress a : others)
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(a, readOnly.server.port()), 1000);
                throw new AssertionError("reachable on " + a);
            } catch (IOException refused) {
                // expected: nothing listens there
            }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), readOnly.server.port()), 1000);
        }
    }
}
