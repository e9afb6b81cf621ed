package govkg.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builds articles from invented text for unit tests. Page date 2023-03-27 unless the text gives one. */
public final class TestTexts {
    public static final LocalDate PAGE_DATE = LocalDate.of(2023, 3, 27);

    private TestTexts() {}

    public static SourceText source(String text) {
        return new SourceText("t.txt", null, text, StandardCharsets.UTF_8, "0");
    }

    public static List<Article> page(String text) {
        return PageSplitter.split(source(text), Optional.of(PAGE_DATE));
    }

    /** The text as one article (the first the splitter cuts). */
    public static Article article(String text) {
        return page(text).get(0);
    }
}
