package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A place's head of government holds the post in the place's people's government, which the title implies but does
 * not name (lexicon government-head). Sentences and names are our own.
 */
class GovernmentHeadTest {
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # sentence                                   | holder | organization of the post
            厦门市副市长王明阳出席会议。                      | 王明阳 | 厦门市人民政府
            福建省省长赵平安到企业调研。                      | 赵平安 | 福建省人民政府
            湖南省常务副省长钱卫东主持会议。                  | 钱卫东 | 湖南省人民政府
            厦门市思明区区长钱一鸣介绍情况。                  | 钱一鸣 | 思明区人民政府
            浙江省湖州市德清县县长许文远讲话。                | 许文远 | 德清县人民政府
            广西壮族自治区主席韦明康出席开幕式。              | 韦明康 | 广西壮族自治区人民政府
            # a head of another level than the place's: no government is implied
            福建省市长座谈会上，代表李晓林发言。              | 李晓林 | none
            # a chairman of a province is no head of its government
            福建省主席团成员孙立明发言。                      | 孙立明 | none
            """)
    void aPlaceHeadHoldsThePostInThePlacesGovernment(String sentence, String holder, String organization) {
        Extracted x = Extracted.from(sentence);
        var posts = x.postsOf(holder);
        if (organization == null) {
            assertThat(posts).extracting(PersonPostExtractorTest::orgOf).doesNotContain("福建省人民政府");
        } else {
            assertThat(posts).extracting(PersonPostExtractorTest::orgOf).contains(organization);
        }
    }
}
