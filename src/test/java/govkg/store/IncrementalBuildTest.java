package govkg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static govkg.store.Reports.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One entity one IRI across reports and runs, and incremental builds, on real TDB2 folders through the
 * real `govkg build` and `govkg remove` commands, with reports written for these tests.
 */
class IncrementalBuildTest {
    @TempDir Path tmp;

    Path folder() throws Exception {
        Path in = tmp.resolve("in");
        write(in, "a-gansu-meeting.txt", GANSU_MEETING);
        write(in, "b-gansu-disputes.txt", GANSU_DISPUTES);
        write(in, "c-hangzhou-police.txt", HANGZHOU_POLICE);
        write(in, "d-tianshui-legal-aid.txt", TIANSHUI_LEGAL_AID);
        return in;
    }

    Path build(String name, String... paths) {
        Path db = tmp.resolve(name);
        String[] args = new String[paths.length + 4];
        args[0] = "build"; args[1] = "-q"; args[2] = "--db"; args[3] = db.toString();
        System.arraycopy(paths, 0, args, 4, paths.length);
        govkg(args);
        return db;
    }

    @Test
    void theSameOfficialInTwoReportsIsOneIriAndANamesakeElsewhereIsAnother() throws Exception {
        Path db = build("db", folder().toString());
        // one official after owl:sameAs: the article's province picks the Gansu official for a mention by name only
        Set<String> inMeeting = officialsIn(db, "邵景川", "in/a-gansu-meeting.txt");
        Set<String> inDisputes = officialsIn(db, "邵景川", "in/b-gansu-disputes.txt");
        Set<String> inHangzhou = officialsIn(db, "邵景川", "in/c-hangzhou-police.txt");
        assertThat(inMeeting).hasSize(1).isEqualTo(inDisputes);
        assertThat(inHangzhou).hasSize(1).doesNotContainAnyElementsOf(inMeeting);
        assertThat(officials(db, "邵景川")).hasSize(2);
        // each keeps its own posts
        String gansu = inMeeting.iterator().next(), hangzhou = inHangzhou.iterator().next();
        assertThat(column(db, "t", "SELECT ?t WHERE { ?m org:member <" + hangzhou + "> ; gov:title ?t }")).containsExactly("杭州市公安局局长");
        assertThat(column(db, "t", "SELECT ?t WHERE { ?m org:member <" + gansu + "> ; gov:title ?t }")).contains("政法委书记").doesNotContain("杭州市公安局局长");
        // the commission by its full and short name, and the program with and without 新时代 and quotes, are one each
        assertThat(column(db, "o", "SELECT ?o WHERE { ?r gov:mentions ?o . ?o a gov:Organization ; rdfs:label \"甘肃省委政法委员会\"@zh }")).hasSize(1);
        assertThat(column(db, "r", "SELECT ?r WHERE { ?r gov:mentions ?o . ?o a gov:Organization ; rdfs:label \"甘肃省委政法委员会\"@zh }")).hasSize(2);
        assertThat(column(db, "r", "SELECT ?r WHERE { ?r gov:mentions ?p . ?p a gov:Program ; rdfs:label \"枫桥经验\"@zh }")).hasSize(2);
    }

    @Test
    void anOfficialWhoMovedFromAProvinceToTheCentreIsOnePersonInOneRunOrTwo() throws Exception {
        Path in = tmp.resolve("moved");
        write(in, "20110315-guangxi.txt", "自治区党委召开全会\n\n本报讯 记者 钱亦舟 3月14日，广西壮族自治区党委书记周立新主持召开自治区党委常委会议，研究部署平安广西建设。\n");
        write(in, "20160420-beijing.txt", "全国安全生产电视电话会议召开\n\n本报讯 记者 钱亦舟 国务院副总理周立新4月19日在北京出席全国安全生产电视电话会议并讲话。\n");
        Path db = build("db", in.toString());
        assertThat(people(db, "周立新")).hasSize(2);
        assertThat(officials(db, "周立新")).as("one career after owl:sameAs").hasSize(1);

        // the same link when the later report comes in a second run
        Path first = tmp.resolve("first"), second = tmp.resolve("second");
        write(first, "20110315-guangxi.txt", Files.readString(in.resolve("20110315-guangxi.txt")));
        write(second, "20160420-beijing.txt", Files.readString(in.resolve("20160420-beijing.txt")));
        Path twice = build("db2", first.toString());
        build("db2", second.toString());
        assertThat(officials(twice, "周立新")).hasSize(1);
    }

    @Test
    void everyEntityHasExactlyOneLabelOverAllReports() throws Exception {
        Path db = build("db", folder().toString());
        List<Map<String, String>> rows = select(db, "SELECT ?e (COUNT(DISTINCT ?l) AS ?n) WHERE { ?r gov:mentions ?e . OPTIONAL { ?e rdfs:label ?l } } GROUP BY ?e");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("n")).as(r.get("e")).isEqualTo("1"));
    }

    @Test
    void anyInputOrderInOneRunOrSeveralGivesTheSameGraphs() throws Exception {
        Path in = folder();
        String a = in.resolve("a-gansu-meeting.txt").toString(), b = in.resolve("b-gansu-disputes.txt").toString(),
                c = in.resolve("c-hangzhou-police.txt").toString();
        Path forward = build("forward", a, b, c);
        Path backward = build("backward", c, b, a);
        Path runs = build("runs", c);
        build("runs", b);
        build("runs", a);
        Set<String> expected = quads(forward, false);
        assertThat(expected).isNotEmpty();
        assertThat(quads(backward, false)).isEqualTo(expected);
        assertThat(quads(runs, false)).isEqualTo(expected);
    }

    @Test
    void rebuildingTheSameFolderKeepsEveryQuad() throws Exception {
        Path in = folder();
        Path db = build("db", in.toString());
        Set<String> first = quads(db, true);
        String err = govkg("build", "--db", db.toString(), in.toString());
        assertThat(err).contains("0 added, 0 replaced, 4 unchanged, 0 removed");
        assertThat(quads(db, true)).hasSameSizeAs(first).isEqualTo(first);
    }

    @Test
    void changingOneReportReplacesOnlyItsStatements() throws Exception {
        Path in = folder();
        Path db = build("db", in.toString());
        String changed = column(db, "r", "SELECT ?r WHERE { ?r gov:sourceFile/dcterms:identifier \"in/d-tianshui-legal-aid.txt\" }").iterator().next();
        List<String> others = List.copyOf(column(db, "r", "SELECT ?r WHERE { ?r a gov:Report FILTER(?r != <" + changed + ">) }"));
        Map<String, Set<String>> before = new java.util.HashMap<>();
        for (String r : others) before.put(r, graph(db, r));

        write(in, "d-tianshui-legal-aid.txt", TIANSHUI_LEGAL_AID.replace("龚立帆", "庞书瑶"));
        String err = govkg("build", "--db", db.toString(), in.toString());
        assertThat(err).contains("0 added, 1 replaced, 3 unchanged, 0 removed");

        for (String r : others) assertThat(graph(db, r)).as(r).isEqualTo(before.get(r));
        assertThat(people(db, "庞书瑶")).hasSize(1);
        assertThat(people(db, "龚立帆")).isEmpty();
        assertThat(column(db, "x", "SELECT ?x WHERE { GRAPH ?g { ?x ?p ?o } FILTER(CONTAINS(STR(?o), \"龚立帆\")) }")).isEmpty();
        // the runs graph says the changed report came from the second run, the others still from the first
        assertThat(column(db, "run", "SELECT DISTINCT ?run WHERE { ?r prov:wasGeneratedBy ?run }")).hasSize(2);
    }

    @Test
    void aFileThatLosesAnArticleLosesItsReport() throws Exception {
        Path in = folder();
        Path db = build("db", in.toString());
        write(in, "b-gansu-disputes.txt", GANSU_DISPUTES + "\n" + TIANSHUI_LEGAL_AID.replace("龚立帆", "庞书瑶"));
        build("db", in.toString());
        assertThat(column(db, "r", "SELECT ?r WHERE { ?r gov:sourceFile/dcterms:identifier \"in/b-gansu-disputes.txt\" }")).hasSize(2);
        write(in, "b-gansu-disputes.txt", GANSU_DISPUTES);
        String err = govkg("build", "--db", db.toString(), in.toString());
        // the first article is replaced too: its graph carries the file's new checksum
        assertThat(err).contains("0 added, 1 replaced, 3 unchanged, 1 removed");
        assertThat(people(db, "庞书瑶")).isEmpty();
    }

    @Test
    void removingAReportRemovesTheEntitiesOnlyItMentioned() throws Exception {
        Path in = folder();
        Path db = build("db", in.toString());
        String person = people(db, "龚立帆").iterator().next();
        String bureau = column(db, "o", "SELECT ?o WHERE { ?o rdfs:label \"天水市司法局\"@zh }").iterator().next();
        String reporter = people(db, "苗青禾").iterator().next();   // also in the Gansu reports
        int quadsBefore = quads(db, true).size();

        String err = govkg("remove", "--db", db.toString(), in.resolve("d-tianshui-legal-aid.txt").toString());
        assertThat(err).contains("removed 1 report(s)");

        for (String gone : List.of(person, bureau))
            assertThat(column(db, "p", "SELECT ?p WHERE { { <" + gone + "> ?p ?o } UNION { ?s ?p <" + gone + "> } }")).as(gone).isEmpty();
        assertThat(people(db, "苗青禾")).containsExactly(reporter);
        assertThat(column(db, "r", "SELECT ?r WHERE { ?r gov:reporter <" + reporter + "> }")).hasSize(2);
        assertThat(quads(db, true).size()).isLessThan(quadsBefore);

        // building it again brings back the same IRIs
        build("db", in.toString());
        assertThat(people(db, "龚立帆")).containsExactly(person);
    }

    @Test
    void removeTakesAReportIriAndRefusesWhatIsNotThere() throws Exception {
        Path in = folder();
        Path db = build("db", in.toString());
        String report = column(db, "r", "SELECT ?r WHERE { ?r gov:sourceFile/dcterms:identifier \"in/c-hangzhou-police.txt\" }").iterator().next();
        govkg("remove", "-q", "--db", db.toString(), report);
        assertThat(officials(db, "邵景川")).hasSize(1);
        int code = govkg.cli.Main.commandLine().execute("remove", "--db", db.toString(), report, tmp.resolve("nowhere.txt").toString());
        assertThat(code).isEqualTo(2);
    }

    @Test
    void aNameOnlyPersonIsLinkedToTheOnePlacedNamesakeWhileItIsUnambiguous() throws Exception {
        Path in = folder();
        write(in, "e-name-only.txt", NAME_ONLY);
        Path db = build("db", in.toString());
        Set<String> yue = people(db, "岳振华");
        assertThat(yue).hasSize(2);
        String nameOnly = peopleIn(db, "岳振华", "in/e-name-only.txt").iterator().next();
        String placed = peopleIn(db, "岳振华", "in/a-gansu-meeting.txt").iterator().next();
        assertThat(column(db, "b", "SELECT ?b WHERE { <" + nameOnly + "> owl:sameAs ?b }")).containsExactly(placed);

        // a second placed 岳振华 makes it ambiguous: the link goes, both IRIs stay
        write(in, "f-hangzhou-yue.txt", HANGZHOU_POLICE.replace("邵景川", "岳振华"));
        build("db", in.toString());
        assertThat(column(db, "b", "SELECT ?b WHERE { <" + nameOnly + "> owl:sameAs ?b }")).isEmpty();
        assertThat(officials(db, "岳振华")).hasSize(3).contains(nameOnly, placed);

        // and comes back, order-independently, when that report goes
        govkg("remove", "-q", "--db", db.toString(), in.resolve("f-hangzhou-yue.txt").toString());
        assertThat(column(db, "b", "SELECT ?b WHERE { <" + nameOnly + "> owl:sameAs ?b }")).containsExactly(placed);
    }

    @Test
    void theLabelIsTheFullestNameOfAnyReportAndFallsBackWhenThatReportGoes() throws Exception {
        Path in = tmp.resolve("labels");
        write(in, "a.txt", "深圳推进社会治理\n\n本报讯 记者 钱亦舟 南山区委政法委召开会议，部署平安建设工作。\n");
        write(in, "b.txt", "南山区召开会议\n\n本报讯 记者 钱亦舟 深圳市南山区委政法委员会召开会议，部署平安建设工作。\n");
        Path db = build("db", in.toString());
        Set<String> labels = column(db, "l", "SELECT ?l WHERE { ?r gov:mentions ?o . ?o a gov:Organization ; rdfs:label ?l FILTER(CONTAINS(?l, \"政法委\")) }");
        assertThat(labels).hasSize(1);
        String full = labels.iterator().next();
        govkg("remove", "-q", "--db", db.toString(), in.resolve("b.txt").toString());
        Set<String> after = column(db, "l", "SELECT ?l WHERE { ?r gov:mentions ?o . ?o a gov:Organization ; rdfs:label ?l FILTER(CONTAINS(?l, \"政法委\")) }");
        assertThat(after).hasSize(1);
        assertThat(after.iterator().next().length()).isLessThanOrEqualTo(full.length());
    }

    @Test
    void everyPostHoldingTracesToASentenceWithOffsetsIntoItsFile() throws Exception {
        Path in = folder();
        Path db = build("db", in.toString());
        List<Map<String, String>> rows = select(db, """
                SELECT ?m ?sentence ?anchor ?begin ?end ?file WHERE {
                  ?m a org:Membership .
                  OPTIONAL { ?m gov:evidence ?ev . ?ev gov:sentence ?sentence ; nif:anchorOf ?anchor ; nif:beginIndex ?begin ;
                             nif:endIndex ?end ; nif:referenceContext/dcterms:identifier ?file }
                }""");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        for (Map<String, String> r : rows) {
            assertThat(r.get("sentence")).as("evidence of " + r.get("m")).isNotNull();
            String text = Files.readString(tmp.resolve(r.get("file")), StandardCharsets.UTF_8);
            int b = Integer.parseInt(r.get("begin")), e = Integer.parseInt(r.get("end"));
            assertThat(text.substring(b, e)).isEqualTo(r.get("anchor"));
            assertThat(r.get("sentence")).contains(r.get("anchor"));
        }
        // the canned query answers the same question
        Set<String> canned = new TreeSet<>();
        for (Map<String, String> r : select(db, Files.readString(Path.of("queries/09-post-evidence.rq"), StandardCharsets.UTF_8)))
            canned.add(r.get("personName") + " " + r.get("title"));
        assertThat(canned).contains("邵景川 政法委书记", "邵景川 杭州市公安局局长", "龚立帆 天水市司法局局长");
    }

    @Test
    void aParagraphPrintedTwiceIsAssertedOnce() throws Exception {
        Path in = folder();
        Path db = build("db", in.toString());
        String repeated = "会议要求，各市州要把平安建设考评结果作为干部考核的重要参考，确保各项任务落地见效。";
        Set<String> sentences = column(db, "m", "SELECT ?m WHERE { ?m gov:sentence \"" + repeated + "\"@zh }");
        assertThat(sentences).isNotEmpty();
        String text = GANSU_MEETING;
        int second = text.lastIndexOf(repeated);
        for (String m : sentences) {
            int begin = Integer.parseInt(m.replaceAll(".*#m(\\d+)-.*", "$1"));
            assertThat(begin).as(m).isLessThan(second);
        }
    }
}
