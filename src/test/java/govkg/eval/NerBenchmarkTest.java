package govkg.eval;

import govkg.extract.EntityType;
import govkg.extract.Fact;
import govkg.extract.Mention;
import govkg.extract.PostHolding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Corpus readers, span counting and the spans taken from facts, on invented sentences. */
class NerBenchmarkTest {
    @Test
    void msraChunks() {
        NerSentence s = NerCorpora.msraChunks("东川市/ns 司法局长/o 宁小川/nr 到/o 东川大学/nt 调研/o ", "t:1");
        assertThat(s.text()).isEqualTo("东川市司法局长宁小川到东川大学调研");
        assertThat(s.gold()).containsExactly(new NerSpan("LOC", 0, 3), new NerSpan("PER", 7, 10), new NerSpan("ORG", 11, 15));
    }

    @Test
    void msraJsonHasExclusiveEnds() {
        NerSentence s = NerCorpora.msraJson("{\"id\": \"x1\", \"text\": \"宁小川在东川\", \"entities\": "
                + "[{\"type\": \"PER\", \"start\": 0, \"end\": 3}, {\"type\": \"LOC\", \"start\": 4, \"end\": 6}]}", "t:1");
        assertThat(s.id()).isEqualTo("x1");
        assertThat(s.gold()).containsExactly(new NerSpan("PER", 0, 3), new NerSpan("LOC", 4, 6));
    }

    @Test
    void cluenerHasInclusiveEnds(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("dev.json");
        Files.writeString(f, "{\"text\": \"东川市司法局局长宁小川\", \"label\": {\"government\": {\"东川市司法局\": [[0, 5]]}, "
                + "\"position\": {\"局长\": [[6, 7]]}, \"name\": {\"宁小川\": [[8, 10]]}}}\n\n{\"text\": \"无\"}\n");
        List<NerSentence> s = NerCorpora.cluener(f, 10);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).gold()).containsExactlyInAnyOrder(new NerSpan("government", 0, 6), new NerSpan("position", 6, 8),
                new NerSpan("name", 8, 11));
        assertThat(s.get(1).gold()).isEmpty();
        assertThat(NerCorpora.cluener(f, 1)).hasSize(1);
    }

    @Test
    void exactAndOverlapCounts() {
        List<NerSpan> gold = List.of(new NerSpan("g", 0, 3), new NerSpan("g", 5, 9), new NerSpan("g", 12, 14));
        List<NerSpan> pred = List.of(new NerSpan("p", 0, 3), new NerSpan("p", 6, 8), new NerSpan("p", 6, 8), new NerSpan("p", 20, 22));
        NerCounts c = NerCounts.of(gold, pred);
        assertThat(c).isEqualTo(new NerCounts(3, 3, 1, 2, 2));
        assertThat(c.exact().precision()).isEqualTo(1.0 / 3);
        assertThat(c.overlap().recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void spansFromFacts() {
        String text = "东川市委政法委书记宁小川说";
        Mention person = Mention.of(EntityType.PERSON, "宁小川", "宁小川", 9, 12, "t", 1);
        Mention implied = Mention.of(EntityType.ORGANIZATION, "东川市委政法委员会", "东川市委政法委员会", 0, 9, "t", 1);
        Mention place = Mention.of(EntityType.PLACE, "东川市", "东川市", 0, 3, "t", 1);
        PostHolding post = new PostHolding(person, "东川市委政法委书记", "书记", Optional.empty(), 0, 12, "t", 1);
        List<Fact> facts = List.of(person, implied, place, post);
        assertThat(NerBenchmark.predictions(facts, text)).containsExactlyInAnyOrder(
                new NerSpan("PERSON", 9, 12), new NerSpan("PLACE", 0, 3), new NerSpan("TITLE", 0, 9), new NerSpan("ROLE", 7, 9));
    }
}
