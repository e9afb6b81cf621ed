package govkg.rdf;

import govkg.extract.ExtractionPipeline;
import govkg.extract.Fact;
import govkg.ingest.Article;
import govkg.ingest.TestTexts;
import govkg.lexicon.Lexicons;
import govkg.resolve.ArticleResolver;
import govkg.resolve.IriMinter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A former national body links to the body that took it over (gov:succeededBy), the same IRI that body has when named. */
class SuccessorLinkTest {
    private static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);
    private static ExtractionPipeline pipeline;

    private static synchronized DatasetGraph mapped(String text) {
        if (pipeline == null) pipeline = ExtractionPipeline.standard(Lexicons.builtIn());
        Article a = TestTexts.article(text);
        List<Fact> facts = pipeline.extract(a);
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        new ReportMapper(IRIS).write(new ArticleResolver(IRIS).resolve(a, facts), StreamRDFLib.dataset(out));
        return out;
    }

    private static List<Quad> succession(DatasetGraph g) {
        return g.stream(Node.ANY, Node.ANY, NodeFactory.createURI(GOV.succeededBy.getURI()), Node.ANY).toList();
    }

    @Test
    void aFormerBodyLinksToItsSuccessor() {
        DatasetGraph g = mapped("原农业部的职责现由农业农村部承担，国家监察委员会依法履职。");
        List<Quad> links = succession(g);
        assertEquals(1, links.size(), "农业部 → 农业农村部 only: " + links);
        assertEquals(IRIS.nationalBody("农业部"), links.get(0).getSubject().getURI());
        assertEquals(IRIS.nationalBody("农业农村部"), links.get(0).getObject().getURI());
        // the successor named in the text is that same node
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(IRIS.nationalBody("农业农村部")), Node.ANY, Node.ANY));
    }

    @Test
    void aCurrentBodyLinksNowhere() {
        assertTrue(succession(mapped("农业农村部和生态环境部联合召开会议。")).isEmpty());
    }
}
