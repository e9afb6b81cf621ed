package govkg.bench;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The canned queries as an analyst runs them: each declares a parameter and has a LIMIT; binding makes a VALUES block. */
class CannedQueryTest {
    @Test
    void everyCannedQueryDeclaresAParameterItUsesAndHasALimit() throws Exception {
        List<CannedQuery> queries = CannedQuery.load(Path.of("queries"));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        for (CannedQuery q : queries) {
            assertThat(q.parameters()).as(q.name()).isNotEmpty();
            assertThat(q.hasLimit()).as(q.name() + " has a LIMIT").isTrue();
            for (String p : q.parameters()) assertThat(q.text()).as(q.name()).containsPattern("\\?" + p + "\\b[^(]");
            assertThat(ParameterValues.SOURCES).as(q.name() + ": the bench knows where to draw values").containsKeys(q.parameters().toArray(String[]::new));
        }
    }

    @Test
    void bindingPutsAValuesBlockFirstInTheWhereClause() {
        CannedQuery q = CannedQuery.of("t", "# q\n# parameters: ?name\nSELECT ?name ?x WHERE { ?x <urn:p> ?name } LIMIT 5");
        Query bound = QueryFactory.create(q.bind(Map.of("name", "张\"三")));
        ElementGroup where = (ElementGroup) bound.getQueryPattern();
        assertThat(where.get(0)).isInstanceOf(ElementData.class);
        ElementData data = (ElementData) where.get(0);
        assertThat(data.getRows()).hasSize(1);
        assertThat(data.getRows().get(0).get(org.apache.jena.sparql.core.Var.alloc("name")).getLiteralLexicalForm()).isEqualTo("张\"三");
        assertThat(q.bind(Map.of())).isEqualTo(q.text());
    }
}
