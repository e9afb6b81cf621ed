package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import govkg.rdf.GOV;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server reads of the whole store while it starts (the search index's report counts, the home page's
 * figures) is its own work, not a user's query: it must not run under the endpoint's timeout. On a store of
 * 100,000 reports those reads took longer than the page timeout, were cancelled, and the server never started.
 * Here the endpoint's timeout is 1 ms, far below what those reads take on a few thousand reports.
 */
class ServerStartTest {
    static final int REPORTS = 3_000, PEOPLE = 40;

    @Test
    void startsUnderATinyEndpointTimeoutWithCountsOfTheWholeStore(@TempDir Path dir) throws Exception {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        String base = "http://example.org/start/";
        Txn.executeWrite(ds, () -> {
            DatasetGraph g = ds.asDatasetGraph();
            Node report = NodeFactory.createURI(GOV.NS + "Report"), person = NodeFactory.createURI(GOV.NS + "Person");
            Node mentions = NodeFactory.createURI(GOV.NS + "mentions");
            for (int r = 0; r < REPORTS; r++) {
                Node rep = NodeFactory.createURI(base + "report/" + r);
                g.add(rep, rep, RDF.type.asNode(), report);
                // report r names people r % PEOPLE and (r + 1) % PEOPLE: each person is named by 2 × REPORTS / PEOPLE reports
                for (int k = 0; k < 2; k++) {
                    int p = (r + k) % PEOPLE;
                    Node who = NodeFactory.createURI(base + "person/" + p);
                    g.add(rep, rep, mentions, who);
                    g.add(rep, who, RDF.type.asNode(), person);
                    g.add(rep, who, RDFS.label.asNode(), NodeFactory.createLiteralLang("试验人" + (char) ('甲' + p), "zh"));
                }
            }
        });
        GovkgServer server = GovkgServer.start(ds, Fixture.freePort(), ServerOptions.defaults().withBase(base).withLimits(1, 1000));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String home = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            // every person once, though each is typed in the graph of every report that names them
            assertThat(home).contains("<li class=\"kind-person\"><strong>" + PEOPLE + "</strong>")
                    .contains("<li class=\"kind-report\"><strong>" + REPORTS + "</strong>");
            String name = "试验人" + (char) ('甲' + 7);
            String hits = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "search.json?q="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            assertThat(hits).contains("\"label\" : \"" + name + "\"").contains("\"reports\" : " + 2 * REPORTS / PEOPLE);
        } finally {
            server.stop();
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }
}
