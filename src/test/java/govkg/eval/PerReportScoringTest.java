package govkg.eval;

import govkg.rdf.OntologyFiles;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-report scoring on invented gold and graphs: a gold that lists a body once per report that names it, scored
 * against one IRI for the body. The whole-set score can pair that IRI with one line only; per report it counts in each.
 */
class PerReportScoringTest {
    static final String GOLD = """
            # invented gold, sections by report file
            # a
            org\t东川市司法局\t\t\trequired
            person\t宁小川\t\t\trequired
            # b
            org\t东川市司法局\t\t\trequired
            # c
            org\t西岭县法院\t\t\trequired
            """;

    static Model report(String body) {
        Model m = OntologyFiles.ontology();
        RDFParser.fromString("""
                PREFIX gov: <https://w3id.org/govkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX : <http://example.org/t/>
                """ + body, Lang.TURTLE).parse(m);
        return m;
    }

    static final Model A = report("""
            :ra gov:mentions :o1 , :p1 , :p9 .
            :o1 a gov:Organization ; rdfs:label "东川市司法局" .
            :p1 a gov:Person ; rdfs:label "宁小川" .
            :p9 a gov:Person ; rdfs:label "不是人" .
            """);
    static final Model B = report("""
            :rb gov:mentions :o1 .
            :o1 a gov:Organization ; rdfs:label "东川市司法局" .
            """);

    static TypeScore row(ScoreTable t, EvalType type) {
        return t.rows().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    }

    @Test
    void oneWordCommentsStartSectionsAndOthersDoNot() {
        List<GoldEntry> gold = GoldFile.parse(GOLD.lines().toList(), "test");
        assertThat(gold).extracting(GoldEntry::section).containsExactly("a", "a", "b", "c");
        assertThat(GoldFile.parse(List.of("# a comment of several words", "person\t宁小川\t\t\trequired"), "t").get(0).section()).isEmpty();
    }

    @Test
    void aBodyNamedInTwoReportsCountsInEachPerReportButOnceOverTheWholeSet() {
        List<GoldEntry> gold = GoldFile.parse(GOLD.lines().toList(), "test");
        Model both = A.union(B);
        assertThat(row(Scorer.score(gold, both), EvalType.ORG).tp()).isEqualTo(1);
        ScoreTable perReport = Scorer.scoreBySection(gold, Map.of("a", A, "b", B)::get);
        TypeScore org = row(perReport, EvalType.ORG);
        assertThat(org.tp()).isEqualTo(2);
        assertThat(org.gold()).isEqualTo(3);
        // section c has no report: its line is missed, named with its section
        assertThat(org.misses()).extracting(GoldEntry::describe).containsExactly("[c] 西岭县法院");
    }

    @Test
    void aFalsePositiveIsNamedWithItsReport() {
        List<GoldEntry> gold = GoldFile.parse(GOLD.lines().toList(), "test");
        TypeScore person = row(Scorer.scoreBySection(gold, Map.of("a", A, "b", B)::get), EvalType.PERSON);
        assertThat(person.tp()).isEqualTo(1);
        assertThat(person.falsePositives()).extracting(TypeScore.FalsePositive::describe).containsExactly("[a] 不是人  (no gold)");
    }

    @Test
    void anEntityOfAnotherReportDoesNotCountForThisOne() {
        // the person of report a is not in b's graph: b's gold for it would be missed
        List<GoldEntry> gold = GoldFile.parse(List.of("# b", "person\t宁小川\t\t\trequired"), "t");
        assertThat(row(Scorer.scoreBySection(gold, Map.of("a", A, "b", B)::get), EvalType.PERSON).tp()).isZero();
    }
}
