package govkg.extract;

import govkg.gazetteer.AdminLevel;
import govkg.gazetteer.Division;
import govkg.gazetteer.LevelUnits;
import govkg.gazetteer.Gazetteer;
import govkg.gazetteer.PlaceContext;
import govkg.gazetteer.PlaceMention;
import govkg.gazetteer.PlaceResolver;
import govkg.gazetteer.Words;
import govkg.gazetteer.WorldPlaces;
import govkg.lexicon.Lexicons;
import govkg.nlp.Token;

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
    private final WorldPlaces world;

    /** Units of a city, county or township (level-units.txt): an unresolved span ending in one is kept as a place. */
    private final List<String> unresolvedKept;
    /** Units of every level: a span ending in one is a division's full name, not a piece of a person's name. */
    private final List<String> divisionEnds;

    public PlaceExtractor(Gazetteer gazetteer, Lexicons lex) {
        this.resolver = new PlaceResolver(gazetteer, lex);
        this.world = new WorldPlaces(lex);
        LevelUnits units = new LevelUnits(lex);
        this.unresolvedKept = units.units(AdminLevel.CITY, AdminLevel.TOWNSHIP);
        this.divisionEnds = units.units(AdminLevel.PROVINCE, AdminLevel.VILLAGE);
    }

    private static boolean endsWithAny(String s, List<String> ends) {
        for (String e : ends) if (s.endsWith(e)) return true;
        return false;
    }

    @Override public String name() { return "gazetteer"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.BYLINE); }
    @Override public Set<Layer> writes() { return Set.of(Layer.PLACE); }

    @Override
    public void extract(ArticleAnalysis a) {
        PlaceContext ctx = PlaceContext.dateline(a.article().datelinePlace().orElse(null));
        Words words = words(a);
        List<PlaceMention> found = resolver.resolve(a.text(), ctx, words);
        String masked = maskPersonNames(a, found);
        if (masked != null) found = resolver.resolve(masked, ctx, words);
        for (PlaceMention p : found) {
            Division d = p.division();
            if (d == null) {
                if (p.surface().length() < 3 || !endsWithAny(p.surface(), unresolvedKept)) continue;
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
        addWorldPlaces(a, words, found);
    }

    /**
     * Countries and major cities abroad (lexicon kinds country, world-city): places with the ISO 3166-1 code of
     * their country (attribute countryCode) and no division code, so they never stand for a Chinese division.
     */
    private void addWorldPlaces(ArticleAnalysis a, Words words, List<PlaceMention> chinese) {
        for (WorldPlaces.Found f : world.find(a.text(), words, chinese)) {
            if (a.overlaps(f.begin(), f.end(), EntityType.PERSON)) continue;
            Set<String> aliases = new HashSet<>(f.otherNames());
            aliases.add(f.surface());
            aliases.remove(f.name());
            a.add(new Mention(EntityType.PLACE, f.name(), aliases, f.surface(), f.begin(), f.end(), "world-place",
                    Confidence.PATTERN, Map.of("countryCode", f.countryCode(), "placeKind", f.city() ? "city" : "country")));
        }
    }

    /** HanLP's words of the article, so that no place name cuts one (和|县级 gives no 和县). */
    static Words words(ArticleAnalysis a) {
        List<Token> t = a.tokens();
        int[] b = new int[t.size()], e = new int[t.size()];
        String[] n = new String[t.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = t.get(i).begin();
            e[i] = t.get(i).end();
            n[i] = t.get(i).nature();
        }
        return Words.of(a.text().length(), b, e, n);
    }


    /**
     * The text with people's names blanked when a place was found inside one (建华 in 王建华, 阳明 in the
     * byline 欧阳明), so neither the place nor a reference (全区) resolved through it survives; null when
     * no place sits in a name. A name is a byline person, or a HanLP person token (nr) holding a place
     * short form after its first character.
     */
    private String maskPersonNames(ArticleAnalysis a, List<PlaceMention> found) {
        char[] c = null;
        Set<String> names = new HashSet<>();
        for (Token t : a.tokens()) if (t.isPersonName() && t.word().length() >= 3) names.add(t.word());
        for (PlaceMention p : found) {
            if (p.isReference()) continue;
            int from = -1, to = -1;
            for (Mention m : a.mentions(EntityType.PERSON)) {
                if (m.begin() < p.end() && p.begin() < m.end()) { from = m.begin(); to = m.end(); }
            }
            if (from < 0 && !endsWithAny(p.surface(), divisionEnds)) {
                for (var t : a.tokens()) {
                    if (t.isPersonName() && t.begin() < p.begin() && p.end() <= t.end()) { from = t.begin(); to = t.end(); }
                }
            }
            if (from < 0) {
                int[] span = inRecognisedName(a, p, names);
                if (span == null) continue;
                from = span[0];
                to = span[1];
            }
            if (c == null) c = a.text().toCharArray();
            java.util.Arrays.fill(c, from, to, ' ');
        }
        return c == null ? null : new String(c);
    }

    /**
     * A name recognised once is a name wherever the article repeats it: HanLP tags 李长春 a person in one
     * sentence and reads 李|长春 in the next. The span of such a name (three or more characters, the place
     * after its first) around the place, or null.
     */
    private static int[] inRecognisedName(ArticleAnalysis a, PlaceMention p, Set<String> names) {
        String text = a.text();
        for (String n : names) {
            for (int i = n.indexOf(p.surface(), 1); i >= 1; i = n.indexOf(p.surface(), i + 1)) {
                int from = p.begin() - i;
                if (from >= 0 && text.startsWith(n, from)) return new int[] {from, from + n.length()};
            }
        }
        return null;
    }

    /** 庐山社区居委会 names the committee; the place is 庐山社区. */
    public static String placeLabel(Division d) {
        return govkg.gazetteer.DivisionOffices.builtIn().fold(d.name(), null);
    }
}
