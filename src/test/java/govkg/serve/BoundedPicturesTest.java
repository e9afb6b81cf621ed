package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import govkg.rdf.GOV;
import govkg.rdf.ITSRDF;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures stay bounded: a generated store (real TDB2) where one person, known under two IRIs joined by
 * owl:sameAs, holds {@value #POSTS} posts in one organization over {@value #POSTS} dated reports, and a program is
 * named with {@value #PLACES} places. The career, the holders and the adoption timeline each draw at most their cap
 * and say how many more there are; the pages stay small; one post's stated start (time:hasBeginning) is drawn.
 */
class BoundedPicturesTest {
    static final int POSTS = 120;
    static final int PLACES = 150;
    static final int MAX_PAGE_BYTES = 80_000;
    static final String TIME = "http://www.w3.org/2006/time#";

    @TempDir static Path tmp;
    static Dataset dataset;
    static GovkgServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    @BeforeAll
    static void up() throws IOException {
        int port = Fixture.freePort();
        base = "http://localhost:" + port + "/";
        dataset = TDB2Factory.connectDataset(tmp.resolve("db").toString());
        List<String> provinces = ProvinceTileMap.TILES.stream().map(ProvinceTileMap.Tile::code).filter(c -> !c.equals("00")).toList();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node entities = iri("graph/entities");
            Node person = iri("person/000000000001"), alias = iri("person/000000000002");
            Node org = iri("organization/000000000001"), program = iri("program/000000000001");
            for (Node p : List.of(person, alias)) {
                dsg.add(entities, p, RDF.type.asNode(), GOV.Person.asNode());
                dsg.add(entities, p, RDFS.label.asNode(), zh("周文远"));
            }
            dsg.add(entities, alias, OWL2.sameAs.asNode(), person);
            dsg.add(entities, org, RDF.type.asNode(), GOV.Organization.asNode());
            dsg.add(entities, org, RDFS.label.asNode(), zh("青石市人民政府"));
            dsg.add(entities, program, RDF.type.asNode(), GOV.Program.asNode());
            dsg.add(entities, program, RDFS.label.asNode(), zh("社区议事厅试点"));
            for (int i = 0; i < Math.max(POSTS, PLACES); i++) {
                Node report = iri("report/%012x-1".formatted(i));
                Node d = date(LocalDate.of(2000, 1, 1).plusDays(40L * i));
                dsg.add(report, report, RDF.type.asNode(), GOV.Report.asNode());
                dsg.add(report, report, SchemaDO.datePublished.asNode(), d);
                if (i < POSTS) {
                    Node m = iri("membership/%012x".formatted(i));
                    dsg.add(report, m, RDF.type.asNode(), ORG.Membership.asNode());
                    dsg.add(report, m, ORG.member.asNode(), i % 2 == 0 ? person : alias);
                    dsg.add(report, m, ORG.organization.asNode(), org);
                    dsg.add(report, m, GOV.title.asNode(), zh("第" + i + "专班组长"));
                }
                if (i < PLACES) {
                    Node place = iri("place/%012x".formatted(i));
                    dsg.add(entities, place, RDF.type.asNode(), GOV.Place.asNode());
                    dsg.add(entities, place, RDFS.label.asNode(), zh("第" + i + "社区"));
                    dsg.add(entities, place, GOV.adminCode.asNode(),
                            NodeFactory.createLiteralString(provinces.get(i % provinces.size()) + "%04d".formatted(i)));
                    Node sentence = zh("第" + i + "社区启动社区议事厅试点。");
                    for (Node[] mention : new Node[][] {{iri("report/%012x-1#m0-2".formatted(i)), place}, {iri("report/%012x-1#m5-12".formatted(i)), program}}) {
                        dsg.add(report, mention[0], RDF.type.asNode(), GOV.Mention.asNode());
                        dsg.add(report, mention[0], ITSRDF.taIdentRef.asNode(), mention[1]);
                        dsg.add(report, mention[0], GOV.sentence.asNode(), sentence);
                        dsg.add(report, mention[0], GOV.inReport.asNode(), report);
                    }
                    // the report's statement of adoption, as the mapper writes it from that sentence
                    Node statement = iri("report/%012x-1#adoption-000000000001-%d".formatted(i, i));
                    dsg.add(report, statement, RDF.type.asNode(), GOV.Adoption.asNode());
                    dsg.add(report, statement, GOV.adoptedProgram.asNode(), program);
                    dsg.add(report, statement, GOV.adopter.asNode(), place);
                    dsg.add(report, statement, GOV.stage.asNode(), NodeFactory.createLiteralString("pilot"));
                    dsg.add(report, statement, GOV.evidence.asNode(), iri("report/%012x-1#m5-12".formatted(i)));
                    dsg.add(report, statement, GOV.reportedIn.asNode(), report);
                }
            }
            // one post with a stated start a year before its first report
            Node m0 = iri("membership/%012x".formatted(0)), interval = iri("membership/%012x#during".formatted(0)), begin = iri("membership/%012x#begin".formatted(0));
            Node g0 = iri("report/%012x-1".formatted(0));
            dsg.add(g0, m0, ORG.memberDuring.asNode(), interval);
            dsg.add(g0, interval, NodeFactory.createURI(TIME + "hasBeginning"), begin);
            dsg.add(g0, begin, NodeFactory.createURI(TIME + "inXSDgYear"), NodeFactory.createLiteralDT("1999", XSDDatatype.XSDgYear));
        });
        server = GovkgServer.start(dataset, port, ServerOptions.fromStore());
    }

    @AfterAll
    static void down() {
        if (server != null)
            server.stop();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        int bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
        System.out.println("BoundedPicturesTest: " + path + " " + bytes + " bytes");
        assertThat(bytes).as(path).isLessThan(MAX_PAGE_BYTES);
        return r.body();
    }

    @Test
    void aCareerOfManyPostsDrawsTheCapAndCountsTheRest() throws Exception {
        for (String path : List.of("person/000000000001", "person/000000000002")) {
            String fig = TimelinePagesTest.figure(page(path), "timeline career");
            assertThat(TimelinePagesTest.count(fig, "class=\"tl-row")).isEqualTo(CareerTimeline.MAX_BARS);
            assertThat(fig).contains("……还有 " + (POSTS - CareerTimeline.MAX_BARS) + " 项", POSTS + " 项任职", "2 个标识");
        }
    }

    @Test
    void aStatedStartIsDrawnBeforeTheFirstReport() throws Exception {
        String fig = TimelinePagesTest.figure(page("person/000000000001"), "timeline career");
        assertThat(fig).contains("第0专班组长 · 青石市人民政府：1999 – 2000-01-01（文中所述起期，报道末见止").contains("class=\"tl-year\">1999<");
    }

    @Test
    void theHoldersOfManyPostsDrawTheCap() throws Exception {
        String fig = TimelinePagesTest.figure(page("organization/000000000001"), "timeline holders");
        assertThat(TimelinePagesTest.count(fig, "class=\"tl-row")).isEqualTo(CareerTimeline.MAX_BARS);
        assertThat(TimelinePagesTest.count(fig, "class=\"tl-lane\"")).isEqualTo(CareerTimeline.MAX_BARS);
        assertThat(fig).contains("……还有 " + (POSTS - CareerTimeline.MAX_BARS) + " 项");
    }

    @Test
    void aProgramInManyPlacesDrawsTheFirstAdoptersAndEveryProvince() throws Exception {
        String html = page("program/000000000001");
        String timeline = TimelinePagesTest.figure(html, "timeline adoption");
        assertThat(TimelinePagesTest.count(timeline, "class=\"tl-row")).isEqualTo(ProgramAdoption.MAX_PLACES);
        assertThat(timeline).contains("……还有 " + (PLACES - ProgramAdoption.MAX_PLACES) + " 项", "第0社区", "2000-01-01 · 试点")
                .doesNotContain(">第" + ProgramAdoption.MAX_PLACES + "社区<");
        String map = TimelinePagesTest.figure(html, "tilemap");
        assertThat(TimelinePagesTest.count(map, "class=\"tile adopted\"")).isEqualTo(ProvinceTileMap.TILES.size() - 1);
        assertThat(TimelinePagesTest.count(map, "class=\"legend-item\"")).isLessThanOrEqualTo(ProvinceTileMap.CLASSES + 1);
    }
}
