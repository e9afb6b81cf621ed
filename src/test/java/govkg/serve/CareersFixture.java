package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import govkg.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * samples/careers (our dated reports: a career across a province and the centre, namesakes, a program from its
 * pilot county to the whole country) built by `govkg build` into a real TDB2 store once per test JVM, served by a
 * real govkg server on a free port. The store's base stays the default, so pages link by local paths.
 */
final class CareersFixture {
    private static CareersFixture shared;

    final Dataset dataset;
    final GovkgServer server;
    final DataView store;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CareersFixture() throws IOException {
        Path dir = Files.createTempDirectory("govkg-careers");
        Path db = dir.resolve("db");
        assertThat(Main.commandLine().execute("build", "-q", "--db", db.toString(), "samples/careers")).isZero();
        dataset = TDB2Factory.connectDataset(db.toString());
        server = GovkgServer.start(dataset, Fixture.freePort(), ServerOptions.fromStore());
        store = new DataView(dataset, 20_000, 10_000);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    /** The one store and server of this JVM. */
    static synchronized CareersFixture get() {
        if (shared == null)
            try {
                shared = new CareersFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        return shared;
    }

    String url(String path) {
        return server.baseUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The local page of an IRI of the store (the pages' own links). */
    String page(Node iri) {
        return url(DataView.tail(iri.getURI().replaceAll("/[^/]+$", "")) + "/" + DataView.tail(iri.getURI()));
    }

    List<Binding> select(String query) {
        return store.select(query, Map.of());
    }

    /** The one resource of a type with this label. */
    Node one(String type, String label) {
        List<Binding> rows = select("SELECT DISTINCT ?s WHERE { ?s a " + type + " ; rdfs:label ?l FILTER(STR(?l) = \"" + label + "\") }");
        assertThat(rows).as(type + " " + label).hasSize(1);
        return rows.get(0).get("s");
    }

    HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
