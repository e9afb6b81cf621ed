package govkg.bench;

import govkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A smoke run of {@code govkg bench} at toy sizes on a corpus we write here: every benchmark runs
 * for real (child JVMs, TDB2 stores, Fuseki over HTTP) and prints its PASS/FAIL line. It checks the
 * harness works and reports what it must, not speed: no figure is compared with its target here.
 */
class BenchCommandTest {
    @TempDir Path tmp;

    static final List<String> ARTICLES = List.of(
            "{\"id\":\"t-1\",\"title\":\"江西召开全省平安建设工作会议\",\"date\":\"2024-03-01\",\"text\":\"本台消息：3月1日，江西省召开全省平安建设工作会议。省委常委、政法委书记李明远出席会议并讲话。会议要求深入推进扫黑除恶专项斗争，全省共排查化解矛盾纠纷3.2万件。\"}",
            "{\"id\":\"t-2\",\"title\":\"南昌市东湖区推行网格化治理\",\"date\":\"2024-03-02\",\"text\":\"南昌市东湖区委书记王海峰介绍，全区划分网格1200个，配备网格员1500名。东湖区人民法院院长张文静表示，法院将派法官进社区。\"}",
            "{\"id\":\"t-3\",\"title\":\"福州公安开展夏季治安打击整治行动\",\"date\":\"2024-06-10\",\"text\":\"福州市公安局近日启动夏季治安打击整治行动。福州市副市长、公安局局长陈国栋说，要把“枫桥经验”落到实处。\"}",
            "{\"id\":\"t-4\",\"title\":\"甘肃出台基层治理条例\",\"date\":\"2024-07-15\",\"text\":\"甘肃省人大常委会表决通过《甘肃省基层治理条例》。兰州市城关区司法局局长赵红梅说，条例为社区调解提供了依据，全区调解成功率达98%。\"}");

    @Test
    void everyBenchmarkPrintsItsVerdictLine() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        Files.write(corpus, ARTICLES, StandardCharsets.UTF_8);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("bench", "--corpus", corpus.toString(), "--articles", "4", "--reports", "10",
                    "--clients", "2", "--seconds", "2", "--work", tmp.resolve("work").toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isIn(0, 1);
        for (String name : List.of("extract-cpu-ratio", "load-vs-basic", "build-write-vs-basic", "query-p50", "query-p99",
                "query-errors", "queries-parameterized", "cold-start-extract", "two-core-speedup", "build-in-1g-heap"))
            assertThat(out).as(out).containsPattern(Pattern.compile("(?m)^(PASS|FAIL) " + name + " "));
        assertThat(out).containsPattern("(?m)^\\d+ of 10 targets met$");
        // correctness the harness checks along the way, whatever the speed
        assertThat(out).contains("PASS query-errors").contains("PASS queries-parameterized");
        assertThat(out).containsPattern("(?m)^PASS build-in-1g-heap ");
        assertThat(out).contains("outputs: same statements");
        assertThat(out).containsPattern("(?m)^\\s+01-posts\\s+\\d+ runs .* 0 errors$");
        // the stage profile names HanLP, the extractors and the writer, and adds them up
        assertThat(out).containsPattern("(?m)^  HanLP\\s+\\d+\\.\\d{3}$").containsPattern("(?m)^  organization-suffix\\s+\\d+\\.\\d{3}$")
                .containsPattern("(?m)^  write N-Quads\\s+\\d+\\.\\d{3}$").containsPattern("(?m)^  whole chain\\s+\\d+\\.\\d{3}  \\(bare HanLP");
    }

    @Test
    void aCorpusThatIsNotThereIsABadInput() {
        int code = Main.commandLine().execute("bench", "--corpus", tmp.resolve("none").toString(), "--only", "extract");
        assertThat(code).isEqualTo(2);
    }

    @Test
    void unknownBenchmarkNamesAreRefused() {
        int code = Main.commandLine().execute("bench", "--corpus", tmp.toString(), "--only", "speed");
        assertThat(code).isEqualTo(2);
    }
}
