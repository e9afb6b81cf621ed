package govkg.it;

import govkg.cli.Main;
import govkg.rdf.GOV;
import govkg.rdf.NIF;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile corpus through `govkg extract`, `build` and `validate`: the batch goes past every bad file, names it
 * and the reason on stderr, exits 1, and loses nothing from the good files; what it writes parses and passes
 * the SHACL shapes; Traditional text is extracted as Simplified while provenance quotes the original.
 */
class HostileInputTest {
    @TempDir static Path tmp;
    static HostileCorpus corpus;
    static Result extract;
    static DatasetGraph out;

    record Result(int code, String err) {}

    static Result run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, err.toString());
    }

    @BeforeAll
    static void extractTheCorpus() throws Exception {
        corpus = new HostileCorpus(tmp.resolve("hostile"));
        Path trig = tmp.resolve("out.trig");
        extract = run("extract", "-q", "--threads", "2", "-o", trig.toString(), corpus.dir.toString());
        Dataset ds = DatasetFactory.createTxnMem();
        RDFParser.source(trig).parse(ds);   // throws if the output does not parse
        out = ds.asDatasetGraph();
    }

    @Test
    void batchExitsOneAndNamesEveryBadFileWithItsReason() {
        assertThat(extract.code()).as(extract.err()).isEqualTo(1);
        for (Map.Entry<String, String> b : corpus.bad.entrySet()) {
            String line = extract.err().lines().filter(l -> l.startsWith("govkg: skipped ") && l.contains("/" + b.getKey() + ": "))
                    .findFirst().orElse(null);
            assertThat(line).as("a line naming " + b.getKey() + " in\n" + extract.err()).isNotNull();
            assertThat(line).contains(b.getValue());
        }
        for (String g : corpus.good.keySet())
            assertThat(extract.err()).as(g).doesNotContain("skipped " + corpus.dir.resolve(g));
        assertThat(extract.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void everyGoodFileGivesItsReports() {
        Set<String> sources = new HashSet<>();
        out.find(Node.ANY, Node.ANY, DCTerms.identifier.asNode(), Node.ANY)
                .forEachRemaining(q -> sources.add(q.getObject().getLiteralLexicalForm()));
        for (String g : corpus.good.keySet())   // ids use '/' for a folder separator, so a '\' in a name reads as one
            assertThat(sources).as("source ids").anyMatch(id -> id.endsWith("/" + g.replace('\\', '/')));
        for (String b : corpus.bad.keySet())
            assertThat(sources).noneMatch(id -> id.endsWith("/" + b));
        // the person of the report is found whatever the encoding
        for (String g : List.of("utf8.txt", "gb18030.txt", "utf16le-bom.txt", "utf16be-nobom.txt", "utf16le-nobom.txt", "page.html", "long-line.txt"))
            assertThat(labelsOfPeopleIn(g)).as(g).contains("李建国");
    }

    @Test
    void outputPassesTheShapes() {
        Result v = run("validate", tmp.resolve("out.trig").toString());
        assertThat(v.code()).as(v.err()).isZero();
    }

    @Test
    void everyLiteralIsWellFormedUnicode() {
        out.find().forEachRemaining(q -> {
            Node o = q.getObject();
            if (!o.isLiteral()) return;
            String s = o.getLiteralLexicalForm();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))).as("lone surrogate in " + s).isTrue();
                    i++;
                } else {
                    assertThat(Character.isLowSurrogate(c)).as("lone surrogate in " + s).isFalse();
                }
                assertThat(c == 0 || c < 0x20 && c != '\n' && c != '\t').as("control character in " + s).isFalse();
            }
        });
    }

    @Test
    void namesWithIriAndTurtleBreakersSurviveAsLiterals() {
        Set<String> labels = new HashSet<>();
        out.find(Node.ANY, Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> labels.add(q.getObject().getLiteralLexicalForm()));
        assertThat(labels).anyMatch(l -> l.contains("<乡村>{建设}|工程^`"));
        out.find().forEachRemaining(q -> {
            for (Node n : new Node[]{q.getGraph(), q.getSubject(), q.getObject()})
                if (n.isURI()) assertThat(n.getURI()).doesNotContain("<", ">", "\"", "{", "}", "|", "^", "`", "\\", " ");
        });
    }

    @Test
    void traditionalIsExtractedAsSimplifiedWithTheOriginalInProvenance() throws Exception {
        assertThat(labelsOfPeopleIn("traditional.txt")).contains("陈国强");
        String original = Files.readString(corpus.dir.resolve("traditional.txt"), StandardCharsets.UTF_8);
        int checked = 0;
        for (Quad q : mentionsIn("traditional.txt")) {
            Node m = q.getSubject();
            String anchor = value(m, NIF.anchorOf.asNode());
            int begin = Integer.parseInt(value(m, NIF.beginIndex.asNode()));
            int end = Integer.parseInt(value(m, NIF.endIndex.asNode()));
            assertThat(original.substring(begin, end)).isEqualTo(anchor);
            assertThat(original).contains(value(m, GOV.sentence.asNode()));
            if (anchor.equals("陳國強")) checked++;
        }
        assertThat(checked).as("mentions of 陳國強 quoted as written").isPositive();
    }

    @Test
    void offsetsPointIntoTheDecodedTextPastEmojiAndCombiningMarks() throws Exception {
        String text = Files.readString(corpus.dir.resolve("emoji.txt"), StandardCharsets.UTF_8);
        List<Quad> mentions = mentionsIn("emoji.txt");
        assertThat(mentions).isNotEmpty();
        for (Quad q : mentions) {
            Node m = q.getSubject();
            int begin = Integer.parseInt(value(m, NIF.beginIndex.asNode()));
            int end = Integer.parseInt(value(m, NIF.endIndex.asNode()));
            assertThat(text.substring(begin, end)).isEqualTo(value(m, NIF.anchorOf.asNode()));
        }
        assertThat(labelsOfPeopleIn("emoji.txt")).contains("王小明");
    }

    @Test
    void buildGoesPastBadFilesAndTheStoreValidates() throws Exception {
        Path db = tmp.resolve("db");
        List<String> args = new java.util.ArrayList<>(List.of("build", "-q", "--threads", "2", "--db", db.toString()));
        try (var files = Files.list(corpus.dir)) {   // the long line once is enough (extract above)
            files.filter(f -> !f.getFileName().toString().equals("long-line.txt")).sorted().forEach(f -> args.add(f.toString()));
        }
        Result b = run(args.toArray(String[]::new));
        assertThat(b.code()).as(b.err()).isEqualTo(1);
        for (String name : corpus.bad.keySet()) assertThat(b.err()).contains(name);
        Result v = run("validate", "--db", db.toString());
        assertThat(v.code()).as(v.err()).isZero();
        Result q = run("query", "--db", db.toString(), "--format", "csv", "--sparql",
                "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/govkg/ontology#Report> }");
        assertThat(q.code()).isZero();
    }

    @Test
    void allGoodFilesExitZero() throws Exception {
        Path only = Files.createDirectories(tmp.resolve("good-only"));
        Files.copy(corpus.dir.resolve("utf8.txt"), only.resolve("utf8.txt"));
        Files.copy(corpus.dir.resolve("traditional.txt"), only.resolve("traditional.txt"));
        Result r = run("extract", "-q", "-o", tmp.resolve("good.nq").toString(), only.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Result allBad = run("extract", "-q", "-o", tmp.resolve("bad.nq").toString(), corpus.dir.resolve("empty.txt").toString());
        assertThat(allBad.code()).isEqualTo(1);
        assertThat(allBad.err()).contains("empty.txt");
    }

    private static List<Quad> mentionsIn(String file) {
        Set<Node> reports = reportsOf(file);
        return out.stream(Node.ANY, Node.ANY, GOV.inReport.asNode(), Node.ANY)
                .filter(q -> reports.contains(q.getObject()) && out.contains(Node.ANY, q.getSubject(), RDF.type.asNode(), GOV.Mention.asNode()))
                .toList();
    }

    private static Set<String> labelsOfPeopleIn(String file) {
        Set<String> labels = new HashSet<>();
        for (Node r : reportsOf(file))
            out.find(Node.ANY, r, GOV.mentions.asNode(), Node.ANY).forEachRemaining(q -> {
                if (out.contains(Node.ANY, q.getObject(), RDF.type.asNode(), GOV.Person.asNode()))
                    out.find(Node.ANY, q.getObject(), RDFS.label.asNode(), Node.ANY)
                            .forEachRemaining(l -> labels.add(l.getObject().getLiteralLexicalForm()));
            });
        return labels;
    }

    private static Set<Node> reportsOf(String file) {
        Set<Node> sources = new HashSet<>();
        out.find(Node.ANY, Node.ANY, DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().getLiteralLexicalForm().endsWith("/" + file)) sources.add(q.getSubject());
        });
        Set<Node> reports = new HashSet<>();
        for (Node s : sources)
            out.find(Node.ANY, Node.ANY, GOV.sourceFile.asNode(), s).forEachRemaining(q -> reports.add(q.getSubject()));
        return reports;
    }

    private static String value(Node s, Node p) {
        Triple t = out.stream(Node.ANY, s, p, Node.ANY).map(Quad::asTriple).findFirst().orElseThrow(() -> new AssertionError(s + " has no " + p));
        return t.getObject().getLiteralLexicalForm();
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
