package govkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import govkg.resolve.IriMinter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.io.TempDir;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The base a store was built with: recorded by a build, else read off govkg's graph names; none when unclear. */
class BaseIriTest {
    static final String A = "http://example.org/a/", B = "https://example.net/kg/";

    static void report(DatasetGraph dsg, String graph) {
        Node g = NodeFactory.createURI(graph);
        dsg.add(g, g, RDFS.label.asNode(), NodeFactory.createLiteralString("x"));
    }

    @Test
    void recordedBaseIsFound() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        BaseIri.record(dsg, new IriMinter(A));
        assertThat(BaseIri.detect(dsg)).contains(A);
        BaseIri.record(dsg, new IriMinter(A));          // a second build with the same base changes nothing
        assertThat(BaseIri.detect(dsg)).contains(A);
    }

    @Test
    void aBuildRecordsItsBase(@TempDir Path tmp) {
        try (Store st = Store.open(tmp.resolve("db"))) {
            IncrementalLoader loader = new IncrementalLoader(st, new IriMinter(B));
            loader.startRun("1", Instant.parse("2026-01-01T00:00:00Z"));
            loader.finishRun(Instant.parse("2026-01-01T00:00:01Z"));
            Txn.executeRead(st.dataset(), () -> {
                DatasetGraph dsg = st.dataset().asDatasetGraph();
                assertThat(dsg.contains(NodeFactory.createURI(B + "graph/runs"), NodeFactory.createURI(B + "dataset/govkg"),
                        VOID.uriSpace.asNode(), NodeFactory.createLiteralString(B))).isTrue();
                assertThat(BaseIri.detect(dsg)).contains(B);
            });
        }
    }

    @Test
    void recordedBaseWinsOverGraphNames() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        report(dsg, B + "report/0123456789ab-1");
        BaseIri.record(dsg, new IriMinter(A));
        assertThat(BaseIri.detect(dsg)).contains(A);
    }

    @Test
    void graphNamesShowTheBaseOfLoadedData() {
        record Case(String graph, Optional<String> base) {}
        for (Case c : new Case[] {
                new Case(B + "report/0123456789ab-1", Optional.of(B)),
                new Case(B + "report/0123456789ab-12", Optional.of(B)),
                new Case(B + "graph/entities", Optional.of(B)),
                new Case(B + "graph/file/0123456789ab", Optional.empty()),   // a triple file's graph: no govkg data
                new Case(B + "report/notahash-1", Optional.empty()),
                new Case("urn:x:report/0123456789ab-1", Optional.empty()),
        }) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            report(dsg, c.graph());
            assertThat(BaseIri.detect(dsg)).as(c.graph()).isEqualTo(c.base());
        }
    }

    @Test
    void noBaseWhenEmptyOrMixed() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        assertThat(BaseIri.detect(dsg)).isEmpty();
        report(dsg, A + "report/0123456789ab-1");
        report(dsg, B + "report/0123456789ab-1");
        assertThat(BaseIri.detect(dsg)).isEmpty();
        BaseIri.record(dsg, new IriMinter(A));
        BaseIri.record(dsg, new IriMinter(B));
        assertThat(BaseIri.detect(dsg)).isEmpty();
    }

    @Test
    void aUriSpaceOfSomeOtherDatasetIsNotOurs() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("urn:g");
        Node d = NodeFactory.createURI("http://example.com/void#ds");
        dsg.add(g, d, RDF.type.asNode(), VOID.Dataset.asNode());
        dsg.add(g, d, VOID.uriSpace.asNode(), NodeFactory.createLiteralString("http://example.com/"));
        assertThat(BaseIri.detect(dsg)).isEmpty();
    }
}
