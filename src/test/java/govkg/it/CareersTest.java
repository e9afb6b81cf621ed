package govkg.it;

import govkg.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time in the graph over the dated samples in samples/careers (our own reports): a career across a province and the
 * centre under one person, namesakes kept apart, holders of a post on a date, a program's spread from its pilot, and
 * the careers export. A real TDB2 store built by `govkg build`, read by `govkg careers` and `govkg query`.
 */
class CareersTest {
    @TempDir static Path tmp;
    static Path db;
    static List<String[]> careers;

    @BeforeAll
    static void build() throws Exception {
        db = tmp.resolve("db");
        assertThat(Main.commandLine().execute("build", "-q", "--db", db.toString(), "samples/careers")).isZero();
        Path csv = tmp.resolve("careers.csv");
        assertThat(Main.commandLine().execute("careers", "--db", db.toString(), "-o", csv.toString())).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("person,person_iri,post,body,place_code,start,end,precision,ended_before,first_seen,last_seen,sources");
        careers = lines.stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    private static Set<String> iris(String person) {
        return careers.stream().filter(r -> r[0].equals(person)).map(r -> r[1]).collect(Collectors.toSet());
    }

    @Test
    void aCareerAcrossAProvinceAndTheCentreIsOnePerson() {
        List<String[]> rows = careers.stream().filter(r -> r[0].equals("陈立言")).toList();
        // 中共浙江省委书记 (2014) and 浙江省委书记 (2016) are one post: one row, its fullest wording, seen 2014 to 2016
        assertThat(rows).extracting(r -> r[2]).contains("中共浙江省委书记", "国务院副总理").doesNotContain("浙江省委书记");
        assertThat(iris("陈立言")).as("one person IRI after owl:sameAs").hasSize(1);
        String[] provincial = rows.stream().filter(r -> r[2].equals("中共浙江省委书记")).findFirst().orElseThrow();
        assertThat(provincial[4]).isEqualTo("33");
        assertThat(provincial[9]).isEqualTo("2014-03-10");
        assertThat(provincial[10]).isEqualTo("2016-06-20");
    }

    @Test
    void namesakesAtTheSameTimeInDifferentPlacesStayApart() {
        assertThat(iris("周明远")).as(Arrays.deepToString(careers.toArray())).hasSize(2);
    }

    @Test
    void holdersOnADate() {
        assertThat(query("13-holders-on-date.rq", "post=国务院副总理", "onDate=2018-03-22")).contains("陈立言");
        assertThat(query("13-holders-on-date.rq", "post=国务院副总理", "onDate=2014-01-01")).doesNotContain("陈立言");
        assertThat(query("13-holders-on-date.rq", "post=浙江省委书记", "onDate=2016-06-20")).contains("陈立言");
    }

    @Test
    void twoWordingsOfOnePostAreOnePostWhoseSpanJoinsTheirReports() {
        // 国家发展和改革委员会主任 (2020-01-05) and 国家发展改革委主任 (2020-06-10): one body, one role, one membership
        assertThat(query("13-holders-on-date.rq", "post=国家发展改革委主任", "onDate=2020-03-01")).contains("罗景川");
        List<String[]> rows = careers.stream().filter(r -> r[0].equals("罗景川")).toList();
        assertThat(rows).as(Arrays.deepToString(rows.toArray())).singleElement().satisfies(r -> {
            assertThat(r[2]).as("the fullest wording").isEqualTo("国家发展和改革委员会主任");
            assertThat(r[9]).isEqualTo("2020-01-05");
            assertThat(r[10]).isEqualTo("2020-06-10");
        });
    }

    private static String[] row(String person, String post) {
        return careers.stream().filter(r -> r[0].equals(person) && r[2].equals(post)).findFirst().orElseThrow(() -> new AssertionError(person + " " + post));
    }

    @Test
    void appointmentsAndRemovalsGiveTermsWithTheirPrecision() {
        // 任命 in a notice with no date of its own: the report's date, a day
        assertThat(row("郑秀兰", "福建省司法厅厅长")).containsSequence("2019-01-08", "", "date");
        // 出任 with 2016年5月 starts the post in that month; the notice's 免去 ends it on its day
        String[] removed = row("何建平", "福建省司法厅厅长");
        assertThat(removed[5]).isEqualTo("2016-05");
        assertThat(removed[6]).isEqualTo("2019-01-08");
        assertThat(removed[7]).isEqualTo("gYearMonth");
        // 曾任: a former post, known only to have ended before the report that recalls it
        String[] former = row("陈立言", "原浙江省委书记");
        assertThat(former[6]).isEmpty();
        assertThat(former[8]).isEqualTo("2018-03-22");
    }

    @Test
    void aRemovedHolderIsNoHolderAfterTheNoticeAndTheAppointeeIs() {
        String after = query("13-holders-on-date.rq", "post=福建省司法厅厅长", "onDate=2019-03-01");
        assertThat(after).contains("郑秀兰").doesNotContain("何建平");
        String before = query("13-holders-on-date.rq", "post=福建省司法厅厅长", "onDate=2018-06-01");
        assertThat(before).contains("何建平").doesNotContain("郑秀兰");
        // a start of 2016-05 (a month) holds on any day of that month, not before it
        assertThat(query("13-holders-on-date.rq", "post=福建省司法厅厅长", "onDate=2016-05-10")).contains("何建平");
        assertThat(query("13-holders-on-date.rq", "post=福建省司法厅厅长", "onDate=2016-04-30")).doesNotContain("何建平");
    }

    @Test
    void successionListsHoldersInOrder() {
        List<String> rows = query("15-succession.rq", "post=福建省司法厅厅长").lines().skip(1).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("何建平").contains("\"2016-05\"").contains("\"2019-01-08\"");
        assertThat(rows.get(1)).contains("郑秀兰");
        assertThat(query("15-succession.rq", "post=福建省司法厅厅长", "placeName=浙江省").lines().skip(1).toList()).isEmpty();
    }

    @Test
    void aProgramSpreadsFromItsPilotCounty() {
        String rows = query("14-program-adoption.rq");
        List<String> adoption = rows.lines().filter(l -> l.contains("邻里调解驿站")).toList();
        assertThat(adoption).isNotEmpty();
        assertThat(adoption.get(0)).as("the pilot comes first").contains("\"33\"").contains("2015-05-12").contains("pilot");
        assertThat(adoption.stream().filter(l -> l.contains("extended")).map(l -> l.split("\t")[1]).collect(Collectors.toSet()))
                .contains("\"32\"", "\"34\"", "\"36\"").doesNotContain("\"11\"");
        // the rollout sentence names no place: a row for the whole country, and the dateline's 北京 adopts nothing
        assertThat(adoption).filteredOn(l -> l.contains("nationwide")).singleElement()
                .satisfies(l -> assertThat(l.split("\t")[1]).isEqualTo("\"00\"")).satisfies(l -> assertThat(l).contains("2019-06-04"));
        // one row per place: the pilot county itself, not only its province
        assertThat(adoption).anyMatch(l -> l.contains("\"330521\"") && l.contains("pilot"));
        // a pilot in the dateline's own city: the sentence names the city again, so it adopts
        assertThat(rows.lines().filter(l -> l.contains("社区法律顾问")).toList())
                .as("the dateline's place named again in the sentence").singleElement()
                .satisfies(l -> assertThat(l).contains("\"62\"").contains("2018-09-10").contains("pilot"));
    }

    private static String query(String file, String... params) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            String[] args = new String[5 + 2 * params.length];
            int i = 0;
            args[i++] = "query";
            args[i++] = "--db";
            args[i++] = db.toString();
            args[i++] = "--format=tsv";
            for (String p : params) { args[i++] = "--param"; args[i++] = p; }
            args[i] = "queries/" + file;
            assertThat(Main.commandLine().execute(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
