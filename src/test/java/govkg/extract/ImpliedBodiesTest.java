package govkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The body a bare national title implies (national-office-titles.txt), on sentences we wrote. */
class ImpliedBodiesTest {

    /** text | holder | title | the implied body's label, or "-" for none */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "赵明阳总书记在会上发表重要讲话。|赵明阳|总书记|中国共产党中央委员会",
            "会议由钱立新委员长主持。|钱立新|委员长|全国人民代表大会常务委员会",
            "国务委员孙建华陪同参观。|孙建华|国务委员|国务院",
            "国家副主席周立民出席开幕式。|周立民|国家副主席|中华人民共和国",
            // a foreign holder keeps no body: a country right before the name, a transliterated name
            "越南阮文强总书记会见代表团。|阮文强|总书记|-",
            "卡苏巴总书记会见代表团。|卡苏巴|总书记|-",
            // a fuller title of the holder decides (the resolver reads the bare one as it)
            "老挝人民革命党中央总书记宋巴坦会见代表团，宋巴坦总书记表示欢迎。|宋巴坦|总书记|-",
            // a title that is not a national office by itself gets no body
            "王建国书记主持会议。|王建国|书记|-",
    })
    void implied(String text, String holder, String title, String body) {
        Extracted x = Extracted.from(text);
        var posts = x.postsOf(holder).stream().filter(p -> p.title().equals(title)).toList();
        if (body.equals("-")) {
            assertThat(posts).allSatisfy(p -> assertThat(p.organization()).isEmpty());
            return;
        }
        assertThat(posts).as(text).isNotEmpty();
        assertThat(posts).allSatisfy(p -> assertThat(p.organization().map(Mention::label)).contains(body));
        // implied, not named: the body is no mention of the text
        assertThat(x.labels(EntityType.ORGANIZATION)).doesNotContain(body);
    }
}
