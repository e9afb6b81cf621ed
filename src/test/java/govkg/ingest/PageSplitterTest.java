package govkg.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageSplitterTest {
    static final String PAGE = """
            2023年4月13日 星期四

            兰州新区推进矛盾纠纷多元化解
            本报兰州4月12日电 记者 孙雨桐
            4月11日，兰州新区召开矛盾纠纷多元化解工作推进会，对下一阶段工作作出安排部署。
            会议指出，要坚持和发展新时代“枫桥经验”，把矛盾化解在基层。
            强化源头治理
            会议要求，各街道要建立健全排查机制，做到早发现、早报告、早处置。
            会议指出，要坚持和发展新时代“枫桥经验”，把矛盾化解在基层。

            天水开展普法宣传进社区活动
            本报讯 记者 何嘉怡 李沐阳
            近日，天水市司法局组织普法志愿者走进社区，向居民讲解法律知识。
            活动现场发放宣传资料两千余份，解答群众咨询一百余人次。
            通讯员 陶安然 摄

            武威警方破获一起电信诈骗案
            本报记者 岳思源
            日前，武威市公安局凉州分局成功破获一起电信网络诈骗案件，抓获犯罪嫌疑人3名。
            该局提醒广大群众提高防范意识，不要轻信陌生来电。
            """;

    static List<Article> page() {
        return TestTexts.page(PAGE);
    }

    static List<String> names(Article a, Byline.Role role) {
        return a.bylines().stream().filter(b -> b.role() == role).map(Byline::name).toList();
    }

    @Test
    void aPageOfThreeArticlesWithHeadlines() {
        assertThat(page()).extracting(Article::headline)
                .containsExactly("兰州新区推进矛盾纠纷多元化解", "天水开展普法宣传进社区活动", "武威警方破获一起电信诈骗案");
        assertThat(page()).extracting(Article::index).containsExactly(0, 1, 2);
    }

    @Test
    void theDateLineAtTheTopIsNoArticle() {
        assertThat(page().get(0).text()).doesNotContain("星期四");
    }

    @Test
    void datelineWithPlaceAndDateResolvedAgainstThePageDate() {
        Article a = page().get(0);
        assertThat(a.datelinePlace()).contains("兰州");
        assertThat(a.date()).contains(LocalDate.of(2023, 4, 12));
        assertThat(names(a, Byline.Role.REPORTER)).containsExactly("孙雨桐");
    }

    @Test
    void articlesWithoutADatelineTakeThePageDate() {
        assertThat(page().get(1).date()).contains(LocalDate.of(2023, 4, 13));
        assertThat(page().get(1).datelinePlace()).isEmpty();
    }

    @Test
    void reporterAfterBenbaoxun() {
        assertThat(names(page().get(1), Byline.Role.REPORTER)).containsExactly("何嘉怡", "李沐阳");
    }

    @Test
    void benbaoJizheWithOneName() {
        assertThat(names(page().get(2), Byline.Role.REPORTER)).containsExactly("岳思源");
    }

    @Test
    void photoCreditStaysWithItsArticle() {
        Article a = page().get(1);
        assertThat(names(a, Byline.Role.PHOTOGRAPHER)).containsExactly("陶安然");
        assertThat(a.text()).endsWith("摄");
    }

    @Test
    void subHeadingStaysInsideTheArticle() {
        Article a = page().get(0);
        assertThat(a.text()).contains("强化源头治理").contains("早处置");
        assertThat(page()).noneMatch(x -> x.headline().contains("强化源头治理"));
    }

    @Test
    void aParagraphPrintedTwiceIsARepeat() {
        Article a = page().get(0);
        assertThat(a.repeats()).hasSize(1);
        Article.Span s = a.repeats().get(0);
        assertThat(a.text().substring(s.begin(), s.end())).isEqualTo("会议指出，要坚持和发展新时代“枫桥经验”，把矛盾化解在基层。");
        // the first printing is kept, the second blanked
        assertThat(a.text().indexOf("会议指出")).isLessThan(s.begin());
        assertThat(a.textForExtraction()).hasSameSizeAs(a.text());
        assertThat(a.textForExtraction().split("会议指出", -1)).hasSize(2);
    }

    @Test
    void noRepeatsWhenEveryParagraphIsNew() {
        assertThat(page().get(1).repeats()).isEmpty();
        assertThat(page().get(2).repeats()).isEmpty();
    }

    @Test
    void spansMapBackToTheSource() {
        for (Article a : page()) {
            assertThat(PAGE.substring(a.begin(), a.end())).isEqualTo(a.text());
            for (Byline b : a.bylines()) assertThat(PAGE.substring(a.toSourceOffset(b.begin()), a.toSourceOffset(b.end()))).isEqualTo(b.name());
        }
    }

    @Test
    void continuationFromAnotherPage() {
        List<Article> arts = TestTexts.page("上接第一版\n各地要压实责任，确保各项措施落地见效。\n据悉，下一步将持续开展专项督导。\n");
        assertThat(arts).hasSize(1);
        assertThat(arts.get(0).continuation()).isTrue();
        assertThat(arts.get(0).text()).contains("落地见效");
    }

    @Test
    void ordinaryArticleIsNoContinuation() {
        assertThat(page()).noneMatch(Article::continuation);
    }

    @Test
    void continuedToAtTheEndOfTheBodyKeepsOneArticle() {
        List<Article> arts = TestTexts.page("平凉推进诉源治理\n本报讯 记者 杜可欣\n近日，平凉市召开诉源治理推进会，部署下一阶段工作。\n会议强调，要把非诉讼纠纷解决机制挺在前面。（下转第三版）\n");
        assertThat(arts).hasSize(1);
        assertThat(arts.get(0).headline()).isEqualTo("平凉推进诉源治理");
        assertThat(arts.get(0).continuation()).isFalse();
    }

    @Test
    void correspondentAfterReporter() {
        Article a = TestTexts.article("甘南推进平安创建\n本报讯 记者 孙雨桐 通讯员 欧阳明\n近日，合作市召开平安创建推进会。\n");
        assertThat(names(a, Byline.Role.REPORTER)).containsExactly("孙雨桐");
        assertThat(names(a, Byline.Role.CORRESPONDENT)).containsExactly("欧阳明");
    }

    @Test
    void benbaoJizheWithTwoNamesOnAPage() {
        Article a = TestTexts.article("定西推进诉源治理\n本报记者 杜可欣 鲁清和\n近日，定西市召开诉源治理推进会。\n");
        assertThat(names(a, Byline.Role.REPORTER)).containsExactly("杜可欣", "鲁清和");
        assertThat(a.headline()).isEqualTo("定西推进诉源治理");
    }

    @Test
    void correspondentAloneOnAPage() {
        Article a = TestTexts.article("临夏开展法律咨询活动\n通讯员 闻一舟\n近日，临夏州司法局组织律师走进乡村。\n");
        assertThat(names(a, Byline.Role.CORRESPONDENT)).containsExactly("闻一舟");
    }

    @Test
    void bodyParagraphOpeningWithJizheIsNoCredit() {
        List<Article> arts = TestTexts.page("白银强化节日安保\n本报讯 记者 孙雨桐\n记者从市公安局获悉，节日期间全市治安平稳有序。\n各派出所加强夜间巡逻防控。\n");
        assertThat(arts).hasSize(1);
        assertThat(arts.get(0).bylines()).extracting(Byline::name).containsExactly("孙雨桐");
    }

    @Test
    void fileNameDateIsThePageDate() {
        SourceText src = new SourceText("2023-05-06/page1.txt", null, "标题\n正文段落。\n", java.nio.charset.StandardCharsets.UTF_8, "0");
        assertThat(PageSplitter.split(src, java.util.Optional.empty()).get(0).date()).contains(LocalDate.of(2023, 5, 6));
    }

    @Test
    void anEndlessLineIsCutAtSentenceEndsIntoPartsThatKeepTheirOffsets() {
        String text = "标题\n" + "区委召开会议，研究基层治理工作。".repeat(3_000) + "\n";
        SourceText src = new SourceText("long.txt", null, text, java.nio.charset.StandardCharsets.UTF_8, "0");
        List<Article> parts = PageSplitter.split(src, java.util.Optional.empty());
        assertThat(parts).hasSizeGreaterThan(2);
        for (int i = 0; i < parts.size(); i++) {
            Article a = parts.get(i);
            assertThat(a.index()).isEqualTo(i);
            assertThat(a.text().length()).isLessThanOrEqualTo(PageSplitter.MAX_ARTICLE_CHARS);
            assertThat(text.substring(a.begin(), a.end())).isEqualTo(a.text());
            if (i < parts.size() - 1) assertThat(a.text()).endsWith("。");
        }
    }
}
