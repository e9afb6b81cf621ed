package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.resolve.IriMinter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** extract and build over a JSONL corpus with a bad record: it is named and skipped, the rest is built. */
class RecordInputCommandTest {
    @TempDir Path tmp;

    record Run(int code, String err) {}

    Run govkg(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), err.toString());
    }

    private Path corpus() throws Exception {
        return Files.writeString(tmp.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\": \"n1\", \"title\": \"某县召开平安建设推进会\", \"date\": \"2024-03-05\", \"url\": \"https://example.org/n1\", \"text\": \"昨天，某县召开平安建设推进会，部署全年工作。\"}",
                "{\"id\": \"n2\", \"title\": \"坏行\", \"text\": \"缺少结尾",
                "{\"id\": \"n3\", \"title\": \"某市法院开放日\", \"date\": \"2024-03-06\", \"text\": \"3月5日，某市法院举行开放日活动。\"}") + "\n");
    }

    @Test
    void extractNamesTheBadRecordAndKeepsTheOthers() throws Exception {
        Path out = tmp.resolve("out.nq");
        Run r = govkg("extract", "-q", "-o", out.toString(), corpus().toString());
        assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("govkg: skipped " + tmp.resolve("corpus.jsonl") + ":2 (id n2): bad JSON");
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        String q = "PREFIX schema: <https://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX gov: <https://w3id.org/govkg/ontology#> "
                + "SELECT ?t ?d ?u WHERE { GRAPH <" + iris.report("n1", 0) + "> { ?r dcterms:title ?t ; schema:datePublished ?d ; gov:sourceFile ?s . ?s schema:url ?u } }";
        try (var qe = QueryExecutionFactory.create(q, ds)) {
            var row = qe.execSelect().next();
            assertThat(row.getLiteral("t").getString()).isEqualTo("某县召开平安建设推进会");
            assertThat(row.getLiteral("d").getLexicalForm()).isEqualTo("2024-03-05");
            assertThat(row.getResource("u").getURI()).isEqualTo("https://example.org/n1");
        }
        assertThat(ds.containsNamedModel(iris.report("n3", 0))).isTrue();
        assertThat(ds.containsNamedModel(iris.report("n2", 0))).isFalse();
    }

    @Test
    void buildLoadsTheGoodRecordsAndARerunChangesNothing() throws Exception {
        Path db = tmp.resolve("db");
        Path c = corpus();
        assertThat(govkg("build", "-q", "--db", db.toString(), c.toString()).code()).isEqualTo(ExitCodes.FAILURE);
        Run again = govkg("build", "--db", db.toString(), c.toString());
        assertThat(again.err()).contains("0 added, 0 replaced, 2 unchanged");
    }

    @Test
    void aMissingTextColumnIsOneSkippedFile() throws Exception {
        Path t = Files.writeString(tmp.resolve("t.csv"), "id,body\nx,某县召开会议。\n");
        Run r = govkg("extract", "-q", "-o", tmp.resolve("o.nq").toString(), t.toString());
        assertThat(r.err()).contains("govkg: skipped " + t + ": no column 'text'");
        Run ok = govkg("extract", "-q", "--text-column", "body", "-o", tmp.resolve("o2.nq").toString(), t.toString());
        assertThat(ok.code()).isEqualTo(ExitCodes.OK);
    }
}
