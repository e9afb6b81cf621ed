package govkg.pipeline;

import govkg.rdf.ReportGraph;
import static org.assertj.core.api.Assertions.assertThat;

import govkg.lexicon.Lexicons;
import govkg.extract.StageClock;
import govkg.ingest.SourceReader;
import govkg.resolve.IriMinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Several files in one task (segment all, then extract all) give what one file at a time gives, failures included. */
class ReportProcessorBatchTest {

    @Test
    void aTaskOfFilesGivesEachFileItsOwnOutcome(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "东川市召开会议\n\n东川市公安局局长王立新出席会议并讲话。\n");
        Files.write(dir.resolve("b.txt"), new byte[0]);
        Files.writeString(dir.resolve("c.txt"), "青石市开展专项行动\n\n青石市司法局副局长陈明远介绍，全市开展“法律进社区”活动。\n");
        List<SourceReader.Input> inputs = SourceReader.list(List.of(dir));
        ReportProcessor p = new ReportProcessor(new IriMinter(IriMinter.DEFAULT_BASE), Lexicons.builtIn(), Optional.empty());

        List<ReportProcessor.Outcome> outcomes = p.process(inputs, StageClock.OFF);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(1).failure()).hasMessageContaining("empty");
        for (int i : new int[]{0, 2}) {
            assertThat(outcomes.get(i).failure()).isNull();
            List<ReportGraph> alone = p.process(inputs.get(i));
            assertThat(outcomes.get(i).graphs()).hasSameSizeAs(alone);
            for (int g = 0; g < alone.size(); g++)
                assertThat(outcomes.get(i).graphs().get(g).quads()).containsExactlyInAnyOrderElementsOf(alone.get(g).quads());
        }
    }
}
