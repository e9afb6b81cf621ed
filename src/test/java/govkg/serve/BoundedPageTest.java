package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import govkg.rdf.GOV;
import govkg.rdf.ITSRDF;
import govkg.rdf.NIF;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.AS;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page stays bounded however often its entity is mentioned: a generated store (real TDB2) where one person is
 * mentioned in {@value #REPORTS} reports and holds {@value #POSTS} posts, each with a third of those sentences as
 * evidence. The person's page, a post's page and the machine-readable description are small, and their paging
 * links reach every report.
 */
class BoundedPageTest {
    static final int REPORTS = 450;
    static final int POSTS = 3;
    /** Bytes a page may take, whatever the number of mentions. */
    static final int MAX_PAGE_BYTES = 80_000;

    @TempDir static Path tmp;
    static Dataset dataset;
    static GovkgServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    static String sentence(int i) {
        return "第" + i + "次专题会议上，周文远强调要把基层治理的各项任务逐条落到实处。";
    }

    @BeforeAll
    static void up() throws IOException {
        int port = Fixture.freePort();
        base = "http://localhost:" + port + "/";
        dataset = TDB2Factory.connectDataset(tmp.resolve("db").toString());
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node entities = iri("graph/entities");
            Node person = iri("person/000000000001");
            dsg.add(entities, person, RDF.type.asNode(), GOV.Person.asNode());
            dsg.add(entities, person, RDFS.label.asNode(), NodeFactory.createLiteralLang("周文远", "zh"));
            for (int k = 0; k < POSTS; k++) {
                Node m = iri("membership/00000000000" + k);
                Node org = iri("organization/00000000000" + k);
                dsg.add(entities, m, RDF.type.asNode(), ORG.Membership.asNode());
                dsg.add(entities, m, ORG.member.asNode(), person);
                dsg.add(entities, m, ORG.organization.asNode(), org);
                dsg.add(entities, m, GOV.title.asNode(), NodeFactory.createLiteralLang("职务" + k, "zh"));
                dsg.add(entities, org, RDF.type.asNode(), GOV.Organization.asNode());
                dsg.add(entities, org, RDFS.label.asNode(), NodeFactory.createLiteralLang("第" + k + "机构", "zh"));
            }
            for (int i = 0; i < REPORTS; i++) {
                String r = "report/%012x-1".formatted(i);
                Node report = iri(r);
                Node mention = iri(r + "#m10-13");
                dsg.add(report, report, RDF.type.asNode(), GOV.Report.asNode());
                dsg.add(report, report, DCTerms.title.asNode(), NodeFactory.createLiteralLang("第" + i + "篇报道", "zh"));
                dsg.add(report, report, SchemaDO.datePublished.asNode(),
                        NodeFactory.createLiteralDT("2024-01-01", XSDDatatype.XSDdate));
                dsg.add(report, report, GOV.mentions.asNode(), person);
                dsg.add(report, mention, RDF.type.asNode(), GOV.Mention.asNode());
                dsg.add(report, mention, ITSRDF.taIdentRef.asNode(), person);
                dsg.add(report, mention, NIF.anchorOf.asNode(), NodeFactory.createLiteralString("周文远"));
                dsg.add(report, mention, GOV.sentence.asNode(), NodeFactory.createLiteralLang(sentence(i), "zh"));
                dsg.add(report, mention, GOV.inReport.asNode(), report);
                dsg.add(report, iri("membership/00000000000" + (i % POSTS)), GOV.evidence.asNode(), mention);
            }
        });
        server = GovkgServer.start(dataset, port, ServerOptions.fromStore());
    }

    @AfterAll
    static void down() throws IOException {
        if (server != null)
            server.stop();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url.substring(1)));
        if (accept != null)
            b.header("Accept", accept);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r;
    }

    private static final Pattern SENTENCE_NO = Pattern.compile("第(\\d+)次专题会议上");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\">下一页 ›</a>");

    /** Follows the HTML pager from {@code path}; every page within the bound; the sentence numbers seen. */
    static Set<Integer> walkHtml(String path, int[] pages) throws Exception {
        Set<Integer> seen = new HashSet<>();
        String next = path;
        while (next != null) {
            String body = get(next.replace("&amp;", "&"), "text/html").body();
            assertThat(body.getBytes(StandardCharsets.UTF_8).length).as(next).isLessThan(MAX_PAGE_BYTES);
            if (pages[0] == 0)
                System.out.println("BoundedPageTest: " + path + " first page " + body.getBytes(StandardCharsets.UTF_8).length + " bytes");
            Matcher m = SENTENCE_NO.matcher(body);
            while (m.find())
                seen.add(Integer.parseInt(m.group(1)));
            Matcher n = NEXT.matcher(body);
            next = n.find() ? n.group(1) : null;
            pages[0]++;
            assertThat(pages[0]).as("pages").isLessThan(100);
        }
        return seen;
    }

    @Test
    void personPageIsBoundedAndPagesReachEverySentence() throws Exception {
        String first = get("/person/000000000001", "text/html").body();
        assertThat(first).contains("周文远", "职务0", "下一页 ›");
        // a post shows a few of its sentences and links to its own page for the rest
        Matcher more = Pattern.compile("全部 (\\d+) 条出处").matcher(first);
        assertThat(more.find()).isTrue();
        assertThat(Integer.parseInt(more.group(1))).isEqualTo(REPORTS / POSTS);
        String postsSection = first.substring(first.indexOf("class=\"posts\""), first.indexOf("</section>", first.indexOf("class=\"posts\"")));
        Matcher inPosts = SENTENCE_NO.matcher(postsSection);
        int shown = 0;
        while (inPosts.find())
            shown++;
        assertThat(shown).isEqualTo(POSTS * EntitySections.EVIDENCE_PER_POST);
        int[] pages = {0};
        Set<Integer> seen = walkHtml("/person/000000000001", pages);
        assertThat(seen).hasSize(REPORTS);
        assertThat(pages[0]).isGreaterThan(REPORTS / EntitySections.SENTENCES_PER_PAGE);
    }

    @Test
    void postPageIsBoundedAndPaged() throws Exception {
        String first = get("/membership/000000000001", "text/html").body();
        assertThat(first).contains("共 " + REPORTS / POSTS + " 项");      // its evidence, listed a page at a time
        int[] pages = {0};
        Set<Integer> seen = walkHtml("/membership/000000000001", pages);
        assertThat(seen).hasSize(REPORTS / POSTS).allMatch(i -> i % POSTS == 1);
        assertThat(pages[0]).isGreaterThan(1);
    }

    @Test
    void postDescriptionPagesItsEvidence() throws Exception {
        String post = "<" + base + "membership/000000000001>";
        String evidence = "<" + GOV.evidence.getURI() + ">";
        Set<String> all = new HashSet<>();
        int pages = 0;
        for (String url = base + "membership/000000000001.nt"; url != null; pages++) {
            List<NTriples.Triple> ts = NTriples.parse(get(url, null).body());
            List<String> here = NTriples.objects(ts, post, evidence);
            assertThat(here).hasSizeLessThanOrEqualTo(Description.PAGE);
            assertThat(NTriples.objects(ts, post, "<" + GOV.title.getURI() + ">")).containsExactly("职务1");  // on every page
            all.addAll(here);
            url = next(ts, url);
            assertThat(pages).isLessThan(100);
        }
        assertThat(all).hasSize(REPORTS / POSTS);
        assertThat(pages).isEqualTo(2);
    }

    /** The page's as:next, or {@code null}. */
    static String next(List<NTriples.Triple> ts, String url) {
        List<String> nexts = NTriples.objects(ts, "<" + url + ">", "<" + AS.next.getURI() + ">");
        assertThat(nexts).hasSizeLessThanOrEqualTo(1);
        return nexts.isEmpty() ? null : nexts.get(0).substring(1, nexts.get(0).length() - 1);
    }

    @Test
    void descriptionIsPagedWithNextLinks() throws Exception {
        String mentions = "<" + GOV.mentions.getURI() + ">";
        String person = "<" + base + "person/000000000001>";
        Set<String> reports = new HashSet<>();
        String url = base + "person/000000000001";
        int pages = 0;
        while (url != null) {
            String body = get(url, "application/n-triples").body();
            assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(MAX_PAGE_BYTES);
            List<NTriples.Triple> ts = NTriples.parse(body);
            List<String> here = NTriples.subjects(ts, mentions, person);
            assertThat(here).hasSizeLessThanOrEqualTo(Description.PAGE);
            reports.addAll(here);
            url = next(ts, url);
            pages++;
            assertThat(pages).isLessThan(100);
        }
        assertThat(reports).hasSize(REPORTS);
        assertThat(pages).isEqualTo((REPORTS + POSTS + Description.PAGE - 1) / Description.PAGE);
    }
}
