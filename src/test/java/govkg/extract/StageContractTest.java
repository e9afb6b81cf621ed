package govkg.extract;

import govkg.ingest.Article;
import govkg.ingest.TestTexts;
import govkg.lexicon.Lexicons;
import govkg.nlp.HanLpAdapter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The typed stage contract: order checked when a pipeline is built, undeclared reads and writes refused while a stage runs. */
class StageContractTest {
    private static final Article ARTICLE = TestTexts.article("江苏省南京市公安局局长张明出席会议。");

    /** A stage made of its declarations and a body. */
    private record Stage(String name, Set<Layer> reads, Set<Layer> writes, java.util.function.Consumer<ArticleAnalysis> body) implements Extractor {
        @Override public void extract(ArticleAnalysis a) { body.accept(a); }
    }

    private static Stage writer(Layer layer, EntityType type) {
        return new Stage("write-" + layer, Set.of(), Set.of(layer),
                a -> a.add(Mention.of(type, "南京市", "南京市", 3, 6, "test", 1)));
    }

    private static List<Fact> run(Extractor... stages) {
        return new ExtractionPipeline(List.of(stages), HanLpAdapter.get()).extract(ARTICLE);
    }

    @Test
    void aDeclaredReadSeesTheEarlierStagesFacts() {
        int[] seen = {-1};
        run(writer(Layer.PLACE, EntityType.PLACE),
                new Stage("reader", Set.of(Layer.PLACE), Set.of(), a -> seen[0] = a.mentions(EntityType.PLACE).size()));
        assertEquals(1, seen[0]);
    }

    @Test
    void anUndeclaredReadFails() {
        var e = assertThrows(UndeclaredAccessException.class, () -> run(writer(Layer.PLACE, EntityType.PLACE),
                new Stage("sneaky", Set.of(), Set.of(Layer.ORGANIZATION), a -> a.overlaps(0, 5, EntityType.PLACE))));
        assertTrue(e.getMessage().contains("sneaky") && e.getMessage().contains("PLACE"), e.getMessage());
        assertThrows(UndeclaredAccessException.class, () -> run(writer(Layer.PLACE, EntityType.PLACE),
                new Stage("sneaky", Set.of(), Set.of(Layer.ORGANIZATION), a -> a.mentionAt(EntityType.PLACE, 4))));
        assertThrows(UndeclaredAccessException.class, () -> run(
                new Stage("everything", Set.of(), Set.of(Layer.ORGANIZATION), ArticleAnalysis::facts)));
    }

    @Test
    void anUndeclaredWriteFails() {
        var e = assertThrows(UndeclaredAccessException.class, () -> run(
                new Stage("places", Set.of(), Set.of(Layer.PLACE), a -> a.add(Mention.of(EntityType.PERSON, "张明", "张明", 13, 15, "test", 1)))));
        assertTrue(e.getMessage().contains("wrote PERSON"), e.getMessage());
    }

    @Test
    void aStageThatReadsBylinesSeesOnlyBylinePeople() {
        int[] seen = {-1};
        Stage people = new Stage("people", Set.of(), Set.of(Layer.BYLINE, Layer.PERSON), a -> {
            a.add(new Mention(EntityType.PERSON, "李华", Set.of(), "李华", 0, 2, "test", 1, Map.of("byline", "REPORTER")));
            a.add(Mention.of(EntityType.PERSON, "张明", "张明", 13, 15, "test", 1));
        });
        run(people, new Stage("places", Set.of(Layer.BYLINE), Set.of(Layer.PLACE), a -> seen[0] = a.mentions(EntityType.PERSON).size()));
        assertEquals(1, seen[0]);
    }

    @Test
    void theOrderIsCheckedWhenThePipelineIsBuilt() {
        Stage reader = new Stage("reader", Set.of(Layer.PLACE), Set.of(Layer.EVENT), a -> {});
        var e = assertThrows(IllegalArgumentException.class, () -> new ExtractionPipeline(List.of(reader, writer(Layer.PLACE, EntityType.PLACE)), HanLpAdapter.get()));
        assertTrue(e.getMessage().contains("reader reads PLACE"), e.getMessage());
        // a second writer after a reader means the reader saw the layer half done
        var late = assertThrows(IllegalArgumentException.class, () -> new ExtractionPipeline(List.of(
                writer(Layer.PLACE, EntityType.PLACE), reader, new Stage("late", Set.of(), Set.of(Layer.PLACE), a -> {})), HanLpAdapter.get()));
        assertTrue(late.getMessage().contains("later stage late"), late.getMessage());
    }

    @Test
    void theStandardOrderHoldsItsOwnContract() {
        List<Extractor> stages = StageRegistry.standard(Lexicons.builtIn(), govkg.gazetteer.Gazetteer.get());
        ExtractionPipeline.checkOrder(stages);
        // and running it over a real article touches nothing undeclared
        assertFalse(Extracted.from("国务院总理李克强在北京市主持召开国务院常务会议，江苏省公安厅厅长刘明出席。").facts.isEmpty());
    }
}
