package govkg.serve;

import static govkg.serve.NTriples.has;
import static govkg.serve.NTriples.objects;
import static govkg.serve.NTriples.subjects;
import static org.assertj.core.api.Assertions.assertThat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A linked-data client walks the graph as the HTML page does: an entity's description carries its memberships
 * (title, organization), gov:within both ways, the reports that mention it; a report's carries what it mentions.
 * Read with our own N-Triples reader over real HTTP. Also: the browse pages the home page links to, values shown
 * without datatypes, and the base found in the store when the server is not given one.
 */
class LinkedDataTest {
    static Fixture fx;
    static Fixture detecting;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String GOV = "https://w3id.org/govkg/ontology#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";

    @BeforeAll
    static void up() {
        fx = new Fixture();
        detecting = new Fixture(o -> o.withBase(null));     // told nothing: the base comes from the store
    }

    @AfterAll
    static void down() {
        fx.close();
        detecting.close();
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<NTriples.Triple> describe(Fixture f, String path) throws Exception {
        HttpResponse<String> r = get(f.iri(path), "application/n-triples");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return NTriples.parse(r.body());
    }

    static String iri(String s) {
        return "<" + s + ">";
    }

    @Test
    void personCarriesPostsAndTheReportsThatMentionIt() throws Exception {
        List<NTriples.Triple> ts = describe(fx, "person/aaaaaaaaaaaa");
        String person = iri(fx.iri("person/aaaaaaaaaaaa"));
        List<String> posts = subjects(ts, iri(ORG + "member"), person);
        assertThat(posts).containsExactlyInAnyOrder(iri(fx.iri("membership/aaaaaaaaaaaa")), iri(fx.iri("membership/bbbbbbbbbbbb")));
        String post = iri(fx.iri("membership/aaaaaaaaaaaa"));
        assertThat(objects(ts, post, iri(GOV + "title"))).containsExactly("区委书记");
        String body = iri(fx.iri("organization/aaaaaaaaaaaa"));
        assertThat(objects(ts, post, iri(ORG + "organization"))).containsExactly(body);
        assertThat(objects(ts, body, LABEL)).containsExactly("中共临河区委员会");
        assertThat(subjects(ts, iri(GOV + "mentions"), person))
                .containsExactlyInAnyOrder(iri(fx.iri("report/aaaaaaaaaaaa-1")), iri(fx.iri("report/bbbbbbbbbbbb-2")));
        assertThat(objects(ts, iri(fx.iri("report/bbbbbbbbbbbb-2")), LABEL)).isEmpty();        // reports have titles
        assertThat(objects(ts, iri(fx.iri("report/bbbbbbbbbbbb-2")), "<http://purl.org/dc/terms/title>")).containsExactly("杏花社区平安建设见闻");
        assertThat(ts).noneMatch(t -> t.p().contains("taIdentRef") || t.p().contains("inReport"));
        assertThat(ts).noneMatch(t -> t.o().contains("http://www.w3.org/ns/activitystreams#CollectionPage"));  // one page only
    }

    @Test
    void placeCarriesWithinBothWays() throws Exception {
        List<NTriples.Triple> ts = describe(fx, "place/990102");
        String place = iri(fx.iri("place/990102"));
        assertThat(objects(ts, place, iri(GOV + "within"))).containsExactly(iri(fx.iri("place/9901")));
        assertThat(objects(ts, iri(fx.iri("place/9901")), LABEL)).containsExactly("青石市");
        assertThat(subjects(ts, iri(GOV + "within"), place))
                .containsExactlyInAnyOrder(iri(fx.iri("place/990102003")), iri(fx.iri("place/990102004")));
        assertThat(objects(ts, iri(fx.iri("place/990102004")), LABEL)).containsExactly("桃源镇");
        assertThat(subjects(ts, iri(GOV + "jurisdiction"), place)).contains(iri(fx.iri("organization/aaaaaaaaaaaa")));
    }

    @Test
    void reportCarriesWhatItMentions() throws Exception {
        List<NTriples.Triple> ts = describe(fx, "report/aaaaaaaaaaaa-1");
        String report = iri(fx.iri("report/aaaaaaaaaaaa-1"));
        assertThat(objects(ts, report, iri(GOV + "mentions"))).hasSize(8).contains(iri(fx.iri("event/aaaaaaaaaaaa")));
        assertThat(objects(ts, iri(fx.iri("event/aaaaaaaaaaaa")), LABEL)).containsExactly("临河区社区治理推进会");
        // the next report says it continues this one
        assertThat(subjects(ts, iri(GOV + "continues"), report)).containsExactly(iri(fx.iri("report/bbbbbbbbbbbb-2")));
    }

    @Test
    void turtleAndJsonLdSayTheSame() throws Exception {
        var nt = HttpTest.parseWith(get(fx.iri("person/aaaaaaaaaaaa"), "application/n-triples").body(), org.apache.jena.riot.Lang.NTRIPLES, fx.base);
        var jsonld = HttpTest.parseWith(get(fx.iri("person/aaaaaaaaaaaa"), "application/ld+json").body(), org.apache.jena.riot.Lang.JSONLD, fx.base);
        assertThat(jsonld.isIsomorphicWith(nt)).isTrue();
        assertThat(nt.size()).isEqualTo(NTriples.parse(get(fx.iri("person/aaaaaaaaaaaa"), "application/n-triples").body()).size());
    }

    @Test
    void homeCountsLinkToBrowsePagesForEveryKind() throws Exception {
        String home = get(fx.url("/"), "text/html").body();
        for (String path : List.of("/browse/people", "/browse/documents", "/browse/events", "/browse/places",
                "/browse/organizations", "/browse/programs", "/browse/reports"))
            assertThat(home).contains("<a href=\"" + path + "\">");
        assertThat(get(fx.url("/browse/people"), null).body()).contains("陈立新", "赵敏", "区委书记", "政法委书记");
        String docs = get(fx.url("/browse/documents"), null).body();
        assertThat(docs).contains("临河区社区治理条例", "中共临河区委员会");
        String events = get(fx.url("/browse/events"), null).body();
        assertThat(events).contains("临河区社区治理推进会", "2023-03-25", "柳塘街道");
    }

    @Test
    void pagesShowValuesWithoutDatatypes() throws Exception {
        for (String path : List.of("/browse/programs", "/browse/organizations", "/browse/people", "/browse/documents",
                "/browse/events", "/browse/reports", "/report/aaaaaaaaaaaa-1", "/membership/aaaaaaaaaaaa", "/event/aaaaaaaaaaaa")) {
            String body = get(fx.url(path), "text/html").body();
            assertThat(body).as(path).doesNotContain("xsd:", "XMLSchema#", "class=\"dt\"");
        }
        // the editor's canned queries may declare xsd:, its result table shows values only
        String editor = get(fx.url("/sparql?canned=people-and-posts"), "text/html").body();
        assertThat(editor.substring(editor.indexOf("id=\"results\""))).contains("区委书记").doesNotContain("xsd:", "XMLSchema#", "class=\"dt\"");
        assertThat(get(fx.url("/membership/aaaaaaaaaaaa"), "text/html").body()).contains("0.9");
        assertThat(get(fx.url("/event/aaaaaaaaaaaa"), "text/html").body()).contains("2023-03-25");
    }

    @Test
    void baseComesFromTheStoreWhenNotGiven() throws Exception {
        assertThat(detecting.server.dataBase()).isEqualTo(detecting.base);
        var html = get(detecting.iri("person/aaaaaaaaaaaa"), "text/html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("陈立新", "href=\"/organization/aaaaaaaaaaaa\"");
        List<NTriples.Triple> ts = describe(detecting, "place/990102");
        assertThat(objects(ts, iri(detecting.iri("place/990102")), iri(GOV + "within"))).containsExactly(iri(detecting.iri("place/9901")));
    }
}
