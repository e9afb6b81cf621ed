package govkg.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void tagsScriptsAndStylesAreStripped() {
        String html = "<html><head><title>站点</title><style>p{color:red}</style></head><body>"
                + "<script>var x = '<p>不要</p>';</script><!-- 注释 --><p>武威市<b>公安局</b>召开会议。</p></body></html>";
        String text = HtmlText.toText(html);
        assertThat(text).contains("武威市公安局召开会议。");
        assertThat(text).doesNotContain("var x", "不要", "注释", "color", "站点", "<", ">");
    }

    @Test
    void blockElementsBecomeLines() {
        String text = HtmlText.toText("<h1>天水推进基层治理</h1><div>第一段。</div><p>第二段。<br>第三段。</p><ul><li>一</li><li>二</li></ul>");
        assertThat(text.lines().filter(l -> !l.isBlank())).containsExactly("天水推进基层治理", "第一段。", "第二段。", "第三段。", "一", "二");
    }

    @Test
    void inlineElementsDoNotBreakLines() {
        assertThat(HtmlText.toText("<p>区委<span>政法委</span><a href=\"#\">书记</a></p>").strip()).isEqualTo("区委政法委书记");
    }

    @Test
    void entitiesAreDecoded() {
        String text = HtmlText.toText("<p>&ldquo;枫桥经验&rdquo;&nbsp;&amp;&lt;治理&gt; &#20844;&#x5B89;</p>");
        assertThat(text.strip()).isEqualTo("“枫桥经验” &<治理> 公安");
    }

    @Test
    void unknownEntitiesAreLeftAlone() {
        assertThat(HtmlText.toText("<p>A &foo; B</p>").strip()).isEqualTo("A &foo; B");
    }

    @Test
    void blankLineRunsCollapse() {
        assertThat(HtmlText.toText("<p>甲</p><p></p><p></p><p></p><p>乙</p>")).doesNotContain("\n\n\n");
    }
}
