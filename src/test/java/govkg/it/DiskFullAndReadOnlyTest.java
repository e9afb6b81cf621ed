package govkg.it;

import govkg.cli.Main;
import govkg.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A store on a small tmpfs that fills up during `govkg build`, then remounted larger, then read-only — in a
 * private mount namespace ({@code unshare -rm}), so no root is needed where user namespaces are allowed (the
 * test is skipped where they are not). A full disk gives a clear error and exit 1, the store still opens with
 * every report graph whole or absent, and a rerun with space completes; a read-only store folder gives a
 * clear error, not a stack trace.
 */
class DiskFullAndReadOnlyTest {
    @TempDir static Path tmp;
    static Path out;

    @BeforeAll
    static void runInAPrivateMountNamespace() throws Exception {
        assumeTrue(canMountTmpfs(), "unshare -rm with a tmpfs mount is not allowed here");
        out = Files.createDirectories(tmp.resolve("out"));
        Path mnt = Files.createDirectories(tmp.resolve("mnt"));
        String govkg = "'" + ChildGovkg.javaBin() + "' -Xmx512m -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' govkg.cli.Main";
        String db = mnt + "/db";
        String script = String.join("\n",
                "mount -t tmpfs -o size=3m tmpfs " + mnt + " || exit 97",
                govkg + " build -q --db " + db + " samples 2> " + out + "/full.err; echo $? > " + out + "/full.rc",
                "cp -a " + db + " " + out + "/after-full",
                "mount -o remount,size=256m " + mnt,
                govkg + " build -q --db " + db + " samples 2> " + out + "/rerun.err; echo $? > " + out + "/rerun.rc",
                "cp -a " + db + " " + out + "/after-rerun",
                "mount -o remount,ro " + mnt,
                govkg + " query --db " + db + " --sparql 'ASK {}' 2> " + out + "/ro-query.err; echo $? > " + out + "/ro-query.rc",
                govkg + " build -q --db " + db + " samples 2> " + out + "/ro-build.err; echo $? > " + out + "/ro-build.rc",
                "");
        Path sh = Files.writeString(tmp.resolve("run.sh"), script);
        Process p = new ProcessBuilder("unshare", "-rm", "sh", sh.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("run.log").toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("run.log"))).isZero();
    }

    static boolean canMountTmpfs() {
        try {
            Path m = Files.createTempDirectory("govkg-mnt");
            Process p = new ProcessBuilder("unshare", "-rm", "mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", m.toString())
                    .redirectErrorStream(true).start();
            boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            Files.deleteIfExists(m);
            return ok;
        } catch (Exception e) {
            return false;
        }
    }

    static String read(String name) throws Exception {
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8).strip();
    }

    @Test
    void fullDiskIsAClearErrorAndTheStoreKeepsWholeGraphs() throws Exception {
        assertThat(read("full.rc")).isEqualTo("1");
        assertThat(read("full.err")).contains("cannot write the store", "disk is probably full", "intact")
                .doesNotContain("\tat ", "Exception in thread");
        Map<String, Graph> reference = reference();
        Map<String, Graph> afterFull = reportGraphs(out.resolve("after-full"));   // opens and answers
        assertThat(afterFull.size()).isLessThan(reference.size());
        for (var g : afterFull.entrySet())
            assertThat(g.getValue().isIsomorphicWith(reference.get(g.getKey()))).as(g.getKey() + " whole").isTrue();
    }

    @Test
    void rerunWithSpaceCompletes() throws Exception {
        assertThat(read("rerun.rc")).as(read("rerun.err")).isEqualTo("0");
        Map<String, Graph> reference = reference();
        Map<String, Graph> after = reportGraphs(out.resolve("after-rerun"));
        assertThat(after.keySet()).isEqualTo(reference.keySet());
        for (String g : after.keySet()) assertThat(after.get(g).isIsomorphicWith(reference.get(g))).as(g).isTrue();
    }

    @Test
    void readOnlyStoreIsAClearError() throws Exception {
        for (String cmd : new String[] {"ro-query", "ro-build"}) {
            assertThat(read(cmd + ".rc")).isEqualTo("2");
            assertThat(read(cmd + ".err")).contains("read-only").doesNotContain("\tat ", "Exception");
        }
    }

    private static Map<String, Graph> referenceGraphs;

    static synchronized Map<String, Graph> reference() {
        if (referenceGraphs == null) {
            Path ref = tmp.resolve("ref");
            assertThat(Main.commandLine().execute("build", "-q", "--db", ref.toString(), "samples")).isZero();
            referenceGraphs = reportGraphs(ref);
        }
        return referenceGraphs;
    }

    static Map<String, Graph> reportGraphs(Path db) {
        try (Store st = Store.openExisting(db)) {
            DatasetGraph dsg = st.dataset().asDatasetGraph();
            return Txn.calculateRead(st.dataset(), () -> {
                Map<String, Graph> graphs = new HashMap<>();
                for (Node g : (Iterable<Node>) dsg::listGraphNodes) {
                    if (!g.getURI().contains("/report/")) continue;
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(g).find().forEachRemaining(copy::add);
                    graphs.put(g.getURI(), copy);
                }
                return graphs;
            });
        }
    }
}
