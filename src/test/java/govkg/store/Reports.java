package govkg.store;

import govkg.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports written for these tests (invented people and bodies; real divisions), and helpers that run
 * the real CLI on a real TDB2 folder and read the store back.
 */
final class Reports {
    static final String PREFIXES = """
            PREFIX gov: <https://w3id.org/govkg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            """;
    static final String RUNS = "https://w3id.org/govkg/id/graph/runs";
    static final String ONTOLOGY = "https://w3id.org/govkg/id/graph/ontology";

    /** Gansu: the provincial political-legal secretary 邵景川; its last paragraph is printed twice. */
    static final String GANSU_MEETING = """
            甘肃召开全省平安建设推进会

            本报讯 记者 苗青禾 5月9日，甘肃省平安建设推进会在兰州召开。甘肃省委常委、政法委书记邵景川出席会议并讲话，省委政法委员会副书记岳振华主持会议。

            邵景川强调，要坚持和发展新时代“枫桥经验”，推行一网通办改革，把矛盾纠纷化解在基层。

            会议要求，各市州要把平安建设考评结果作为干部考核的重要参考，确保各项任务落地见效。

            会议要求，各市州要把平安建设考评结果作为干部考核的重要参考，确保各项任务落地见效。
            """;

    /** Gansu again: the same 邵景川, the commission by its short name, the program without 新时代 and quotes. */
    static final String GANSU_DISPUTES = """
            甘肃部署矛盾纠纷排查化解工作

            本报讯 记者 苗青禾 5月16日，甘肃省委政法委召开矛盾纠纷排查化解工作会议。省委常委、政法委书记邵景川指出，要坚持“枫桥经验”，推行一网通办，做到小事不出村、大事不出镇。
            """;

    /** Zhejiang: a namesake 邵景川 with another post in another province. */
    static final String HANGZHOU_POLICE = """
            杭州警方开展夏季治安打击整治行动

            本报讯 记者 钱亦舟 6月2日，杭州市公安局召开夏季治安打击整治行动部署会。杭州市公安局局长邵景川要求，全市公安机关要紧盯群众反映强烈的突出问题，守护群众平安。
            """;

    /** Tianshui: 龚立帆 and 天水市司法局 appear nowhere else. */
    static final String TIANSHUI_LEGAL_AID = """
            天水司法行政系统推进法律援助进社区

            本报讯 记者 苗青禾 5月20日，天水市司法局召开法律援助工作推进会。天水市司法局局长龚立帆介绍，全市已在社区设立法律援助工作站120个。
            """;

    /** No place at all: 岳振华 is known by name only. */
    static final String NAME_ONLY = """
            一线调解见实效

            在日前召开的座谈会上，岳振华说，调解工作要把功夫下在平时，让群众少跑腿。
            """;

    private Reports() {}

    static Path write(Path dir, String name, String text) throws Exception {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Runs the CLI; fails the test on a non-zero exit; returns stderr. */
    static String govkg(String... args) {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        assertThat(code).as("govkg " + String.join(" ", args) + "\n" + err).isZero();
        return err.toString();
    }

    /**
     * Every quad of the store as N-Quads lines. Without {@code withRuns}, the runs graph (times) and the
     * ontology graph (its OWL lists are blank nodes, whose labels differ from store to store) are left out.
     */
    static Set<String> quads(Path db, boolean withRuns) {
        try (Store st = Store.openExisting(db)) {
            return Txn.calculateRead(st.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                st.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                    if (withRuns || !(q.getGraph().getURI().equals(RUNS) || q.getGraph().getURI().equals(ONTOLOGY))) out.add(NodeFmtLib.str(q));
                });
                return out;
            });
        }
    }

    /** The quads of one named graph. */
    static Set<String> graph(Path db, String graphIri) {
        Set<String> out = new TreeSet<>();
        for (String q : quads(db, true)) if (q.endsWith("<" + graphIri + "> .")) out.add(q);
        return out;
    }

    /** SELECT over the union of the store's graphs; each row as a map of variable → node text. */
    static List<Map<String, String>> select(Path db, String query) {
        try (Store st = Store.openExisting(db)) {
            return Txn.calculateRead(st.dataset(), () -> {
                List<Map<String, String>> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + query, st.dataset())) {
                    qe.execSelect().forEachRemaining((QuerySolution s) -> {
                        Map<String, String> row = new java.util.TreeMap<>();
                        s.varNames().forEachRemaining(v -> {
                            var n = s.get(v);
                            row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        });
                        rows.add(row);
                    });
                }
                return rows;
            });
        }
    }

    /** The values of one variable, sorted and distinct. */
    static Set<String> column(Path db, String var, String query) {
        Set<String> out = new TreeSet<>();
        for (Map<String, String> r : select(db, query)) if (r.get(var) != null) out.add(r.get(var));
        return out;
    }

    /** The IRIs of the people labelled {@code name}. */
    static Set<String> people(Path db, String name) {
        return column(db, "p", "SELECT ?p WHERE { ?p a gov:Person ; rdfs:label \"" + name + "\"@zh }");
    }

    /** The officials called {@code name}: one per person after owl:sameAs (the canonical IRI of each). */
    static Set<String> officials(Path db, String name) {
        return column(db, "c", "SELECT DISTINCT ?c WHERE { ?p a gov:Person ; rdfs:label \"" + name + "\"@zh . OPTIONAL { ?p owl:sameAs ?s } BIND(COALESCE(?s, ?p) AS ?c) }");
    }

    /** The officials called {@code name} that reports from the file {@code sourceId} mention, after owl:sameAs. */
    static Set<String> officialsIn(Path db, String name, String sourceId) {
        return column(db, "c", "SELECT DISTINCT ?c WHERE { ?r gov:sourceFile/dcterms:identifier \"" + sourceId + "\" ; gov:mentions ?p . ?p a gov:Person ; rdfs:label \"" + name + "\"@zh . OPTIONAL { ?p owl:sameAs ?s } BIND(COALESCE(?s, ?p) AS ?c) }");
    }

    /** The people called {@code name} that reports from the file {@code sourceId} mention. */
    static Set<String> peopleIn(Path db, String name, String sourceId) {
        return column(db, "p", "SELECT ?p WHERE { ?r gov:sourceFile/dcterms:identifier \"" + sourceId + "\" ; gov:mentions ?p . ?p a gov:Person ; rdfs:label \"" + name + "\"@zh }");
    }
}
