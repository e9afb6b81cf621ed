package govkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ontology/shapes.ttl accepts the hand-written graph valid.trig, and rejects each broken variant of it
 * at exactly the node that was broken.
 */
class ShapesTest {
    static final String ID = "https://w3id.org/govkg/id/";
    static final String REPORT = ID + "report/0a1b2c3d4e5f-1";
    static Shapes shapes;

    @BeforeAll
    static void load() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    }

    /** The union of valid.trig's graphs, as a fresh model each time. */
    static Model valid() {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(ShapesTest.class.getResourceAsStream("valid.trig")).lang(Lang.TRIG).parse(ds);
        return ModelFactory.createDefaultModel().add(ds.getUnionModel());
    }

    static List<ReportEntry> violations(Model m) {
        ValidationReport report = ShaclValidator.get().validate(shapes, m.getGraph());
        return List.copyOf(report.getEntries());
    }

    /** The valid graph, changed by {@code edit}, fails only at {@code focus}. */
    static void failsAt(String focus, Consumer<Model> edit) {
        Model m = valid();
        edit.accept(m);
        List<ReportEntry> v = violations(m);
        assertThat(v).as("a violation is reported").isNotEmpty();
        Set<String> nodes = v.stream().map(e -> e.focusNode().toString()).collect(Collectors.toSet());
        assertThat(nodes).as(v.toString()).containsExactly(focus);
    }

    static Resource r(Model m, String iri) {
        return m.getResource(iri);
    }

    @Test
    void theValidGraphConforms() {
        assertThat(violations(valid())).isEmpty();
    }

    @Test
    void theValidGraphStillConformsWithTheOntologyAdded() {
        Model m = valid().add(RDFDataMgr.loadModel("ontology/govkg.ttl"));
        assertThat(violations(m)).isEmpty();
    }

    @Test
    void placeCodeMustHaveTheLengthOfItsLevel() {
        String county = ID + "place/650102";
        failsAt(county, m -> { r(m, county).removeAll(GOV.adminCode).addProperty(GOV.adminCode, "6501"); });
        String province = ID + "place/65";
        failsAt(province, m -> { r(m, province).removeAll(GOV.adminCode).addProperty(GOV.adminCode, "650000"); });
        String village = ID + "place/650102001001";
        failsAt(village, m -> { r(m, village).removeAll(GOV.adminCode).addProperty(GOV.adminCode, "650102001"); });
    }

    @Test
    void placeCodeMustBeDigitsOfAKnownLength() {
        String place = ID + "place/650102";
        failsAt(place, m -> { r(m, place).removeAll(GOV.adminCode).addProperty(GOV.adminCode, "65010"); });
        failsAt(place, m -> { r(m, place).removeAll(GOV.adminCode).addProperty(GOV.adminCode, "65010x"); });
    }

    @Test
    void aPlaceWithALevelNeedsACode() {
        String place = ID + "place/6501";
        failsAt(place, m -> r(m, place).removeAll(GOV.adminCode));
    }

    @Test
    void membershipNeedsATitle() {
        String h = ID + "membership/555555555555";
        failsAt(h, m -> r(m, h).removeAll(GOV.title));
    }

    @Test
    void membershipNeedsATaggedTitle() {
        String h = ID + "membership/555555555555";
        failsAt(h, m -> r(m, h).removeAll(GOV.title).addProperty(GOV.title, "政法委书记"));
    }

    @Test
    void membershipNeedsARoleAndAPersonMember() {
        String h = ID + "membership/555555555555";
        failsAt(h, m -> r(m, h).removeAll(ORG.role));
        failsAt(h, m -> r(m, h).removeAll(ORG.member).addProperty(ORG.member, r(m, ID + "organization/111111111111")));
    }

    @Test
    void membershipWithoutOrganizationMustBeFlagged() {
        String h = ID + "membership/555555555555";
        failsAt(h, m -> r(m, h).removeAll(ORG.organization));
        String flagged = ID + "membership/777777777777";
        failsAt(flagged, m -> r(m, flagged).removeAll(GOV.organizationUnstated));
        failsAt(flagged, m -> r(m, flagged).removeAll(GOV.organizationUnstated).addLiteral(GOV.organizationUnstated, false));
    }

    @Test
    void membershipCannotHaveAnOrganizationAndTheFlag() {
        String h = ID + "membership/555555555555";
        failsAt(h, m -> r(m, h).addLiteral(GOV.organizationUnstated, true));
    }

    @Test
    void entityNeedsAChineseLabel() {
        String org = ID + "organization/111111111111";
        failsAt(org, m -> r(m, org).removeAll(RDFS.label));
        failsAt(org, m -> r(m, org).removeAll(RDFS.label).addProperty(RDFS.label, "Political-Legal Commission", "en"));
        failsAt(org, m -> r(m, org).removeAll(RDFS.label).addProperty(RDFS.label, "新疆维吾尔自治区党委政法委员会"));
        String program = ID + "program/222222222222";
        failsAt(program, m -> r(m, program).removeAll(RDFS.label));
        // typed with a subclass only: still a target
        String meeting = ID + "event/444444444444";
        failsAt(meeting, m -> r(m, meeting).removeAll(RDFS.label).removeAll(RDF.type)
            .addProperty(RDF.type, GOV.Meeting));
    }

    @Test
    void reportNeedsASourceFileAndATitle() {
        failsAt(REPORT, m -> r(m, REPORT).removeAll(GOV.sourceFile));
        failsAt(REPORT, m -> r(m, REPORT).removeAll(DCTerms.title));
    }

    @Test
    void mentionSpanMustBeNonEmptyAndLinked() {
        String mention = REPORT + "#m10-12";
        failsAt(mention, m -> r(m, mention).removeAll(NIF.endIndex).addLiteral(NIF.endIndex, 10L));
        failsAt(mention, m -> r(m, mention).removeAll(NIF.endIndex).addLiteral(NIF.endIndex, 5L));
        failsAt(mention, m -> r(m, mention).removeAll(ITSRDF.taIdentRef));
    }

    @Test
    void nonNegativeIntegerOffsetsAreAccepted() {
        String mention = REPORT + "#m10-12";
        Model m = valid();
        Literal begin = m.createTypedLiteral("10", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
        Literal end = m.createTypedLiteral("12", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger");
        r(m, mention).removeAll(NIF.beginIndex).removeAll(NIF.endIndex)
            .addLiteral(NIF.beginIndex, begin).addLiteral(NIF.endIndex, end);
        assertThat(violations(m)).isEmpty();
    }
}
