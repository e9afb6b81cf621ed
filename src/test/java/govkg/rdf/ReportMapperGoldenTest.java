package govkg.rdf;

import govkg.extract.Confidence;
import govkg.extract.EntityType;
import govkg.extract.Fact;
import govkg.extract.Mention;
import govkg.extract.PostHolding;
import govkg.extract.Quotation;
import govkg.extract.Relation;
import govkg.extract.Statistic;
import govkg.ingest.Article;
import govkg.ingest.TestTexts;
import govkg.resolve.ArticleResolver;
import govkg.resolve.IriMinter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * ReportMapper against a golden TriG, compared by graph isomorphism: one fact of every kind, written by hand (no
 * extractor involved), resolved and mapped. A change to the RDF the mapper writes shows here as a diff to review;
 * when it is intended, rerun with {@code -Dgovkg.golden.update=true} and commit the new file.
 */
class ReportMapperGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/report-mapper.trig");
    private static final String TEXT = "南京市公安局局长张明在会上表示，“全市将开展净网专项行动”。今年以来，南京市破获电信诈骗案件120起。";

    private static Mention at(EntityType type, String label, String surface, Map<String, String> attrs) {
        int b = TEXT.indexOf(surface);
        assertTrue(b >= 0, surface);
        return new Mention(type, label, Set.of(), surface, b, b + surface.length(), "golden", Confidence.PATTERN, attrs);
    }

    static DatasetGraph mapped() {
        Article article = TestTexts.article(TEXT);
        Mention place = at(EntityType.PLACE, "南京市", "南京市", Map.of("adminCode", "3201", "adminLevel", "CITY"));
        Mention bureau = at(EntityType.ORGANIZATION, "南京市公安局", "南京市公安局", Map.of("orgKind", "security"));
        Mention person = at(EntityType.PERSON, "张明", "张明", Map.of());
        Mention program = at(EntityType.PROGRAM, "净网专项行动", "净网专项行动", Map.of("programKind", "campaign"));
        int quoteBegin = TEXT.indexOf('“'), quoteEnd = TEXT.indexOf('”') + 1;
        int statBegin = TEXT.indexOf("电信诈骗案件");
        List<Fact> facts = List.of(place, bureau, person, program,
                new PostHolding(person, "局长", "局长", Optional.of(bureau), bureau.begin(), person.end(), "golden", Confidence.PATTERN),
                new Relation(bureau, Relation.Kind.JURISDICTION, place, bureau.begin(), bureau.end(), "golden", Confidence.PATTERN),
                new Relation(program, Relation.Kind.IMPLEMENTED_IN, place, program.begin(), program.end(), "golden", Confidence.WEAK_PATTERN),
                new Statistic("电信诈骗案件", new BigDecimal(120), "起", Optional.of(place), "电信诈骗案件120起", statBegin, statBegin + 11, "golden", Confidence.PATTERN),
                new Quotation(person, "全市将开展净网专项行动", quoteBegin, quoteEnd, "golden", Confidence.WEAK_PATTERN));
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        new ReportMapper(iris).write(new ArticleResolver(iris).resolve(article, facts), StreamRDFLib.dataset(out));
        return out;
    }

    @Test
    void theMapperWritesTheGoldenGraph() throws Exception {
        DatasetGraph actual = mapped();
        if (Boolean.getBoolean("govkg.golden.update")) {
            try (OutputStream o = Files.newOutputStream(GOLDEN)) { RDFDataMgr.write(o, actual, Lang.TRIG); }
        }
        DatasetGraph golden = RDFDataMgr.loadDatasetGraph(GOLDEN.toString());
        if (!IsoMatcher.isomorphic(golden, actual)) {
            java.io.StringWriter w = new java.io.StringWriter();
            RDFDataMgr.write(w, actual, Lang.TRIG);
            fail("the mapper's RDF differs from " + GOLDEN + " (rerun with -Dgovkg.golden.update=true if intended):\n" + w);
        }
    }

    @Test
    void theComparisonNoticesAChange() {
        DatasetGraph golden = RDFDataMgr.loadDatasetGraph(GOLDEN.toString());
        DatasetGraph actual = mapped();
        var any = actual.find().next();
        actual.delete(any);
        assertFalse(IsoMatcher.isomorphic(golden, actual), "one quad fewer must not be isomorphic");
    }
}
