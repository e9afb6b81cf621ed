package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.nlp.Token;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers the text reports: 微网格3.9万个, 配备微网格员4.4万名, 履行率达100%, 压缩提速30%. The measure is
 * the noun right before the number (or before 达/为/超), cut after the clause's time words, verbs and
 * places; 万 and 亿 are multiplied out, and the subject is the last place mentioned earlier in the sentence.
 */
public final class StatisticExtractor implements Extractor {
    // The lookahead is what every match needs (a run of 2–12 Han characters, then a digit: the measure plus an
    // optional verb); it rejects most positions at once instead of trying every measure length (docs/benchmarks.md).
    // The measure, an optional verb, the number, 万 or 亿 (the multipliers of a written number, grammar), the unit;
    // the verbs and units are statistic-cues.txt's, built into the pattern once.
    private final Pattern number;

    /** Words that lead into a measure (全市, 新增) without being part of it. */
    private final Pattern measureLead;
    /** Head characters of a measure HanLP may tag as verbs (率, 量). */
    private final String measureHeads;

    public StatisticExtractor(Lexicons lex) {
        this.number = Pattern.compile("(?=\\p{IsHan}{2,12}+\\d)([\\p{IsHan}]{2,10}?)"
                + LexiconPatterns.alternation(lex.withValues(LexiconKind.STATISTIC_CUE, "verb", "lead-verb")) + "?(\\d+(?:\\.\\d+)?)(万|亿)?("
                + LexiconPatterns.alternation(lex.withValues(LexiconKind.STATISTIC_CUE, "unit")) + ")");
        this.measureLead = Pattern.compile("^" + LexiconPatterns.alternation(lex.withValues(LexiconKind.STATISTIC_CUE, "lead", "lead-verb")));
        this.measureHeads = String.join("", lex.withValues(LexiconKind.STATISTIC_CUE, "head"));
    }

    @Override public String name() { return "statistic"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PLACE); }
    @Override public Set<Layer> writes() { return Set.of(Layer.STATISTIC); }

    @Override
    public void extract(ArticleAnalysis a) {
        Matcher m = number.matcher(a.text());
        for (int at = 0; findBeforeDigit(m, a.text(), at); at = m.end()) {
            int from = measureStart(a, m.start(1), m.end(1));
            String measure = measureLead.matcher(a.text().substring(from, m.end(1))).replaceFirst("");
            if (measure.length() < 2 || measure.endsWith("年") || measure.endsWith("月") || !endsInNoun(a, m.end(1))) continue;
            BigDecimal v = new BigDecimal(m.group(2));
            if ("万".equals(m.group(3))) v = v.multiply(BigDecimal.valueOf(10_000));
            if ("亿".equals(m.group(3))) v = v.multiply(BigDecimal.valueOf(100_000_000));
            String unit = m.group(4);
            Mention subject = null;
            int s = m.start();
            while (s > 0 && "。！？\n".indexOf(a.text().charAt(s - 1)) < 0) s--;
            for (Mention p : a.mentions(EntityType.PLACE)) if (p.begin() >= s && p.end() <= from && p.attr("adminCode") != null) subject = p;
            a.add(new Statistic(measure, v.stripTrailingZeros(), unit, Optional.ofNullable(subject), a.text().substring(from, m.end()),
                    from, m.end(), name(), Confidence.WEAK_PATTERN));
        }
    }

    /** A measure is a thing counted: its last word is a noun (截至目前, 累计通过 end in a time word and a verb). */
    private boolean endsInNoun(ArticleAnalysis a, int end) {
        // 化解率, 办件量: rate and amount heads, which HanLP may tag as verbs (率/v)
        if (measureHeads.indexOf(a.text().charAt(end - 1)) >= 0) return true;
        Token last = a.tokenCovering(end - 1);
        if (last == null) return false;
        String n = last.nature();
        return n.startsWith("n") || n.equals("vn") || n.startsWith("g") || n.equals("an") || n.equals("b") || n.equals("j");
    }

    /**
     * What {@code m.find()} from {@code p} finds, trying only starts with a digit at most 24 characters
     * (12 code points) ahead, as every match of {@link #number} has; scanning every position was the
     * extractor's main cost (docs/benchmarks.md). Starts are tried in increasing order, so the match is
     * the leftmost one, as find's.
     */
    static boolean findBeforeDigit(Matcher m, String text, int p) {
        int next = p;   // the first start not tried yet
        for (int d = p + 2; d < text.length(); d++) {
            char c = text.charAt(d);
            if (c < '0' || c > '9') continue;
            // a match needs Han characters only, 2 to 12 of them, from its start to this digit: no earlier start can match
            int from = Math.max(next, hanRunStart(text, d, 12));
            for (int s = from; s <= d - 2; s++) {
                m.region(s, text.length());
                if (m.lookingAt()) return true;
            }
            next = Math.max(next, d - 1);
        }
        return false;
    }

    /**
     * The first position of the run of Han characters that ends right before {@code d}, at most {@code max} back;
     * {@code d - max} when a surrogate pair (a rare ideograph, which the regex counts as one character) is in the way.
     */
    private static int hanRunStart(String text, int d, int max) {
        int s = d;
        while (s > 0 && d - s < max) {
            char c = text.charAt(s - 1);
            if (Character.isSurrogate(c)) return Math.max(0, d - 2 * max);
            if (!TextScan.isHan(c)) break;
            s--;
        }
        return s;
    }

    /**
     * Where the measure starts inside [begin,end): after the last time word, verb, adverb, preposition,
     * conjunction, pronoun or place HanLP finds there (高新区今年新建调解室 → 调解室, 全市划分微网格 → 微网格),
     * as long as two characters remain (矛盾纠纷化解率 stays whole).
     */
    private static int measureStart(ArticleAnalysis a, int begin, int end) {
        int from = begin;
        for (Token t : a.tokens()) {
            if (t.begin() < begin || t.end() > end || end - t.end() < 2) continue;
            String n = t.nature();
            boolean clause = n.equals("v") || n.equals("vi") || n.equals("vshi") || n.equals("vyou") || n.equals("vf")
                    || n.startsWith("t") || n.equals("f") || n.startsWith("d") || n.equals("p") || n.startsWith("c")
                    || n.startsWith("r") || n.startsWith("ns");
            if (clause) from = Math.max(from, t.end());
        }
        for (Mention p : a.mentions(EntityType.PLACE)) if (p.begin() >= begin && p.end() <= end - 2) from = Math.max(from, p.end());
        return from;
    }
}
