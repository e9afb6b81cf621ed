package govkg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** govkg eval --per-report over two report files of our own that name the same province, gold by section. */
class EvalPerReportCommandTest {
    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    Run govkg(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    /** tp of the place row. */
    static int placeTp(String table) {
        Matcher m = Pattern.compile("(?m)^place\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)").matcher(table);
        assertThat(m.find()).as(table).isTrue();
        return Integer.parseInt(m.group(3));
    }

    @Test
    void eachReportIsScoredAgainstItsOwnSection() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(dir.resolve("r1.txt"), "湖南省召开全省政法工作会议，部署今年的平安建设。\n");
        Files.writeString(dir.resolve("r2.txt"), "湖南省今年将继续推进乡村振兴，各地加大投入。\n");
        Files.writeString(dir.resolve("extra.txt"), "湖南省发布新规。\n");
        Path gold = Files.writeString(tmp.resolve("gold.tsv"), String.join("\n",
                "# r1", "place\t湖南省\t湖南\t43\trequired",
                "# r2", "place\t湖南省\t湖南\t43\trequired",
                "# r3", "place\t湖北省\t湖北\t42\trequired") + "\n");
        Run whole = govkg("eval", "-q", gold.toString(), dir.toString());
        assertThat(placeTp(whole.out())).isEqualTo(1);   // one IRI for the province: one line paired
        Run per = govkg("eval", "-q", "--per-report", "-v", gold.toString(), dir.toString());
        assertThat(placeTp(per.out())).isEqualTo(2);
        assertThat(per.out()).contains("place  missed  [r3] 湖北省");
        assertThat(per.err()).contains("gold section r3: no report file of that name")
                .contains("report file extra: no gold section of that name");
    }

    @Test
    void aGoldWithoutSectionsIsRefusedPerReport() throws Exception {
        Path r = Files.writeString(tmp.resolve("r1.txt"), "湖南省召开会议。\n");
        Path gold = Files.writeString(tmp.resolve("gold.tsv"), "place\t湖南省\t湖南\t43\trequired\n");
        Run per = govkg("eval", "-q", "--per-report", gold.toString(), r.toString());
        assertThat(per.code()).isNotZero();
        assertThat(per.err()).contains("--per-report needs every gold line under a section heading");
    }
}
