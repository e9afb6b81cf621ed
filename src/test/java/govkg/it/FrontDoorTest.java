package govkg.it;

import static org.assertj.core.api.Assertions.assertThat;

import govkg.pipeline.ExitCodes;
import govkg.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The front door as a new user meets it, with real `govkg serve` processes on free ports:
 * <ul>
 *   <li>a store built with {@code --base} is served under that base without {@code --base} again;</li>
 *   <li>{@code query} on a store a server holds is refused and names {@code --endpoint}; {@code query --endpoint}
 *       sends the query with its {@code --param}s bound to the running server;</li>
 *   <li>{@code serve --update} on a missing folder starts an empty writable store that {@code load --endpoint}
 *       fills, and the server then dereferences the loaded data's IRIs.</li>
 * </ul>
 */
class FrontDoorTest {
    @TempDir Path tmp;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Run(int code, String out, String err) {}

    /** {@code govkg ARGS} in this JVM, stdout and stderr captured. */
    static synchronized Run govkg(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(saved);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static ChildGovkg serve(String... args) throws Exception {
        ChildGovkg c = ChildGovkg.start(args);
        assertThat(c.awaitLine(l -> l.startsWith("govkg: serving"))).as(c.stderr()).isTrue();
        return c;
    }

    @Test
    void builtBaseIsServedWithoutBeingRepeatedAndQueriesGoToTheServer() throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        Path db = tmp.resolve("db");
        assertThat(govkg("build", "-q", "--db", db.toString(), "--base", base, "samples/pages/p03-fujian-fuzhou.txt").code()).isZero();
        try (ChildGovkg server = serve("serve", "--db", db.toString(), "--port", Integer.toString(port))) {
            assertThat(server.stderr()).contains("IRIs under " + base + ", as the store says");
            String sparql = base + "govkg/sparql";
            String select = "PREFIX gov: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?p ?l WHERE { ?p a gov:Person ; rdfs:label ?l } ORDER BY ?p LIMIT 1";
            String csv = get(sparql + "?query=" + URLEncoder.encode(select, StandardCharsets.UTF_8), "text/csv").body();
            Matcher row = Pattern.compile("(?m)^(http\\S+),(.+?)\\r?$").matcher(csv);
            assertThat(row.find()).as(csv).isTrue();
            String person = row.group(1), label = row.group(2);
            assertThat(person).startsWith(base + "person/");
            HttpResponse<String> page = get(person, "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>" + label + "</h1>");

            // the store is the server's: a local query is refused and says what to do instead
            Run local = govkg("query", "--db", db.toString(), "--sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
            assertThat(local.code()).isNotZero();
            assertThat(local.err()).contains("in use by another process", "query --endpoint");

            // the same question through the server, the parameters bound into the parsed query
            String byPerson = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?p rdfs:label ?l }";
            Run r = govkg("query", "--endpoint", sparql, "--format", "csv", "--sparql", byPerson, "--param", "p=" + person);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out().lines().toList()).containsExactly("l", label);
            Path rq = Files.writeString(tmp.resolve("who.rq"),
                    "# Who has this name?\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?p WHERE { ?p rdfs:label ?l }\n");
            Run byName = govkg("query", rq.toString(), "--endpoint", sparql, "--format", "tsv", "--param", "l=" + label);
            assertThat(byName.code()).as(byName.err()).isZero();
            assertThat(byName.out()).contains("<" + person + ">");
            // a value is a value: quotes and braces in it cannot change the query
            Run hostile = govkg("query", rq.toString(), "--endpoint", sparql, "--format", "csv",
                    "--param", "l=" + label + "\" } UNION { ?p ?x ?y } #");
            assertThat(hostile.code()).as(hostile.err()).isZero();
            assertThat(hostile.out().strip()).isEqualTo("p");
        }
    }

    @Test
    void queryEndpointErrorsAreClear() throws Exception {
        Run bad = govkg("query", "--endpoint", "ftp://example.org/sparql", "--sparql", "ASK {}");
        assertThat(bad.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("http(s) URL");
        Run down = govkg("query", "--endpoint", "http://localhost:" + freePort() + "/govkg/sparql", "--sparql", "ASK {}");
        assertThat(down.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(down.err()).contains("/govkg/sparql");
    }

    @Test
    void writableServerStartsOnAMissingFolderAndTakesUploads() throws Exception {
        int port = freePort();
        String url = "http://localhost:" + port + "/";
        Path users = Files.writeString(tmp.resolve("users"), "loader:a-long-test-password\n");
        Path db = tmp.resolve("nothing-here-yet").resolve("db");
        String kg = "http://example.org/kg/";
        Path trig = Files.writeString(tmp.resolve("one.trig"), """
                PREFIX gov: <https://w3id.org/govkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                GRAPH <%1$sreport/0123456789ab-1> {
                  <%1$sreport/0123456789ab-1> a gov:Report ; gov:mentions <%1$sperson/0123456789ab> .
                  <%1$sperson/0123456789ab> a gov:Person ; rdfs:label "林晓峰"@zh .
                }
                """.formatted(kg));
        try (ChildGovkg server = serve("serve", "--update", "--credentials", users.toString(), "--db", db.toString(),
                "--port", Integer.toString(port))) {
            assertThat(Files.isDirectory(db)).isTrue();
            String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            assertThat(get(url + "govkg/sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8), "text/csv").body())
                    .contains("n", "0");
            assertThat(get(url + "person/0123456789ab", "text/html").statusCode()).isEqualTo(404);

            Run load = govkg("load", "--endpoint", url + "govkg/data", "--credentials", users.toString(),
                    "--state", tmp.resolve("state").toString(), trig.toString());
            assertThat(load.code()).as(load.err()).isZero();

            Run q = govkg("query", "--endpoint", url + "govkg/sparql", "--format", "csv",
                    "--sparql", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?p rdfs:label ?l }",
                    "--param", "p=" + kg + "person/0123456789ab");
            assertThat(q.code()).as(q.err()).isZero();
            assertThat(q.out().lines().toList()).containsExactly("l", "林晓峰");
            // the server learnt the data's base from what was loaded: its IRIs dereference at the same paths
            HttpResponse<String> page = get(url + "person/0123456789ab", "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("林晓峰", "/report/0123456789ab-1");
        }
    }
}
