package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pictures over time as HTML, without a browser, over samples/careers in a real store and server: a person's
 * career (one bar per membership, under every IRI of the person), an organization's holders, a program's adoption
 * timeline and province map, a report's date; every link in the pictures answers 200. The counts are the store's,
 * asked independently of the pages' own queries.
 */
class TimelinePagesTest {
    static CareersFixture fx;

    @BeforeAll
    static void up() {
        fx = CareersFixture.get();
    }

    /** The part of a page from the opening tag with this class to its figure's end. */
    static String figure(String html, String cssClass) {
        int i = html.indexOf("<figure class=\"" + cssClass + "\"");
        assertThat(i).as("figure " + cssClass).isGreaterThanOrEqualTo(0);
        return html.substring(i, html.indexOf("</figure>", i));
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1))
            n++;
        return n;
    }

    static List<String> hrefs(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(s);
        while (m.find())
            out.add(m.group(1).replace("&amp;", "&"));
        return out;
    }

    /** 陈立言 as the store has him: the IRI the others are owl:sameAs to. */
    static Node chenLiyan() {
        return CareersFixture.get().select("SELECT DISTINCT ?s WHERE { ?s a gov:Person ; rdfs:label ?l FILTER(STR(?l) = \"陈立言\") "
                + "FILTER NOT EXISTS { ?s owl:sameAs ?c } }").get(0).get("s");
    }

    static long count(String query) {
        return ((Number) CareersFixture.get().select(query).get(0).get("n").getLiteralValue()).longValue();
    }

    @Test
    void personPageDrawsOneBarPerMembershipOfEveryIriOfThePerson() {
        Node p = chenLiyan();
        long memberships = count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { { ?m org:member <" + p.getURI() + "> } UNION "
                + "{ ?h owl:sameAs <" + p.getURI() + "> . ?m org:member ?h } }");
        assertThat(memberships).as("the sample's career").isGreaterThanOrEqualTo(3);
        String fig = figure(fx.get(fx.page(p)).body(), "timeline career");
        assertThat(count(fig, "class=\"tl-row")).isEqualTo(memberships);
        assertThat(fig).contains("国务院副总理", "浙江省委书记", "2016-06-20", "2018-03-22", "<title>");
        assertThat(count(fig, "tl-row former")).as("原浙江省委书记 drawn as a former post").isEqualTo(1);
        assertThat(count(fig, "class=\"tl-year\"")).as("a tick a year, 2014 to 2019").isEqualTo(6);
        // the same career from an IRI joined to him
        List<Node> others = fx.select("SELECT ?h WHERE { ?h owl:sameAs <" + p.getURI() + "> }").stream().map(r -> r.get("h")).toList();
        if (!others.isEmpty())
            assertThat(count(figure(fx.get(fx.page(others.get(0))).body(), "timeline career"), "class=\"tl-row")).isEqualTo(memberships);
    }

    @Test
    void namesakesKeepTheirOwnCareers() {
        List<Node> zhou = fx.select("SELECT DISTINCT ?s WHERE { ?s a gov:Person ; rdfs:label ?l FILTER(STR(?l) = \"周明远\") "
                + "FILTER NOT EXISTS { ?s owl:sameAs ?c } }").stream().map(r -> r.get("s")).toList();
        assertThat(zhou).hasSize(2);
        Set<String> careers = new LinkedHashSet<>();
        for (Node z : zhou) {
            String fig = figure(fx.get(fx.page(z)).body(), "timeline career");
            // one bar per membership of this person (the Xiamen one is also named in a later notice), none of the other's
            long own = count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m org:member ?h . { BIND(<" + z.getURI() + "> AS ?h) } UNION { ?h owl:sameAs <" + z.getURI() + "> } }");
            assertThat(count(fig, "class=\"tl-row")).isEqualTo(own);
            assertThat(fig.contains("兰州") ^ fig.contains("厦门")).as("one namesake's places only").isTrue();
            careers.add(fig.contains("兰州") ? "兰州" : fig.contains("厦门") ? "厦门" : "?");
        }
        assertThat(careers).containsExactlyInAnyOrder("兰州", "厦门");
    }

    @Test
    void organizationPageHasALanePerTitleAndABarPerHolder() {
        Node org = fx.one("gov:Organization", "中共浙江省委");
        long memberships = count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m org:organization <" + org.getURI() + "> ; org:member ?h }");
        String fig = figure(fx.get(fx.page(org)).body(), "timeline holders");
        assertThat(count(fig, "class=\"tl-row")).isEqualTo(memberships);
        assertThat(fig).contains("class=\"tl-lane\">浙江省委书记<", "陈立言");
        assertThat(hrefs(fig)).allMatch(h -> h.startsWith("/person/"));
    }

    @Test
    void programPageShowsAdoptionInOrderAndAProvinceMap() {
        Node program = fx.one("gov:Program", "邻里调解驿站试点");
        long places = count("""
                SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {
                  ?pm itsrdf:taIdentRef <%s> ; gov:sentence ?s ; gov:inReport ?r . ?r schema:datePublished ?d .
                  ?lm itsrdf:taIdentRef ?place ; gov:sentence ?s ; gov:inReport ?r . ?place gov:adminCode ?code .
                  FILTER(NOT EXISTS { ?r gov:datelinePlace ?place } || EXISTS { ?o gov:sentence ?s ; gov:inReport ?r ; itsrdf:taIdentRef ?place FILTER(?o != ?lm) }) }""".formatted(program.getURI()));
        String html = fx.get(fx.page(program)).body();
        String timeline = figure(html, "timeline adoption");
        int rows = count(timeline, "class=\"tl-row");
        assertThat(rows - count(timeline, ">全国<")).isEqualTo(places);
        int pilot = timeline.indexOf("tl-row stage-pilot"), extended = timeline.indexOf("tl-row stage-extended");
        assertThat(pilot).as("a pilot row").isGreaterThanOrEqualTo(0);
        assertThat(extended).as("the pilot before the extension").isGreaterThan(pilot);
        assertThat(timeline).contains("浙江省", "2015-05-12", "试点", "江苏省", "2017-09-03", "推广")
                .as("the pilot county, named again after its own dateline").contains("德清县：首次报道 2015-05-12（试点）")
                .as("a dateline alone adopts nothing").doesNotContain("北京市：");

        String map = figure(html, "tilemap");
        assertThat(count(map, "class=\"tile ")).isEqualTo(ProvinceTileMap.TILES.size());
        assertThat(fill(map, "33")).as("Zhejiang first adopted").isNotEqualTo(ProvinceTileMap.NONE);
        assertThat(fill(map, "33")).as("2015 and 2017 in different classes").isNotEqualTo(fill(map, "32"));
        assertThat(fill(map, "11")).as("Beijing never adopted").isEqualTo(ProvinceTileMap.NONE);
        assertThat(map).contains("浙江省：首次报道 2015-05-12", "北京市：无报道", ">2015<", ">2017<");
    }

    /** The fill of a province's tile in the map's SVG. */
    static String fill(String map, String code) {
        Matcher m = Pattern.compile("data-code=\"" + code + "\"><title>[^<]*</title><rect [^>]*fill=\"([^\"]+)\"").matcher(map);
        assertThat(m.find()).as("tile " + code).isTrue();
        return m.group(1);
    }

    @Test
    void reportPageAndBrowsePageShowTheDate() {
        Node report = fx.select("SELECT ?r WHERE { ?r a gov:Report ; schema:datePublished ?d FILTER(STR(?d) = \"2015-05-12\") }").get(0).get("r");
        assertThat(fx.get(fx.page(report)).body()).contains("<p class=\"date\">发布日期 <time datetime=\"2015-05-12\">2015-05-12</time>");
        assertThat(fx.get(fx.url("browse/reports")).body()).contains("<time>2015-05-12</time>", "<time>2019-06-04</time>");
        String search = fx.get(fx.url("search?q=" + java.net.URLEncoder.encode("试点扩大到三省", java.nio.charset.StandardCharsets.UTF_8))).body();
        assertThat(search).contains("<time>2017-09-03</time>");
        // a post's evidence names its report with the report's date
        assertThat(fx.get(fx.page(chenLiyan())).body()).containsPattern("<td class=\"evidence\">.*<time>20\\d\\d-\\d\\d-\\d\\d</time>");
    }

    @Test
    void everyLinkInThePicturesAnswers() {
        Set<String> links = new LinkedHashSet<>();
        String person = fx.get(fx.page(chenLiyan())).body();
        links.addAll(hrefs(figure(person, "timeline career")));
        String program = fx.get(fx.page(fx.one("gov:Program", "邻里调解驿站试点"))).body();
        links.addAll(hrefs(figure(program, "timeline adoption")));
        links.addAll(hrefs(figure(program, "tilemap")));
        links.addAll(hrefs(figure(fx.get(fx.page(fx.one("gov:Organization", "中共浙江省委"))).body(), "timeline holders")));
        assertThat(links).hasSizeGreaterThan(5);
        for (String href : links)
            assertThat(fx.get(fx.url(href)).statusCode()).as(href).isEqualTo(200);
    }
}
