package govkg.eval;

import govkg.rdf.OntologyFiles;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching rules on a tiny invented graph and gold file (every name here is made up): each rule gets
 * entities that must and must not match, and the counts are asserted exactly.
 */
class ScorerTest {
    /** Columns: type, key, alternatives, extra, status. */
    static final String GOLD = """
            # invented gold for the test graph below
            person\t宁小川\t\t\trequired
            person\t欧阳蔓\t\t\trequired
            person\t祁望舒\t\t\trequired
            person\t冉先生\t\t\toptional
            journalist\t吕一鸣\t\t\trequired
            post\t宁小川\t政法委书记|党委书记\t\trequired
            org\t东川市司法局\t东川司法局\t\trequired
            place\t西藏自治区\t西藏\t54\trequired
            place\t拉萨市\t拉萨\t5401\trequired
            place\t雪湖广场\t\t\trequired
            event\t东川市政府第5次常务会议\t\t\trequired
            """;

    static final String GRAPH = """
            PREFIX gov: <https://w3id.org/govkg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX : <http://example.org/t/>

            :r1 {
              :r1 a gov:Report ; gov:correspondent :j1 ;
                  gov:mentions :p1 , :p2 , :p4 , :p5 , :p6 , :p7 , :o1 , :pl1 , :pl2 , :pl3 , :e1 , :e2 .
              :j1 a gov:Person ; rdfs:label "吕一鸣" .
              # the person; a second node with the same name is a duplicate; one nobody mentions does not count
              :p1 a gov:Person ; rdfs:label "宁小川" .
              :p2 a gov:Person ; rdfs:label "宁 小川" .
              :p3 a gov:Person ; rdfs:label "柏青禾" .
              :p4 a gov:Person ; rdfs:label "冉先生" .
              # two nodes declared the same: one entity
              :p5 a gov:Person ; rdfs:label "欧阳蔓" .
              :p6 a gov:Person ; skos:altLabel "欧阳蔓" ; owl:sameAs :p5 .
              # mentioned without a name; the name is on a node it is the same as
              :p7 a gov:Person .
              :p8 a gov:Person ; skos:prefLabel "祁望舒" ; owl:sameAs :p7 .
              # a title ENDING WITH an accepted title matches; one only containing it does not
              :m1 a org:Membership ; org:member :p1 ; gov:title "东川市委常委、政法委书记" .
              :m2 a org:Membership ; org:member :p1 ; gov:title "政法委书记处处长" .
              # an instance of a subclass of gov:Organization
              :o1 a gov:GovernmentOrganization ; rdfs:label "《东川市司法局》" .
              # codes at their own level: 540000 is 54; 540102 (a county) is not 5401 (a city), whatever the label
              :pl1 a gov:Place ; rdfs:label "西藏" ; gov:adminCode "540000" .
              :pl2 a gov:Place ; rdfs:label "拉萨市" ; gov:adminCode "540102" .
              :pl3 a gov:Place ; rdfs:label "雪湖广场" .
              :pl4 a gov:Place ; rdfs:label "拉萨市" ; gov:adminCode "540100" .
              # an event label CONTAINING the gold name matches; a shorter one does not
              :e1 a gov:Meeting ; rdfs:label "2023年4月东川市政府第5次常务会议" .
              :e2 a gov:Event ; rdfs:label "常务会议" .
            }
            """;

    static ScoreTable table;
    static Map<EvalType, TypeScore> rows;

    @BeforeAll
    static void score() {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(GRAPH, Lang.TRIG).parse(ds);
        Model m = OntologyFiles.ontology();
        ds.listModelNames().forEachRemaining(n -> m.add(ds.getNamedModel(n)));
        table = Scorer.score(GoldFile.parse(GOLD.lines().toList(), "test"), m);
        rows = table.rows().stream().collect(Collectors.toMap(TypeScore::type, Function.identity()));
    }

    @Test
    void personsDuplicateOptionalSameAsAndUnmentioned() {
        TypeScore p = rows.get(EvalType.PERSON);
        // p1, p2, p4, p5=p6, p7=p8; p3 is not mentioned
        assertThat(p.found()).isEqualTo(5);
        assertThat(p.gold()).isEqualTo(3);
        assertThat(p.tp()).isEqualTo(3);
        assertThat(p.fp()).isEqualTo(1);
        assertThat(p.falsePositives().get(0).duplicateOf().key()).isEqualTo("宁小川");
        assertThat(p.misses()).isEmpty();
    }

    @Test
    void journalistThroughSubproperty() {
        TypeScore j = rows.get(EvalType.JOURNALIST);
        assertThat(List.of(j.found(), j.tp(), j.fp())).containsExactly(1, 1, 0);
    }

    @Test
    void postTitleEndsWith() {
        TypeScore p = rows.get(EvalType.POST);
        assertThat(List.of(p.found(), p.tp(), p.fp())).containsExactly(2, 1, 1);
        assertThat(p.falsePositives().get(0).entity().labels()).containsExactly("政法委书记处处长");
        assertThat(p.falsePositives().get(0).duplicateOf()).isNull();
    }

    @Test
    void organizationSubclassAndBookTitleMarks() {
        TypeScore o = rows.get(EvalType.ORG);
        assertThat(List.of(o.found(), o.tp(), o.fp())).containsExactly(1, 1, 0);
    }

    @Test
    void placeCodesAtTheirOwnLevel() {
        TypeScore p = rows.get(EvalType.PLACE);
        // pl4 is not mentioned; pl1 matches 54 by code; pl2's code is a county, not the city 5401
        assertThat(List.of(p.found(), p.gold(), p.tp(), p.fp())).containsExactly(3, 3, 2, 1);
        assertThat(p.misses()).extracting(GoldEntry::key).containsExactly("拉萨市");
    }

    @Test
    void eventLabelContains() {
        TypeScore e = rows.get(EvalType.EVENT);
        assertThat(List.of(e.found(), e.tp(), e.fp())).containsExactly(2, 1, 1);
        assertThat(e.falsePositives().get(0).entity().labels()).containsExactly("常务会议");
    }

    @Test
    void microAverage() {
        assertThat(List.of(table.tp(), table.fp(), table.gold())).containsExactly(9, 4, 10);
        assertThat(table.micro().precision()).isEqualTo(9.0 / 13);
        assertThat(table.micro().recall()).isEqualTo(0.9);
    }

    @Test
    void tableAndJson() {
        var sw = new java.io.StringWriter();
        table.print(new java.io.PrintWriter(sw), true);
        assertThat(sw.toString())
                .contains("place           3     3     2     1    0.667  0.667  0.667")
                .contains("place  missed  拉萨市")
                .contains("person  false   宁小川  (duplicate of 宁小川)")
                .endsWith("micro P 0.692 R 0.900 F1 0.783\n");
        assertThat(table.toJson()).contains("\"micro\": {\"tp\": 9, \"fp\": 4, \"gold\": 10");
    }
}
