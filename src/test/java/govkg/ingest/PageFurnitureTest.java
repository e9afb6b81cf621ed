package govkg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Web page furniture (fields, controls, breadcrumbs) is never a headline; its 发布时间 dates the article. */
class PageFurnitureTest {
    /** line | furniture? */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            发布时间：2024-03-05 10:15　来源：县委政法委　浏览次数：321 | true
            【字体：大 中 小】　【打印】　【关闭】                        | true
            【打印本页】                                                  | true
            来源: 某县融媒体中心                                          | true
            首页 > 新闻中心 > 政法动态                                    | true
            当前位置：首页 > 工作动态                                     | true
            县委召开平安建设推进会                                        | false
            时间紧、任务重，各单位要抓紧落实                              | false
            首页工程建设有序推进                                          | false
            来源地管理办法出台                                            | false
            """)
    void furnitureLines(String line, boolean expected) {
        assertEquals(expected, PageFurniture.is(line.strip()));
    }

    @Test
    void theDateFieldGivesTheDate() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), PageFurniture.date("来源：区政府办　发布时间：2024-03-05 10:15"));
        assertEquals(Optional.empty(), PageFurniture.date("来源：区政府办　浏览次数：12"));
    }

    @Test
    void aWebPageOfArticlesTakesItsTitlesAndDatesFromTheRightLines() {
        String page = """
                首页 > 政务动态 > 政法工作

                甲县召开平安建设推进会
                发布时间：2024-03-05 10:15　来源：县委政法委　浏览次数：321
                【字体：大 中 小】

                3月4日，甲县召开平安建设推进会，部署今年的平安建设工作。

                会议要求各乡镇抓好落实。

                乙镇开展普法宣传活动
                发布时间：2024-02-20 16:40　来源：乙镇人民政府

                近日，乙镇在集市上开展普法宣传活动。
                """;
        List<Article> a = PageSplitter.split(TestTexts.source(page), Optional.of(LocalDate.of(2000, 1, 1)));
        assertEquals(List.of("甲县召开平安建设推进会", "乙镇开展普法宣传活动"), a.stream().map(Article::headline).toList());
        assertEquals(List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 2, 20)), a.stream().map(x -> x.date().orElseThrow()).toList(),
                "each article's own 发布时间 wins over --date");
    }

    @Test
    void aDateInTheFileNameWinsOverTheTextAndTheTextOverDashDashDate() {
        String page = "县里召开推进会\n发布时间：2024-03-05 10:15\n\n会议部署了工作。\n";
        SourceText named = new SourceText("2024-04-01-page.txt", null, page, java.nio.charset.StandardCharsets.UTF_8, "0");
        assertEquals(Optional.of(LocalDate.of(2024, 4, 1)), PageSplitter.split(named, Optional.of(LocalDate.of(2000, 1, 1))).get(0).date());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), PageSplitter.split(TestTexts.source(page), Optional.of(LocalDate.of(2000, 1, 1))).get(0).date());
        String bare = "县里召开推进会\n\n会议部署了工作。\n";
        assertEquals(Optional.of(LocalDate.of(2000, 1, 1)), PageSplitter.split(TestTexts.source(bare), Optional.of(LocalDate.of(2000, 1, 1))).get(0).date());
    }
}
