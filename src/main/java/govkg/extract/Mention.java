package govkg.extract;

import java.util.Map;
import java.util.Set;

/**
 * One mention of an entity in an article.
 *
 * @param label    the name at its fullest as the text (and the gazetteer or lexicon) allows, e.g.
 *                 江苏省委政法委员会 for 江苏省委政法委
 * @param aliases  other forms seen or implied (short forms, abbreviations, quoted forms)
 * @param surface  the characters as they stand at {@code begin..end}
 * @param attrs    kind-specific attributes: {@code adminCode}, {@code adminLevel}, {@code docType},
 *                 {@code date}, {@code orgKind}, {@code programKind}, {@code parentCode} …
 */
public record Mention(
        EntityType type,
        String label,
        Set<String> aliases,
        String surface,
        int begin,
        int end,
        String extractor,
        double confidence,
        Map<String, String> attrs) implements Fact {

    public Mention {
        aliases = Set.copyOf(aliases);
        attrs = Map.copyOf(attrs);
    }

    public static Mention of(EntityType type, String label, String surface, int begin, int end,
                             String extractor, double confidence) {
        return new Mention(type, label, Set.of(), surface, begin, end, extractor, confidence, Map.of());
    }

    public String attr(String key) {
        return attrs.get(key);
    }

    public Mention withAttr(String key, String value) {
        var m = new java.util.HashMap<>(attrs);
        m.put(key, value);
        return new Mention(type, label, aliases, surface, begin, end, extractor, confidence, m);
    }

    public Mention withLabel(String newLabel, Set<String> moreAliases) {
        var a = new java.util.HashSet<>(aliases);
        a.addAll(moreAliases);
        if (!label.equals(newLabel)) a.add(label);
        a.remove(newLabel);
        return new Mention(type, newLabel, a, surface, begin, end, extractor, confidence, attrs);
    }

    /** The same mention standing as {@code newSurface} in the text (a listed item whose name its list completes). */
    public Mention withSurface(String newSurface) {
        return new Mention(type, label, aliases, newSurface, begin, end, extractor, confidence, attrs);
    }

    @Override public <R> R accept(Visitor<R> v) { return v.mention(this); }
}
