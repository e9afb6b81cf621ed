package govkg.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimplifierTest {
    @Test
    void traditionalBecomesSimplifiedWithTheSameLength() {
        String t = "廣東省公安廳廳長陳國強出席會議並講話，強調資訊安全。";
        String s = Simplifier.toSimplified(t);
        assertThat(s).hasSameSizeAs(t).startsWith("广东省公安厅厅长陈国强出席会议并讲话");
        for (int i = 0; i < t.length(); i++)   // punctuation stays where it was
            if (Character.UnicodeScript.of(t.charAt(i)) != Character.UnicodeScript.HAN) assertThat(s.charAt(i)).isEqualTo(t.charAt(i));
    }

    @Test
    void simplifiedTextIsLeftAlone() {
        String s = "乾隆年间著名的书院，区委书记出席会议。后来于是开始。";
        assertThat(Simplifier.looksTraditional(s)).isFalse();
        assertThat(Simplifier.toSimplified(s)).isSameAs(s);
    }

    @Test
    void textWithoutHanIsLeftAlone() {
        assertThat(Simplifier.toSimplified("2023 👍 e\u0301\n")).isEqualTo("2023 👍 e\u0301\n");
    }

    @Test
    void theQuickCountNeverSkipsATextTheConverterWouldChange() {
        // mayBeTraditional only skips texts whose Han characters mostly cannot change; check it against the converter itself
        for (String t : new String[]{"廣東省公安廳廳長陳國強", "乾隆年间著名的书院", "發", "区委书记出席會議", "台灣", "资讯", "這個", "后来于是开始"}) {
            String converted = com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(t);
            if (!converted.equals(t)) assertThat(Simplifier.mayBeTraditional(t)).as(t).isTrue();
        }
        assertThat(Simplifier.mayBeTraditional("区委书记出席会议，强调安全。")).isFalse();
    }
}
