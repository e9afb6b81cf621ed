package govkg.it;

import govkg.cli.Main;
import govkg.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real `govkg build` / `govkg load` process killed with SIGKILL at several points after some graphs have
 * committed: the store still opens and answers, every report graph in it is exactly the graph a clean build
 * gives (whole) or is absent, and rerunning the same command completes the store.
 */
class CrashSafetyTest {
    @TempDir Path tmp;

    static final String[] PROVINCES = {"河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
            "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省"};
    static final String[] PEOPLE = {"赵立新", "钱文华", "孙建平", "李国栋", "周海涛", "吴志明", "郑晓东", "王春生", "冯德胜", "陈玉林"};
    static final Pattern PROGRESS = Pattern.compile("^extract: (\\d+)/(\\d+) files");

    /** Twenty reports of our own, each naming its own province and official. */
    Path corpus() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < PROVINCES.length; i++) {
            String p = PROVINCES[i], who = PEOPLE[i % PEOPLE.length];
            StringBuilder body = new StringBuilder(p + "召开平安建设推进会\n\n本报讯 5月" + (i + 1) + "日，" + p + "平安建设推进会召开。省委常委、政法委书记"
                    + who + "出席会议并讲话。" + p + "公安厅厅长" + PEOPLE[(i + 3) % PEOPLE.length] + "主持会议。\n");
            for (int k = 0; k < 30; k++)   // some bulk, so a file takes a moment and kills land between commits
                body.append(who).append("强调，要坚持和发展新时代“枫桥经验”，推动基层社会治理现代化，第").append(k + 1).append("项工作要落实到位。\n");
            Files.writeString(dir.resolve(String.format("r%02d.txt", i)), body, StandardCharsets.UTF_8);
        }
        return dir;
    }

    @Test
    void buildKilledAtSeveralPointsLeavesWholeGraphsAndRerunCompletes() throws Exception {
        Path corpus = corpus();
        Path refDb = tmp.resolve("ref"), db = tmp.resolve("db");
        assertThat(Main.commandLine().execute("build", "-q", "--db", refDb.toString(), corpus.toString())).isZero();
        Map<String, Graph> reference = reportGraphs(refDb);
        assertThat(reference).hasSizeGreaterThanOrEqualTo(PROVINCES.length);

        for (int killAfter : new int[] {1, 6, 13}) {
            try (ChildGovkg child = ChildGovkg.start("build", "--threads", "1", "--progress-lines", "--commit-every", "0", "--db", db.toString(), corpus.toString())) {
                boolean reached = child.awaitLine(l -> {
                    Matcher m = PROGRESS.matcher(l);
                    return m.find() && Integer.parseInt(m.group(1)) >= killAfter;
                });
                assertThat(reached).as("build got past file " + killAfter + ":\n" + child.stderr()).isTrue();
                child.kill();
            }
            Map<String, Graph> found = reportGraphs(db);   // opens after the crash and answers
            assertThat(found.size()).as("graphs committed before the kill after file " + killAfter).isGreaterThanOrEqualTo(killAfter);
            for (Map.Entry<String, Graph> g : found.entrySet()) {
                assertThat(reference).containsKey(g.getKey());
                assertThat(g.getValue().isIsomorphicWith(reference.get(g.getKey()))).as("graph " + g.getKey() + " whole").isTrue();
            }
        }
        try (ChildGovkg rerun = ChildGovkg.start("build", "-q", "--db", db.toString(), corpus.toString())) {
            assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
        }
        Map<String, Graph> after = reportGraphs(db);
        assertThat(after.keySet()).isEqualTo(reference.keySet());
        for (String g : after.keySet()) assertThat(after.get(g).isIsomorphicWith(reference.get(g))).as(g).isTrue();
        assertThat(Main.commandLine().execute("validate", "--db", db.toString())).isZero();
    }

    @Test
    void loadKilledMidFileLeavesEachFileWholeOrAbsent() throws Exception {
        int files = 4, triples = 150_000;
        Path[] nq = new Path[files];
        for (int f = 0; f < files; f++) {
            nq[f] = tmp.resolve("part" + f + ".nq");
            try (BufferedWriter w = Files.newBufferedWriter(nq[f], StandardCharsets.UTF_8)) {
                for (int i = 0; i < triples; i++)
                    w.write("<http://example.org/s" + i + "> <http://example.org/p> \"值" + i + "\"@zh <http://example.org/g" + f + "> .\n");
            }
        }
        Path db = tmp.resolve("loaddb");
        String[] args = new String[3 + files];
        args[0] = "load";
        args[1] = "--db";
        args[2] = db.toString();
        for (int f = 0; f < files; f++) args[3 + f] = nq[f].toString();
        try (ChildGovkg child = ChildGovkg.start(args)) {
            assertThat(child.awaitLine(l -> l.startsWith("govkg: loaded "))).as(child.stderr()).isTrue();
            child.kill();   // the next file's transaction is under way (or just done)
        }
        Map<Integer, Long> counts = graphSizes(db, files);
        assertThat(counts.get(0)).isEqualTo((long) triples);
        for (int f = 1; f < files; f++) assertThat(counts.get(f)).as("graph g" + f).isIn(0L, (long) triples);
        try (ChildGovkg rerun = ChildGovkg.start(args)) {
            assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();
        }
        Map<Integer, Long> after = graphSizes(db, files);
        for (int f = 0; f < files; f++) assertThat(after.get(f)).isEqualTo((long) triples);
    }

    @Test
    void aServedStoreRefusesASecondWriterByName() throws Exception {
        Path db = tmp.resolve("served");
        assertThat(Main.commandLine().execute("build", "-q", "--db", db.toString(), "samples/pages/p01-gansu-front.txt")).isZero();
        try (ChildGovkg serve = ChildGovkg.start("serve", "--port", "0", "--db", db.toString())) {
            assertThat(serve.awaitLine(l -> l.startsWith("govkg: serving"))).as(serve.stderr()).isTrue();
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cl = Main.commandLine();
            cl.setErr(new java.io.PrintWriter(err, true));
            int code = cl.execute("build", "-q", "--db", db.toString(), "samples/pages/p02-gansu-zhejiang-second.txt");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("in use by another process", "held by process " + serve.process.pid(), "serve --update");
        }
    }

    private static Map<Integer, Long> graphSizes(Path db, int files) {
        try (Store st = Store.openExisting(db)) {
            return Txn.calculateRead(st.dataset(), () -> {
                Map<Integer, Long> out = new HashMap<>();
                for (int f = 0; f < files; f++)
                    out.put(f, st.dataset().asDatasetGraph().stream(NodeFactory.createURI("http://example.org/g" + f), Node.ANY, Node.ANY, Node.ANY).count());
                return out;
            });
        }
    }

    /** Every report graph of a store, copied out. */
    private static Map<String, Graph> reportGraphs(Path db) {
        try (Store st = Store.openExisting(db)) {
            DatasetGraph dsg = st.dataset().asDatasetGraph();
            return Txn.calculateRead(st.dataset(), () -> {
                Map<String, Graph> out = new HashMap<>();
                for (Node g : (Iterable<Node>) dsg::listGraphNodes) {
                    if (!g.getURI().contains("/report/")) continue;
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(g).find().forEachRemaining(copy::add);
                    out.put(g.getURI(), copy);
                }
                return out;
            });
        }
    }

}
