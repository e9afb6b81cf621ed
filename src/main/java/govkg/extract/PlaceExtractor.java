package govkg.extract;

import govkg.gazetteer.Division;
import govkg.gazetteer.Gazetteer;
import govkg.gazetteer.PlaceContext;
import govkg.gazetteer.PlaceMention;
import govkg.gazetteer.PlaceResolver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places, linked to statistical division codes by the gazetteer's {@link PlaceResolver}: chains,
 * short forms, ambiguity decided by context (parent nearby, organization names, the dateline,
 * other places), and references (全区, 自治区) to the article's main place. An ambiguous name the
 * context does not decide stays unresolved (no code) — and is only kept when it carries a full
 * suffix, so a bare short form never becomes a place by guess.
 */
public final class PlaceExtractor implements Extractor {
    private final PlaceResolver resolver;

    public PlaceExtractor(Gazetteer gazetteer) {
        this.resolver = new PlaceResolver(gazetteer);
    }

    @Override public String name() { return "gazetteer"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.BYLINE); }
    @Override public Set<Layer> writes() { return Set.of(Layer.PLACE); }

    @Override
    public void extract(ArticleAnalysis a) {
        PlaceContext ctx = PlaceContext.dateline(a.article().datelinePlace().orElse(null));
        List<PlaceMention> found = resolver.resolve(a.text(), ctx);
        String masked = maskPersonNames(a, found);
        if (masked != null) found = resolver.resolve(masked, ctx);
        for (PlaceMention p : found) {
            Division d = p.division();
            if (d == null) {
                if (p.surface().length() < 3 || !UNRESOLVED_KEPT.matcher(p.surface()).find()) continue;
                a.add(new Mention(EntityType.PLACE, p.surface(), Set.of(), p.surface(), p.begin(), p.end(),
                        "gazetteer-unresolved", Math.min(p.confidence(), Confidence.RECOGNIZER), Map.of("evidence", p.evidence())));
                continue;
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("adminCode", d.code());
            attrs.put("adminLevel", d.level().name());
            attrs.put("evidence", p.evidence());
            Set<String> aliases = new HashSet<>(d.names());
            if (!p.isReference()) aliases.add(p.surface());
            String label = placeLabel(d);
            aliases.remove(label);
            a.add(new Mention(EntityType.PLACE, label, aliases, p.surface(), p.begin(), p.end(),
                    p.isReference() ? "place-reference" : name(), p.confidence(), attrs));
        }
    }

    private static final java.util.regex.Pattern UNRESOLVED_KEPT = java.util.regex.Pattern.compile("(市|区|县|街道|镇|乡|旗)\\z");
    private static final java.util.regex.Pattern DIVISION_END = java.util.regex.Pattern.compile("(省|市|县|区|州|盟|旗|镇|乡|街道|村|社区)$");

    /**
     * The text with people's names blanked when a place was found inside one (建华 in 王建华, 阳明 in the
     * byline 欧阳明), so neither the place nor a reference (全区) resolved through it survives; null when
     * no place sits in a name. A name is a byline person, or a HanLP person token (nr) holding a place
     * short form after its first character.
     */
    private static String maskPersonNames(ArticleAnalysis a, List<PlaceMention> found) {
        char[] c = null;
        for (PlaceMention p : found) {
            if (p.isReference()) continue;
            int from = -1, to = -1;
            for (Mention m : a.mentions(EntityType.PERSON)) {
                if (m.begin() < p.end() && p.begin() < m.end()) { from = m.begin(); to = m.end(); }
            }
            if (from < 0 && !DIVISION_END.matcher(p.surface()).find()) {
                for (var t : a.tokens()) {
                    if (t.isPersonName() && t.begin() < p.begin() && p.end() <= t.end()) { from = t.begin(); to = t.end(); }
                }
            }
            if (from < 0) continue;
            if (c == null) c = a.text().toCharArray();
            java.util.Arrays.fill(c, from, to, ' ');
        }
        return c == null ? null : new String(c);
    }

    /** 庐山社区居委会 names the committee; the place is 庐山社区. */
    public static String placeLabel(Division d) {
        String n = d.name();
        if (n.endsWith("社区居委会") || n.endsWith("社区居民委员会")) return n.substring(0, n.indexOf("社区") + 2);
        if (n.endsWith("村委会") || n.endsWith("村民委员会")) return n.substring(0, n.lastIndexOf("村") + 1);
        if (n.endsWith("街道办事处")) return n.substring(0, n.length() - 3);
        return n;
    }
}
