package govkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts over time (sentences written for these tests; reports dated 2023-03-27 as {@link govkg.ingest.TestTexts}
 * dates them): appointments and removals are posts with a start or an end, dated by their sentence, else by the
 * report; an end said after the name ends the posts stated with it; a former post ended before the report's date.
 */
class PostTermExtractorTest {

    /** What the posts of one person say of their terms: title, then start/end (or <D for "ended before D"), e.g. 市长 2019-03/. */
    private static String terms(Extracted x, String person) {
        return x.postsOf(person).stream()
                .map(p -> p.title() + " " + p.term().start().map(Object::toString).orElse("")
                        + "/" + p.term().end().map(Object::toString).orElse(p.term().endsBefore().map(v -> "<" + v).orElse("")))
                .distinct().sorted().collect(Collectors.joining("|"));
    }

    /** text; person; that person's posts with their terms, |-separated (empty: no post). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // appointments: the report's date when the sentence gives none, else the sentence's at its precision
            "省人大常委会任命张建华为省公安厅厅长。;张建华;省公安厅厅长 2023-03-27/",
            "2019年3月，王明当选为市长。;王明;市长 2019-03/",
            "3月5日，市人大常委会决定任命孙海涛为市财政局局长。;孙海涛;市财政局局长 2023-03-05/",
            "去年，赵文斌出任县长。;赵文斌;县长 2022/",
            "市长王志军昨天正式就任市委书记。;王志军;市委书记 2023-03-26/|市长 /",
            // a list of appointments, a list of titles
            "会议决定任命黄晓东为市交通运输局局长，林志强为市水利局局长。;林志强;市水利局局长 2023-03-27/",
            "会议任命黄晓东为市交通运输局局长、党组书记。;黄晓东;党组书记 2023-03-27/|市交通运输局局长 2023-03-27/",
            // removals: 免去X(同志)的Y(职务), lists of people, 不再担任, 辞去
            "免去李国强的省公安厅厅长职务。;李国强;省公安厅厅长 /2023-03-27",
            "免去钱学军、吴海波同志的市人民政府副市长职务。;吴海波;市人民政府副市长 /2023-03-27",
            "2022年12月，刘芳不再担任县委书记。;刘芳;县委书记 /2022-12",
            "何立平辞去市长职务。;何立平;市长 /2023-03-27",
            // 担任 holds a post; it starts only when the sentence dates it
            "郑洪涛担任市委常委。;郑洪涛;市委常委 /",
            "2018年，郑洪涛担任市委常委。;郑洪涛;市委常委 2018/",
            // an end said after the name ends the posts stated with it
            "县委书记周立新退休。;周立新;县委书记 /2023-03-27",
            "市公安局原局长吴建设涉嫌严重违纪违法，目前正接受纪律审查和监察调查。;吴建设;市公安局原局长 /<2023-03-27",
            // a former post ended before the report's date
            "原市委书记郑国华出席。;郑国华;原市委书记 /<2023-03-27",
            // not yet, and no posts at all
            "王海军将出任市长。;王海军;",
            "县委书记周立新即将退休。;周立新;县委书记 /",
            "我们推进任命制度改革，免去群众的办事费用。;群众;",
            "退休干部刘德明参加活动。;刘德明;",
            // who appoints holds no post by it; 连任 joins the cue and the title
            "总统李明浩任命金志勋为总理。;李明浩;总统 /",
            "2018年3月，赵文斌当选连任市长。;赵文斌;市长 2018-03/",
    })
    void termsOfPosts(String text, String person, String expected) {
        Extracted x = Extracted.from(text);
        assertThat(terms(x, person)).as(text).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void anAppointmentNoticeNamesNoPostsForFees() {
        Extracted x = Extracted.from("推进任命制度改革，免去群众的办事费用，免去企业的年检费用。");
        assertThat(x.posts()).isEmpty();
    }

    @Test
    void theBodyOfTheTitleIsThePostsOrganization() {
        Extracted x = Extracted.from("省人大常委会任命张建华为省公安厅厅长。");
        List<PostHolding> posts = x.postsOf("张建华");
        assertThat(posts).isNotEmpty();
        assertThat(posts.get(0).organization()).isPresent();
        assertThat(posts.get(0).organization().get().surface()).isEqualTo("省公安厅");
    }
}
