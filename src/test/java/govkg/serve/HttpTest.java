package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import govkg.rdf.GOV;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over real HTTP: content negotiation, 404s, SPARQL endpoint, read-only, SERVICE off. */
class HttpTest {
    static Fixture fx;
    // HTTP/1.1 only: the default client first tries an h2c upgrade on plain http, and once under load a refused
    // update then failed in the client ("header parser received no bytes") — a client effect, not the server's
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void up() {
        fx = new Fixture();
    }

    @AfterAll
    static void down() {
        fx.close();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : fx.url(path)));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.url(path)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The status of a write the server must refuse, sent on a connection of its own: the server may answer a refused
     * request without reading its body and then close the connection, and a shared client that reused it for the next
     * request would read nothing (this test failed that way now and then).
     */
    static int refusal(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpClient once = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest r = HttpRequest.newBuilder(URI.create(fx.url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return once.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode();
    }

    static String form(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static Graph parse(String body, Lang lang) {
        return parseWith(body, lang, fx.base);
    }

    static Graph parseWith(String body, Lang lang, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(base).parse(g);
        return g;
    }

    private static final String PERSON = "person/aaaaaaaaaaaa";

    @Test
    void browserGetsHtmlForTheIriItself() throws Exception {
        var r = get(fx.iri(PERSON), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        assertThat(r.body()).contains("陈立新", "陈书记", "区委书记", "政法委书记", "中共临河区委员会", "临河区",
                "<mark>陈立新</mark>", "<svg", "临河区推进基层社会治理");
    }

    @Test
    void turtleByAcceptAndSuffix() throws Exception {
        for (var r : new HttpResponse[] {get(PERSON, "text/turtle"), get(PERSON + ".ttl", null)}) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
            Graph g = parse((String) r.body(), Lang.TURTLE);
            var person = NodeFactory.createURI(fx.iri(PERSON));
            assertThat(g.contains(person, RDFS.label.asNode(), NodeFactory.createLiteralLang("陈立新", "zh"))).isTrue();
            assertThat(g.contains(person, RDF.type.asNode(), GOV.Person.asNode())).isTrue();
        }
    }

    @Test
    void linkedResourcesCarryTheirLabels() throws Exception {
        var r = get("organization/bbbbbbbbbbbb", "text/turtle");
        Graph g = parse(r.body(), Lang.TURTLE);
        assertThat(g.contains(NodeFactory.createURI(fx.iri("place/990102")), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("临河区", "zh"))).isTrue();
    }

    @Test
    void jsonLdAndNTriples() throws Exception {
        var j = get(PERSON, "application/ld+json");
        assertThat(j.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(parse(j.body(), Lang.JSONLD).isIsomorphicWith(parse(get(PERSON, "text/turtle").body(), Lang.TURTLE))).isTrue();
        var js = get(PERSON + ".jsonld", null);
        assertThat(parse(js.body(), Lang.JSONLD).size()).isEqualTo(parse(j.body(), Lang.JSONLD).size());
        var n = get(PERSON, "application/n-triples");
        assertThat(n.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
        assertThat(parse(n.body(), Lang.NTRIPLES).isIsomorphicWith(parse(get(PERSON + ".nt", null).body(), Lang.NTRIPLES))).isTrue();
        assertThat(parse(n.body(), Lang.NTRIPLES).isIsomorphicWith(parse(get(PERSON, "text/turtle").body(), Lang.TURTLE))).isTrue();
    }

    @Test
    void reportDescriptionIncludesItsMentionNodes() throws Exception {
        Graph g = parse(get("report/aaaaaaaaaaaa-1.ttl", null).body(), Lang.TURTLE);
        assertThat(g.contains(NodeFactory.createURI(fx.iri("report/aaaaaaaaaaaa-1#m20-23")), RDF.type.asNode(), GOV.Mention.asNode())).isTrue();
    }

    @Test
    void unknownIrisAre404() throws Exception {
        var html = get("person/doesnotexist", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        var ttl = get("person/doesnotexist.ttl", null);
        assertThat(ttl.statusCode()).isEqualTo(404);
        assertThat(ttl.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(get("nosuchpage", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/lookup?iri=" + URLEncoder.encode("http://example.org/x", StandardCharsets.UTF_8), "text/turtle")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void notAcceptable() throws Exception {
        assertThat(get(PERSON, "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void lookupServesIrisUnderOtherBases() throws Exception {
        String iri = "https://w3id.org/govkg/ontology#within";
        var r = get("/lookup?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(parse(r.body(), Lang.TURTLE).contains(NodeFactory.createURI(iri), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("隶属于", "zh"))).isTrue();
        var h = get("/lookup?iri=" + URLEncoder.encode(fx.iri("run/r1"), StandardCharsets.UTF_8), "text/html");
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(h.body()).contains("prov:Activity");
    }

    @Test
    void sparqlSeesTheUnionOfNamedGraphs() throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/govkg/ontology#Report> }";
        for (String ep : new String[] {"/govkg/sparql", "/govkg/query"}) {
            var g = get(ep + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
            assertThat(g.statusCode()).isEqualTo(200);
            assertThat(g.body()).contains("\"value\": \"2\"");
            var p = post(ep, "application/x-www-form-urlencoded", form(q), "application/sparql-results+json");
            assertThat(p.statusCode()).isEqualTo(200);
            assertThat(p.body()).contains("\"value\": \"2\"");
        }
        var direct = post("/govkg/sparql", "application/sparql-query",
                "SELECT ?l WHERE { <" + fx.iri("place/990102003001") + "> <https://w3id.org/govkg/ontology#within>+/"
                        + "<http://www.w3.org/2000/01/rdf-schema#label> ?l }", "application/sparql-results+json");
        assertThat(direct.body()).contains("东川省", "青石市", "临河区", "柳塘街道");
    }

    @Test
    void updatesAreRefused() throws Exception {
        String u = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> <urn:o> } }";
        assertThat(refusal("/govkg/update", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(u, StandardCharsets.UTF_8)))
                .isBetween(400, 499);
        assertThat(refusal("/govkg", "application/sparql-update", u)).isBetween(400, 499);
        assertThat(refusal("/govkg/sparql", "application/sparql-update", u)).isBetween(400, 499);
        assertThat(refusal("/govkg", "text/turtle", "<urn:s> <urn:p> <urn:o> .")).isBetween(400, 499);
        boolean changed = Txn.calculateRead(fx.dataset, () -> fx.dataset.containsNamedModel("urn:g")
                || fx.dataset.getDefaultModel().contains(null, null, (org.apache.jena.rdf.model.RDFNode) null));
        assertThat(changed).isFalse();
    }

    @Test
    void serviceIsRefused() throws Exception {
        String q = "SELECT * WHERE { SERVICE <http://localhost:" + fx.server.port() + "/govkg/sparql> { ?s ?p ?o } } LIMIT 1";
        var r = post("/govkg/sparql", "application/x-www-form-urlencoded", form(q), "application/sparql-results+json");
        assertThat(r.statusCode()).isBetween(400, 599);
        assertThat(r.body()).doesNotContain("\"bindings\"");
        var page = post("/sparql", "application/x-www-form-urlencoded", form(q), "text/html");
        assertThat(page.body()).contains("class=\"error\"");
    }

    @Test
    void searchRanksExactThenPrefixThenSubstring() throws Exception {
        var r = get("/search.json?q=" + URLEncoder.encode("陈立", StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        assertThat(body.indexOf("\"陈立\"")).isGreaterThanOrEqualTo(0).isLessThan(body.indexOf("陈立新"));
        var alias = get("/search?q=" + URLEncoder.encode("区委政法委", StandardCharsets.UTF_8), "text/html");
        assertThat(alias.body()).contains("临河区委政法委员会");
        var sub = get("/search.json?q=" + URLEncoder.encode("杏花", StandardCharsets.UTF_8), null).body();
        assertThat(sub).contains("杏花社区", "平安杏花工程");
        assertThat(sub.indexOf("杏花社区")).isLessThan(sub.indexOf("平安杏花工程"));   // prefix before substring
    }

    @Test
    void pagesRender() throws Exception {
        assertThat(get("/", "text/html").body()).contains("人物", "地区", "/browse/places");
        assertThat(get("/browse/places", null).body()).contains("东川省", "青石市", "临河区", "柳塘街道", "杏花社区")
                .doesNotContain("桃源镇")
                .contains("东川省</a> <small class=\"code\">99</small> <span class=\"count\">（2 篇 · 5 个）");
        assertThat(get("/browse/organizations", null).body()).contains("中共临河区委员会", "柳塘街道办事处");
        assertThat(get("/browse/programs", null).body()).contains("平安杏花工程", "杏花社区", "柳塘街道办事处");
        String reports = get("/browse/reports", null).body();
        assertThat(reports.indexOf("2023-05-10")).isLessThan(reports.indexOf("2023-03-26"));
        assertThat(get("/place/990102003", null).body()).contains("东川省", "杏花社区", "临河区");
        assertThat(get("/sparql?canned=people-and-posts", null).body()).contains("哪些人担任了哪些职务", "政法委书记");
        var css = get("/static/govkg.css", null);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(css.body()).contains("PingFang SC");
    }
}
