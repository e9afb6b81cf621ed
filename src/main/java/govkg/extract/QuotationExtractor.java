package govkg.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations with their speaker: “…。”X介绍/表示/说, where X is a person or organization mentioned
 * right after the closing mark (possibly after a title or 相关负责人).
 */
public final class QuotationExtractor implements Extractor {
    private static final Pattern QUOTE = Pattern.compile("“([^“”]{8,400}[。！？…])”");
    private static final Pattern SAYS = Pattern.compile("^[^，。“”]{0,30}?(介绍|表示|说|指出|强调|感慨地说|告诉记者)");

    @Override public String name() { return "quotation"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PERSON, Layer.ORGANIZATION); }
    @Override public Set<Layer> writes() { return Set.of(Layer.QUOTATION); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            int after = m.end();
            Matcher says = SAYS.matcher(text.substring(after, Math.min(text.length(), after + 40)));
            if (!says.find()) continue;
            int limit = after + says.start(1);
            Mention speaker = null;
            for (EntityType t : new EntityType[]{EntityType.PERSON, EntityType.ORGANIZATION}) {
                for (Mention p : a.mentions(t)) if (p.begin() >= after && p.end() <= limit) { speaker = p; break; }
                if (speaker != null) break;
            }
            if (speaker == null) continue;
            a.add(new Quotation(speaker, m.group(1), m.start(), limit, name(), Confidence.WEAK_PATTERN));
        }
    }
}
