package govkg.spark;

import govkg.cli.Main;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job in local mode against {@code govkg extract} on the same input: the same named graphs,
 * each isomorphic (Jena's check), run metadata aside. Real Spark (local[2]), real files, real Parquet.
 * Run with {@code mvn -B -Pspark test -Dtest=SparkJobTest}; the default build does not see this class.
 */
class SparkJobTest {
    static final String RUNS = "https://w3id.org/govkg/id/graph/runs";
    static final String ENTITIES = "https://w3id.org/govkg/id/graph/entities";

    @TempDir static Path tmp;
    static Path corpus;
    static DatasetGraph expected;

    /** The samples, plus two reports of ours where a person known by name only has one placed namesake (an owl:sameAs). */
    @BeforeAll
    static void extractOnOneMachine() throws Exception {
        corpus = tmp.resolve("pages");
        Files.createDirectories(corpus.resolve("extra"));
        try (Stream<Path> s = Files.list(Path.of("samples/pages"))) {
            for (Path p : s.toList()) Files.copy(p, corpus.resolve(p.getFileName()));
        }
        Files.writeString(corpus.resolve("extra/qinghai-meeting.txt"), """
                青海召开全省法治政府建设推进会

                本报讯 记者 柯雨桐 4月12日，青海省法治政府建设推进会在西宁召开。青海省委常委、政法委书记欧阳明远出席会议并讲话，省委政法委员会副书记程素兰主持会议。

                欧阳明远强调，要推进严格规范公正文明执法，把矛盾纠纷化解在基层。
                """, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("extra/name-only.txt"), """
                调解工作座谈会侧记

                在日前召开的座谈会上，程素兰说，调解工作要贴近群众，让群众少跑腿。
                """, StandardCharsets.UTF_8);
        Path ref = tmp.resolve("extract.nq");
        assertThat(Main.commandLine().execute("extract", "-q", "-o", ref.toString(), corpus.toString())).isZero();
        expected = RDFDataMgr.loadDatasetGraph(ref.toString());
        // the comparison below is only worth something if every kind of graph is there
        assertThat(graphNames(expected)).hasSizeGreaterThan(40).contains(ENTITIES);
        assertThat(expected.getGraph(NodeFactory.createURI(ENTITIES)).find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY).toList()).isNotEmpty();
    }

    @Test
    void aFolderGivesWhatExtractGivesInPartitions() throws Exception {
        Path out = tmp.resolve("spark-folder");
        Run r = spark("--master", "local[2]", "--partitions", "4", "-o", out.toString(), corpus.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(parts(out)).as("N-Quads in partitions").hasSizeGreaterThan(1);
        assertSameDataset(read(out), expected);
    }

    @Test
    void aParquetTableOfTextsGivesTheSameAsTheFolder() throws Exception {
        Path table = tmp.resolve("reports.parquet");
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path f : s.filter(Files::isRegularFile).toList())
                rows.add(RowFactory.create("pages/" + corpus.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8)));
        }
        StructType schema = new StructType().add("path", DataTypes.StringType).add("body", DataTypes.StringType);
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
            spark.createDataFrame(rows, schema).repartition(3).write().parquet(table.toString());
        } finally {
            spark.stop();
        }
        Path out = tmp.resolve("spark-parquet");
        Run r = spark("--master", "local[2]", "--id-column", "path", "--text-column", "body", "-o", out.toString(), table.toString());
        assertThat(r.code).as(r.err).isZero();
        assertSameDataset(read(out), expected);

        Run wrong = spark("--master", "local[1]", "--id-column", "path", "--text-column", "content", "-o", tmp.resolve("never").toString(), table.toString());
        assertThat(wrong.code).isEqualTo(2);
        assertThat(wrong.err).contains("no column 'content'");
    }

    @Test
    void badFilesAreNamedAndSkippedAndTheRestIsWritten() throws Exception {
        Path in = tmp.resolve("mixed");
        Files.createDirectories(in);
        Files.copy(corpus.resolve("extra/qinghai-meeting.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[]{'a', 0, 0, 0, 'b', 0, 1, 2});
        Path ref = tmp.resolve("mixed.nq");
        assertThat(Main.commandLine().execute("extract", "-q", "-o", ref.toString(), in.toString())).isEqualTo(1);

        Path out = tmp.resolve("spark-mixed");
        Run r = spark("--master", "local[2]", "-o", out.toString(), in.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("empty.txt: file is empty").contains("binary.txt").contains("2 file(s) skipped");
        assertSameDataset(read(out), RDFDataMgr.loadDatasetGraph(ref.toString()));

        Run again = spark("--master", "local[1]", "-o", out.toString(), in.toString());
        assertThat(again.code).isEqualTo(2);
        assertThat(again.err).contains("already exists");
    }

    record Run(int code, String err) {}

    static Run spark(String... args) {
        StringWriter err = new StringWriter();
        int code = SparkMain.run(new PrintWriter(err, true), args);
        return new Run(code, err.toString());
    }

    static List<Path> parts(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().matches("part-\\d+\\.nq")).sorted().toList();
        }
    }

    static DatasetGraph read(Path out) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        for (Path p : parts(out)) RDFDataMgr.read(dsg, p.toString());
        return dsg;
    }

    static Set<String> graphNames(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        d.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
        out.remove(RUNS);
        return out;
    }

    /** Graph by graph, with Jena's isomorphism check; the runs graph (run metadata) aside. */
    static void assertSameDataset(DatasetGraph actual, DatasetGraph expected) {
        assertThat(graphNames(actual)).isEqualTo(graphNames(expected));
        for (String g : graphNames(expected)) {
            Graph a = actual.getGraph(NodeFactory.createURI(g)), e = expected.getGraph(NodeFactory.createURI(g));
            assertThat(a.isIsomorphicWith(e)).as("graph %s: %d quads from Spark, %d from extract", g, a.size(), e.size()).isTrue();
        }
        assertThat(actual.getDefaultGraph().isIsomorphicWith(expected.getDefaultGraph())).as("default graph").isTrue();
    }
}
