package govkg.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import govkg.cli.Main;
import govkg.resolve.IriMinter;
import govkg.serve.GovkgServer;
import govkg.serve.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `govkg load --endpoint` and `govkg build --endpoint` against a second real govkg server started with
 * `--update --credentials` on loopback, and against a JDK HTTP stub for failures the real server does not make
 * on demand (503s, an endpoint that breaks down halfway).
 */
class RemoteLoadTest {
    @TempDir Path tmp;
    Path users;
    Dataset remoteData;
    GovkgServer remote;
    String endpoint;

    static final String TRIG = """
            @prefix ex: <http://example.org/t/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:s0 rdfs:label "默认图里的陈述"@zh .
            ex:g1 { ex:a rdfs:label "城东街道"@zh ; ex:p [ ex:q "空白节点" ] . }
            ex:g2 { ex:b rdfs:label "市人民政府"@zh ; ex:n 3 . }
            ex:g3 { ex:c rdfs:label "第三张图"@zh . }
            """;

    @BeforeEach
    void up() throws IOException {
        users = tmp.resolve("users");
        Files.writeString(users, "loader:pw-" + System.nanoTime() + "\n");
        remoteData = TDB2Factory.createDataset();
        remote = GovkgServer.start(remoteData, 0, ServerOptions.defaults().withUpdate(users));
        endpoint = remote.baseUrl() + "govkg/data";
    }

    @AfterEach
    void down() {
        remote.stop();
    }

    record Run(int code, String err) {}

    static Run govkg(String... args) {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        return new Run(code, err.toString());
    }

    Path trig(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** What a file should become in a store: its named graphs, and its triples in the graph named after the file. */
    static DatasetGraph expected(Path f) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(f).parse(parsed);
        DatasetGraph out = DatasetGraphFactory.create();
        Node fileGraph = NodeFactory.createURI(new IriMinter(IriMinter.DEFAULT_BASE).graph("file/" + IriMinter.hash(f.toAbsolutePath().normalize().toString())));
        parsed.find().forEachRemaining(q -> {
            if (q.isDefaultGraph()) out.add(fileGraph, q.getSubject(), q.getPredicate(), q.getObject());
            else out.add(q);
        });
        return out;
    }

    static Set<String> graphNames(DatasetGraph d) {
        Set<String> s = new TreeSet<>();
        d.listGraphNodes().forEachRemaining(n -> s.add(n.getURI()));
        return s;
    }

    /** The remote store holds exactly {@code want}: the same graph names, each graph isomorphic. */
    void assertRemoteHolds(DatasetGraph want) {
        Txn.executeRead(remoteData, () -> {
            DatasetGraph have = remoteData.asDatasetGraph();
            assertThat(graphNames(have)).isEqualTo(graphNames(want));
            for (String g : graphNames(want)) {
                Node n = NodeFactory.createURI(g);
                assertThat(have.getGraph(n).size()).as(g).isEqualTo(want.getGraph(n).size());
                assertThat(have.getGraph(n).isIsomorphicWith(want.getGraph(n))).as(g).isTrue();
            }
        });
    }

    long remoteQuads() {
        return Txn.calculateRead(remoteData, () -> {
            long[] n = {0};
            remoteData.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Test
    void withoutCredentialsTheLoadIsRefusedNamingTheEndpointAnd401() throws IOException {
        Path f = trig("a.trig", TRIG);
        Run r = govkg("load", "--endpoint", endpoint, "--state", tmp.resolve("state").toString(), "-q", f.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(endpoint).contains("401").contains("--credentials");
        assertThat(remoteQuads()).isZero();
        // a wrong password: refused too, and the password is nowhere in the message
        Path wrong = trig("wrong", "loader:not-the-password\n");
        Run w = govkg("load", "--endpoint", endpoint, "--credentials", wrong.toString(), "--state", tmp.resolve("state").toString(), f.toString());
        assertThat(w.code()).isNotZero();
        assertThat(w.err()).contains("401").contains("loader").doesNotContain("not-the-password");
        assertThat(remoteQuads()).isZero();
    }

    @Test
    void withCredentialsTheRemoteStoreHoldsExactlyTheFileAndARerunReplaces() throws IOException {
        Path f = trig("a.trig", TRIG);
        String state = tmp.resolve("state").toString();
        Run r = govkg("load", "--endpoint", endpoint, "--credentials", users.toString(), "--state", state, f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("4 graph(s) sent");
        assertRemoteHolds(expected(f));
        long quads = remoteQuads();

        // sent again whole: replaced, not duplicated (blank nodes would double under POST)
        Run again = govkg("load", "--endpoint", endpoint, "--credentials", users.toString(), "--state", state, "--force", f.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(remoteQuads()).isEqualTo(quads);
        assertRemoteHolds(expected(f));

        // one graph changed: only it is sent, and it replaces the old one
        Files.writeString(f, TRIG.replace("\"市人民政府\"@zh ; ex:n 3", "\"区人民政府\"@zh"));
        Run changed = govkg("load", "--endpoint", endpoint, "--credentials", users.toString(), "--state", state, f.toString());
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.err()).contains("1 graph(s) sent").contains("3 unchanged");
        assertRemoteHolds(expected(f));
    }

    @Test
    void badFileIsSkippedWithItsNameAndTheOthersGoOn() throws IOException {
        Path bad = trig("bad.trig", "<http://example.org/x> <http://example.org/y> \"unterminated .");
        Path good = trig("good.trig", TRIG);
        Run r = govkg("load", "--endpoint", endpoint, "--credentials", users.toString(), "--state", tmp.resolve("state").toString(), bad.toString(), good.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("skipped " + bad);
        assertRemoteHolds(expected(good));
    }

    // ---- a stub endpoint for failures on demand ----

    /** A GSP stub on loopback answering the n-th request (from 0) with {@code status.applyAsInt(n)}; records graphs PUT. */
    static final class Stub implements AutoCloseable {
        final HttpServer server;
        final List<String> puts = Collections.synchronizedList(new ArrayList<>());

        Stub(IntUnaryOperator status) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/ds/data", ex -> {
                ex.getRequestBody().readAllBytes();
                int n;
                synchronized (puts) {
                    n = puts.size();
                    puts.add(URLDecoder.decode(ex.getRequestURI().getRawQuery().replaceFirst("^graph=", ""), StandardCharsets.UTF_8));
                }
                ex.sendResponseHeaders(status.applyAsInt(n), -1);
                ex.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds/data";
        }

        @Override public void close() {
            server.stop(0);
        }
    }

    @Test
    void a503IsRetriedWithBackoffAndTheLoadSucceeds() throws IOException {
        Path f = trig("one.ttl", "<http://example.org/s> <http://example.org/p> \"一\" .");
        try (Stub stub = new Stub(n -> n < 2 ? 503 : 201)) {
            Run r = govkg("load", "--endpoint", stub.url(), "--retry-delay", "20", "--state", tmp.resolve("state").toString(), f.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(stub.puts).hasSize(3).containsOnly(stub.puts.get(0));
        }
    }

    @Test
    void anEndpointThatKeepsFailingEndsInAClearErrorAfterBoundedAttempts() throws IOException {
        Path f = trig("one.ttl", "<http://example.org/s> <http://example.org/p> \"一\" .");
        try (Stub stub = new Stub(n -> 502)) {
            Run r = govkg("load", "--endpoint", stub.url(), "--retries", "3", "--retry-delay", "5", "--state", tmp.resolve("state").toString(), f.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains(stub.url()).contains("gave up after 3 attempt(s)").contains("HTTP 502");
            assertThat(stub.puts).hasSize(3);
        }
    }

    @Test
    void aRerunAfterAnInterruptionSkipsTheGraphsAlreadySent() throws IOException {
        Path f = trig("a.trig", TRIG);
        String state = tmp.resolve("state").toString();
        List<String> firstRun;
        // the endpoint takes two graphs, then fails for good
        try (Stub stub = new Stub(n -> n < 2 ? 204 : 500)) {
            Run r = govkg("load", "--endpoint", stub.url(), "--parallel", "1", "--retries", "2", "--retry-delay", "5", "--state", state, f.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("a rerun skips them");
            firstRun = List.copyOf(stub.puts.subList(0, 2));
            Set<String> all = graphNames(expected(f));
            // healthy again: the rerun sends only the two graphs that did not get through
            stub.puts.clear();
            Stub healthy = stub;
            healthy.server.removeContext("/ds/data");
            healthy.server.createContext("/ds/data", ex -> {
                ex.getRequestBody().readAllBytes();
                stub.puts.add(URLDecoder.decode(ex.getRequestURI().getRawQuery().replaceFirst("^graph=", ""), StandardCharsets.UTF_8));
                ex.sendResponseHeaders(204, -1);
                ex.close();
            });
            Run again = govkg("load", "--endpoint", stub.url(), "--state", state, f.toString());
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(again.err()).contains("2 graph(s) sent").contains("2 unchanged");
            Set<String> rest = new TreeSet<>(all);
            firstRun.forEach(rest::remove);
            assertThat(new TreeSet<>(stub.puts)).isEqualTo(rest);
        }
    }

    @Test
    void buildSendsEveryGraphOfTheLocalStoreAndDropsGoneOnes() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(reports.resolve("2024-03-01-a.txt"), "东城区召开安全生产工作会议\n\n3月1日，东城区人民政府召开安全生产工作会议，区长王建国出席会议并讲话。\n");
        Files.writeString(reports.resolve("2024-03-02-b.txt"), "西城区推进老旧小区改造\n\n3月2日，西城区住房和城乡建设委员会部署老旧小区改造工作，副主任李明介绍了进展。\n");
        Path db = tmp.resolve("db");
        String[] args = {"build", "--db", db.toString(), "-q", "--threads", "1", "--endpoint", endpoint, "--credentials", users.toString(), reports.toString()};
        Run r = govkg(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.exists(tmp.resolve("db.remote-state"))).isTrue();
        assertRemoteHolds(localStore(db));
        Set<String> before = Txn.calculateRead(remoteData, () -> graphNames(remoteData.asDatasetGraph()));
        assertThat(before).anyMatch(g -> g.contains("/report/")).anyMatch(g -> g.endsWith("graph/entities"));

        // one report file gone: its graph goes from the remote store too, the entities graph follows
        Run removed = govkg("remove", "--db", db.toString(), reports.resolve("2024-03-02-b.txt").toString());
        assertThat(removed.code()).as(removed.err()).isZero();
        Files.delete(reports.resolve("2024-03-02-b.txt"));
        Run again = govkg(args);
        assertThat(again.code()).as(again.err()).isZero();
        assertRemoteHolds(localStore(db));
        assertThat(Txn.calculateRead(remoteData, () -> graphNames(remoteData.asDatasetGraph()))).hasSizeLessThan(before.size());
    }

    static DatasetGraph localStore(Path db) {
        Dataset local = TDB2Factory.connectDataset(db.toString());
        try {
            DatasetGraph copy = DatasetGraphFactory.create();
            Txn.executeRead(local, () -> local.asDatasetGraph().find().forEachRemaining(copy::add));
            return copy;
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(local.asDatasetGraph());
        }
    }
}
