package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import govkg.lexicon.Lexicons;
import govkg.time.TimeValue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules behind the pictures, without a store: spans of posts, stages of sentences, the tile grid, the axis. */
class TimelineRulesTest {

    static TimeValue tv(String s) {
        return s == null || s.isEmpty() ? null : TimeValue.parse(s);
    }

    /** former, stated starts, stated ends, first seen, last seen, first report → from, to, how (none: undrawn). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "false | -            | -       | 2014-03-10 | 2016-06-20 | 2014-03-10 | 2014-03-10 | 2016-06-20 | 报道首见至末见",
            "false | 2013-11      | -       | 2014-03-10 | 2016-06-20 | 2014-03-10 | 2013-11-01 | 2016-06-20 | 文中所述起期，报道末见止",
            "false | 2013 2012-05 | 2017    | 2014-03-10 | 2016-06-20 | 2014-03-10 | 2012-05-01 | 2017-12-31 | 文中所述起止",
            "false | -            | 2017-02 | 2014-03-10 | 2016-06-20 | 2014-03-10 | 2014-03-10 | 2017-02-28 | 报道首见起，文中所述止期",
            "true  | -            | -       | -          | -          | 2018-03-22 | 2018-03-22 | 2018-03-22 | 报道称原职务，此前已卸任",
            "true  | -            | 2017-11 | -          | -          | 2018-03-22 | 2017-11-30 | 2017-11-30 | 文中所述止期，起期不详",
            "true  | 2012         | 2017    | -          | -          | 2018-03-22 | 2012-01-01 | 2017-12-31 | 文中所述起止",
            "false | -            | -       | -          | -          | -          | -          | -          | -",
            "true  | -            | -       | -          | -          | -          | -          | -          | -",
    })
    void aPostSpansItsStatedDatesElseItsSightings(boolean former, String starts, String ends, String first, String last,
                                                  String mentioned, String from, String to, String how) {
        CareerTimeline.Span s = CareerTimeline.span(former, starts, ends, tv(first), tv(last), tv(mentioned));
        if (from == null) {
            assertThat(s).isNull();
            return;
        }
        assertThat(s.from()).isEqualTo(LocalDate.parse(from));
        assertThat(s.to()).isEqualTo(LocalDate.parse(to));
        assertThat(s.how()).isEqualTo(how);
    }

    @Test
    void aFormerTitleSitsInTheLaneOfThePost() {
        assertThat(CareerTimeline.lane("原浙江省委书记")).isEqualTo("浙江省委书记");
        assertThat(CareerTimeline.lane("浙江省委书记")).isEqualTo("浙江省委书记");
        assertThat(CareerTimeline.lane("原")).isEqualTo("原");
    }

    /** Our own sentences: the furthest stage they state, or none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "青石县启动社区议事厅试点。 | pilot",
            "社区议事厅试点扩大到东川省和西岭省。 | extended",
            "会议要求推广青石县的做法。 | extended",
            "社区议事厅明年起在全国全面推行。 | nationwide",
            "省里对社区议事厅试点进行验收。 | evaluated",
            "青石县召开社区议事厅工作会议。 | mentioned",
            "全国人大代表到社区议事厅调研。 | mentioned",
    })
    void aSentenceStatesTheFurthestStageItNames(String sentence, String stage) {
        assertThat(new govkg.rdf.AdoptionStatements(Lexicons.builtIn()).stage(sentence)).isEqualTo(stage);
    }

    @Test
    void theTileGridHasEveryProvincialDivisionOnceAtItsOwnSquare() {
        List<ProvinceTileMap.Tile> tiles = ProvinceTileMap.TILES;
        assertThat(tiles).hasSize(35);                            // 34 provincial-level divisions and the whole country
        Set<String> codes = new HashSet<>(), squares = new HashSet<>();
        for (ProvinceTileMap.Tile t : tiles) {
            assertThat(codes.add(t.code())).as(t.code()).isTrue();
            assertThat(squares.add(t.col() + "," + t.row())).as(t.name()).isTrue();
            assertThat(t.code()).matches("\\d\\d");
        }
        assertThat(codes).contains("11", "33", "65", "81", "82", "71", "00");
    }

    @Test
    void yearsShareAClassOnlyWhenThereAreMoreThanTheColours() {
        assertThat(ProvinceTileMap.classes(List.of(2015, 2017))).extracting(c -> c[0] + "-" + c[1]).containsExactly("2015-2015", "2017-2017");
        List<int[]> many = ProvinceTileMap.classes(List.of(2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012));
        assertThat(many).hasSize(ProvinceTileMap.CLASSES);
        assertThat(many.get(0)).containsExactly(2001, 2002);
        assertThat(many.get(ProvinceTileMap.CLASSES - 1)).containsExactly(2011, 2012);
        assertThat(ProvinceTileMap.classOf(many, 2004)).isEqualTo(1);
        assertThat(ProvinceTileMap.colour(0, 2)).isNotEqualTo(ProvinceTileMap.colour(1, 2)).isNotEqualTo(ProvinceTileMap.NONE);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "12, 1", "13, 2", "25, 2", "26, 5", "64, 5", "65, 10", "300, 50"})
    void theAxisKeepsAboutADozenYearLabels(int years, int step) {
        assertThat(TimelineSvg.yearStep(years)).isEqualTo(step);
    }

    @Test
    void anEmptyTimelineIsNothingAndHiddenBarsAreCounted() {
        assertThat(TimelineSvg.render(List.of(), 0, "career", "x", "y", null)).isEmpty();
        TimelineSvg.Bar bar = new TimelineSvg.Bar(null, "<区长>", "/a?b&c", LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 1),
                "current", "2020-05-01", "区长 2020-05-01");
        String svg = TimelineSvg.render(List.of(bar), 3, "career", "x", "y", "#posts");
        assertThat(svg).contains("&lt;区长&gt;", "href=\"/a?b&amp;c\"", "<a href=\"#posts\">", "……还有 3 项", "width=\"5.0\"")
                .doesNotContain("<区长>");
    }
}
