package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.serve.ServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `govkg serve` refuses unsafe or malformed options before it opens the store. */
class ServeOptionsTest {
    @TempDir Path tmp;

    record Run(int code, String err) {}

    Run serve(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--db";
        all[2] = tmp.resolve("no-store-needed").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return new Run(cl.execute(all), err.toString());
    }

    @Test
    void updateNeedsCredentials() {
        Run r = serve("--update");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--update needs --credentials");
    }

    @Test
    void credentialsMustBeUserPasswordLines() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad"), "just-a-password\n");
        assertThat(serve("--update", "--credentials", bad.toString()).err()).contains("user:password");
        Path empty = Files.writeString(tmp.resolve("empty"), "# nobody\n");
        assertThat(serve("--update", "--credentials", empty.toString()).code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(serve("--update", "--credentials", tmp.resolve("missing").toString()).err()).contains("no such credentials file");
        assertThat(serve("--credentials", bad.toString()).err()).contains("only used with --update");
    }

    @Test
    void timeoutAtMostSixtySecondsAndLimitPositive() {
        assertThat(serve("--query-timeout", "61").err()).contains("--query-timeout");
        assertThat(serve("--query-timeout", "0").code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(serve("--result-limit", "0").code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void defaultsAreLockedDown() throws Exception {
        ServeCommand c = new ServeCommand();
        new CommandLine(c).parseArgs();
        ServerOptions o = c.options();
        assertThat(o.host()).isEqualTo("localhost");
        assertThat(o.updatable()).isFalse();
        assertThat(o.cors()).isFalse();
        assertThat(o.queryTimeoutMs()).isBetween(1L, 60_000L);
        Path users = Files.writeString(tmp.resolve("users"), "loader:pw\n");
        ServeCommand w = new ServeCommand();
        new CommandLine(w).parseArgs("--update", "--credentials", users.toString(), "--query-timeout", "5", "--host", "0.0.0.0");
        assertThat(w.options().updatable()).isTrue();
        assertThat(w.options().queryTimeoutMs()).isEqualTo(5_000);
        assertThat(w.options().host()).isEqualTo("0.0.0.0");
    }
}
