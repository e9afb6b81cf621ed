package govkg.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Codes, names, the gold reader, and the pairing, without a graph. */
class MatchingTest {
    static GoldEntry gold(EvalType t, String key, boolean required, String... names) {
        return new GoldEntry(t, key, List.of(names), Optional.empty(), required, 0);
    }

    static SystemEntity sys(String id, String... labels) {
        return new SystemEntity(id, new LinkedHashSet<>(List.of(labels)), Set.of(), Set.of());
    }

    @Test
    void codesAtTheirOwnLevel() {
        assertThat(AdminCodes.atOwnLevel("540000")).isEqualTo("54");
        assertThat(AdminCodes.atOwnLevel("540100")).isEqualTo("5401");
        assertThat(AdminCodes.atOwnLevel("540102")).isEqualTo("540102");
        assertThat(AdminCodes.atOwnLevel("540102000000")).isEqualTo("540102");
        assertThat(AdminCodes.atOwnLevel("540102001000")).isEqualTo("540102001");
        assertThat(AdminCodes.atOwnLevel("540102001002")).isEqualTo("540102001002");
        assertThat(AdminCodes.same("540000", "54")).isTrue();
        assertThat(AdminCodes.same("540102", "5401")).isFalse();
    }

    @Test
    void namesNormalized() {
        assertThat(Names.normalize("《东川市 “平安” 条例》")).isEqualTo("东川市平安条例");
        assertThat(Names.normalize("ＡＢ１２３")).isEqualTo("AB123");
    }

    @Test
    void goldFileColumns() {
        List<GoldEntry> g = GoldFile.parse(List.of("# c", "", "post\t宁小川\t政法委书记|《书记》\t\trequired",
                "place\t东川市\t\t 4401 \toptional"), "t");
        assertThat(g).hasSize(2);
        assertThat(g.get(0).names()).containsExactly("政法委书记", "书记");
        assertThat(g.get(0).line()).isEqualTo(3);
        assertThat(g.get(1).names()).containsExactly("东川市");
        assertThat(g.get(1).code()).contains("4401");
        assertThat(g.get(1).required()).isFalse();
        assertThatThrownBy(() -> GoldFile.parse(List.of("people\t甲\t\t\trequired"), "t"))
                .hasMessageContaining("t:1: bad gold line");
    }

    @Test
    void maximumMatchingWhateverTheOrder() {
        // A matches both lines, B only the first: a greedy pairing in this order would find one
        List<GoldEntry> g = List.of(gold(EvalType.ORG, "甲局", true, "甲局"), gold(EvalType.ORG, "乙局", true, "乙局"));
        SystemEntity a = sys("a", "甲局", "乙局"), b = sys("b", "甲局");
        for (List<SystemEntity> order : List.of(List.of(a, b), List.of(b, a))) {
            TypeScore s = Scorer.scoreType(EvalType.ORG, g, new ArrayList<>(order));
            assertThat(List.of(s.tp(), s.fp(), s.misses().size())).containsExactly(2, 0, 0);
        }
    }

    @Test
    void entitiesAnOptionalLineExcusesArePairedLast() {
        // A matches the required line and an optional one, B only the required line: B is paired, A excused
        List<GoldEntry> g = List.of(gold(EvalType.ORG, "丙局", true, "丙局"), gold(EvalType.ORG, "丙局分局", false, "丙局分局"));
        SystemEntity a = sys("a", "丙局", "丙局分局"), b = sys("b", "丙局");
        for (List<SystemEntity> order : List.of(List.of(a, b), List.of(b, a))) {
            TypeScore s = Scorer.scoreType(EvalType.ORG, g, new ArrayList<>(order));
            assertThat(List.of(s.found(), s.tp(), s.fp())).containsExactly(2, 1, 0);
        }
    }

    @Test
    void duplicateNamesTheLineItMatches() {
        List<GoldEntry> g = List.of(gold(EvalType.PROGRAM, "清河行动", true, "清河行动"));
        TypeScore s = Scorer.scoreType(EvalType.PROGRAM, g, List.of(sys("a", "清河行动"), sys("b", "清河行动"), sys("c", "别的")));
        assertThat(List.of(s.tp(), s.fp())).containsExactly(1, 2);
        assertThat(s.falsePositives()).extracting(TypeScore.FalsePositive::describe)
                .containsExactly("清河行动  (duplicate of 清河行动)", "别的  (no gold)");
    }
}
