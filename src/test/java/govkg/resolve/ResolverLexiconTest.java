package govkg.resolve;

import govkg.lexicon.Lexicons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver's word lists read from the lexicon: central-body-starts.txt and org-reference-heads.txt. */
class ResolverLexiconTest {
    private static final ArticleResolver RESOLVER = new ArticleResolver(new IriMinter(IriMinter.DEFAULT_BASE), Lexicons.builtIn());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "中共中央宣传部, true",
            "国务院发展研究中心, true",
            "国家统计局, true",
            "最高人民检察院第三检察厅, true",
            "中央区人民法院, false",       // 中央区: a district, not the centre
            "国家级新区管委会, false",     // 国家级: a rank
            "江苏省公安厅, false",
            "全国妇联某分会, false",
    })
    void aBodyNamedLikeACentralOne(String name, boolean central) {
        assertThat(RESOLVER.namedLikeCentralBody(name)).isEqualTo(central);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "中共南山区委, 南山区委",
            "中国共产党南山区第三届委员会, 南山区委员会",
            "泉州市人民检察院, 泉州市检察院",
            "鼓楼区人民法院, 鼓楼区法院",
            "临夏市人民政府办公室, 临夏市政府办公室",
            // 中共 only at the start; 人民 stays outside the folded words
            "市委中共党史研究室, 市委中共党史研究室",
            "人民日报社, 人民日报社",
    })
    void anOrganizationsKeyFoldsWhatVariesBetweenItsForms(String name, String key) {
        assertThat(new OrganizationKeys(Lexicons.builtIn()).normalize(name)).isEqualTo(key);
    }

    @Test
    void aUserReferenceHeadReachesTheResolver() throws Exception {
        Path f = Files.createTempFile("heads", ".tsv");
        Files.writeString(f, "org-reference-head\t集团\ncentral-body-start\t全国总工会\n");
        ArticleResolver mine = new ArticleResolver(new IriMinter(IriMinter.DEFAULT_BASE), Lexicons.load(List.of(f)));
        assertThat(mine.namedLikeCentralBody("全国总工会办公厅")).isTrue();
        assertThat(RESOLVER.namedLikeCentralBody("全国总工会办公厅")).isFalse();
        Files.delete(f);
    }
}
