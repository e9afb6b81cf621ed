package govkg.extract;

import govkg.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The national-body lexicon is consistent: parents and successors are listed bodies, no name names two bodies. */
class NationalBodiesTest {
    static final NationalBodies BODIES = new NationalBodies(Lexicons.builtIn());

    @Test
    void parentsAndSuccessorsAreListedBodies() {
        for (NationalBodies.Body b : BODIES.all()) {
            if (b.parent() != null) assertThat(BODIES.of(b.parent())).as("parent of " + b.label()).isNotNull();
            if (b.successor() != null) assertThat(BODIES.of(b.successor())).as("successor of " + b.label()).isNotNull();
        }
    }

    @Test
    void noNameNamesTwoBodies() {
        Map<String, String> seen = new HashMap<>();
        for (NationalBodies.Body b : BODIES.all())
            for (String n : b.names()) {
                String before = seen.put(n, b.label());
                assertThat(before).as(n + " names " + before + " and " + b.label()).isIn(null, b.label());
            }
    }

    @Test
    void shortFormsFindTheirBody() {
        assertThat(BODIES.of("最高法").label()).isEqualTo("最高人民法院");
        assertThat(BODIES.of("中央政法委").label()).isEqualTo("中共中央政法委员会");
        assertThat(BODIES.of("人社部").label()).isEqualTo("人力资源和社会保障部");
        assertThat(BODIES.of("法律委员会")).isNull();
    }

    @Test
    void formerNamesLeadToTheirSuccessor() {
        assertThat(BODIES.of("监察部").successor()).isEqualTo("国家监察委员会");
        assertThat(BODIES.of("农业部").successor()).isEqualTo("农业农村部");
        assertThat(BODIES.of("国家食品药品监督管理总局").successor()).isEqualTo("国家市场监督管理总局");
    }

    @Test
    void aDepartmentsParentIsTheBodyItsNameStartsWith() {
        assertThat(BODIES.of("全国人大常委会法工委").parent()).isEqualTo("全国人民代表大会常务委员会");
        assertThat(BODIES.of("中央纪委国家监委").parent()).isNull();
    }
}
