package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A post's beginning or end where the text states it; the report is of 2023-03-27 (TestTexts). */
class PostTermExtractorTest {
    /** text | title | from ("-" none) | to ("-" none); "none" in both: no term at all */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3月20日，县人大常委会会议决定，免去县司法局局长李华的职务。 | 县司法局局长 | -          | 2023-03-20
            会议决定，免去县司法局局长李华的职务。                   | 县司法局局长 | -          | 2023-03-27
            去年12月，县公安局局长张明退休。                         | 县公安局局长 | -          | 2022-12
            原县公安局局长赵强出席会议。                             | 县公安局局长 | none       | none
            县委书记张明出席会议并讲话。                             | 县委书记     | none       | none
            任命县公安局副局长张明为局长。                           | 县公安局副局长 | none     | none
            """)
    void terms(String text, String title, String from, String to) {
        Extracted x = Extracted.from(text);
        List<PostTerm> terms = x.facts.stream().filter(f -> f instanceof PostTerm).map(f -> (PostTerm) f)
                .filter(t -> t.post().title().endsWith(title) || title.endsWith(t.post().title())).toList();
        if (from.equals("none")) {
            assertThat(terms).isEmpty();
            return;
        }
        assertThat(terms).as("posts: %s", x.facts.stream().filter(f -> f instanceof PostHolding).toList()).singleElement().satisfies(t -> {
            assertThat(t.from().map(v -> v.lexical()).orElse("-")).isEqualTo(from);
            assertThat(t.to().map(v -> v.lexical()).orElse("-")).isEqualTo(to);
        });
    }
}
