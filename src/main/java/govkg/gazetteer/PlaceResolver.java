package govkg.gazetteer;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Links place names in a text to division codes: the extraction pipeline's entry point to the
 * gazetteer. Reads the text and a {@link PlaceContext}; writes nothing. Stateless after
 * construction; thread-safe.
 *
 * <p>Rules, all general: a name is first looked up in the automaton (full names, aliases, short
 * forms); an ambiguous name is narrowed by, in order, the place just before it in a chain
 * (北京市朝阳区), a place earlier in the same organization name (济南市公安局市中分局), the
 * dateline place, the other places of the text, and last the rule that a province or city short
 * form outranks the counties that share it (吉林). A name still ambiguous is returned unresolved
 * with its candidates and confidence 0.3, never guessed. Weak keys (ordinary words such as 平安,
 * county short forms that several counties share) count only right after a place that contains
 * them, inside an organization name, or before an organ's name (市中分局). A county's short form
 * (建邺, 德江) counts only when the dateline or another place of the text contains it or shares
 * its city: two characters without their suffix are too often part of other words. Villages and
 * communities are found after their township or county, or on their own (…社区) when the context
 * places them. References (全区, 该市, 本省, 我县, 自治区) go to the text's main place of that
 * level with confidence 0.6.
 */
public final class PlaceResolver {

    static final double FULL = 0.95;
    static final double SHORT = 0.9;
    static final double ORGANIZATION = 0.9;
    static final double DATELINE = 0.85;
    static final double CHILD = 0.85;
    static final double TEXT = 0.8;
    static final double HIGHER = 0.75;
    static final double SUFFIX = 0.7;
    static final double REFERENCE = 0.6;
    static final double UNRESOLVED = 0.3;


    private final Gazetteer gazetteer;
    private final SpanFinder spans;
    private final VillageFinder villages;
    private final TownshipFinder townships;
    private final ReferenceFinder references;
    private final TermIndex organSuffixes;
    private final String organHeads;
    /** Characters of a written number (numerals.txt). */
    private final String numerals;

    /** A resolver over the shared {@link Gazetteer#get()} and the bundled lexicons. */
    public PlaceResolver() {
        this(Gazetteer.get());
    }

    public PlaceResolver(Gazetteer gazetteer) {
        this(gazetteer, Lexicons.builtIn());
    }

    public PlaceResolver(Gazetteer gazetteer, Lexicons lex) {
        this.gazetteer = gazetteer;
        this.spans = new SpanFinder(gazetteer.nameAutomaton(), lex);
        this.villages = new VillageFinder(gazetteer, new DivisionOffices(lex));
        this.townships = new TownshipFinder(gazetteer);
        this.references = new ReferenceFinder(gazetteer, lex);
        this.organSuffixes = lex.index(LexiconKind.PLACE_ORGAN, "suffix");
        this.organHeads = String.join("", lex.withValue(LexiconKind.PLACE_ORGAN, "head"));
        this.numerals = String.join("", lex.entries(LexiconKind.NUMERAL).keySet());
    }

    /** Every place mention of the text, in text order, references (全区 …) included. */
    public List<PlaceMention> resolve(String text, PlaceContext ctx) {
        return resolve(text, ctx, Words.NONE);
    }

    /**
     * Every place mention of the text, in text order, references included; a name that cuts one of the
     * {@code words} (the text's segmentation) is not taken.
     */
    public List<PlaceMention> resolve(String text, PlaceContext ctx, Words words) {
        List<SpanFinder.Span> found = spans.find(text, words);
        Division dateline = ctx.datelinePlace().flatMap(this::placeOf).orElse(null);
        var anchors = new ArrayList<Division>();
        if (dateline != null) anchors.add(dateline);
        ctx.knownPlaces().forEach(p -> placeOf(p).ifPresent(anchors::add));
        if (ctx.useTextPlaces()) {
            for (SpanFinder.Span s : found) {
                NameEntry e = s.entry();
                if (!e.weak() && !ContextRules.countyShortForm(e) && e.size() == 1) anchors.add(e.divisions()[0]);
            }
        }
        var out = new ArrayList<PlaceMention>();
        for (int k = 0; k < found.size(); k++) {
            SpanFinder.Span s = found.get(k);
            PlaceMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.end() > s.begin()) continue; // inside a village found after its township
            PlaceMention m = decide(text, s, prev, dateline, anchors, listSiblings(text, found, k));
            if (m == null) continue;
            if (prev != null && !prev.resolved() && !prev.isReference() && m.resolved() && linked(text, prev, m.begin())) {
                Division up = prev.candidates().stream().filter(d -> m.division().isWithin(d.code())).findFirst().orElse(null);
                if (up != null) out.set(out.size() - 1, withDivision(prev, up, CHILD, "child"));
            }
            out.add(m);
            if (k + 1 == found.size() || found.get(k + 1).begin() != m.end()) {
                townships.after(text, m, words).ifPresent(out::add);
            }
            villages.after(text, m).ifPresent(v -> {
                if (!m.resolved() && v.resolved()) {
                    m.candidates().stream().filter(t -> v.division().isWithin(t.code())).findFirst()
                            .ifPresent(t -> out.set(out.size() - 1, withDivision(m, t, CHILD, "child")));
                }
                out.add(v);
            });
        }
        villages.standalone(text, out, dateline, anchors, words);
        references.add(text, out, dateline);
        out.sort(Comparator.comparingInt(PlaceMention::begin));
        return out;
    }

    /**
     * The place an organization serves, from the places inside its name: the most specific resolved
     * one (泉州市公安局 → 3505, 济南市公安局市中分局 → 370103). Empty when its name holds no place
     * that the context decides.
     */
    public Optional<Division> jurisdiction(String organizationName, PlaceContext ctx) {
        List<PlaceMention> ms = resolve(organizationName, ctx);
        return ms.stream().filter(PlaceMention::resolved)
                .sorted(Comparator.comparing((PlaceMention m) -> m.isReference())
                        .thenComparing(m -> -m.division().level().ordinal())
                        .thenComparing(m -> -m.begin()))
                .map(PlaceMention::division).findFirst();
    }

    /** A place name on its own (a dateline, a headline place): unique, or the unique highest level. */
    Optional<Division> placeOf(String name) {
        List<Division> c = gazetteer.byName(name.strip());
        if (c.size() == 1) return Optional.of(c.get(0));
        return Optional.ofNullable(ContextRules.highest(c));
    }

    /**
     * The divisions of the names listed right before and after span k (长寿、云阳、奉节: separated by 、 only) when
     * each is one county-level division and not itself weak: a weak name listed among counties is one of them.
     */
    private static List<Division> listSiblings(String text, List<SpanFinder.Span> found, int k) {
        var out = new ArrayList<Division>(2);
        SpanFinder.Span s = found.get(k);
        if (k > 0) sibling(found.get(k - 1), text, found.get(k - 1).end(), s.begin(), out);
        if (k + 1 < found.size()) sibling(found.get(k + 1), text, s.end(), found.get(k + 1).begin(), out);
        return out;
    }

    private static void sibling(SpanFinder.Span g, String text, int from, int to, List<Division> out) {
        if (to - from != 1 || text.charAt(from) != '、') return;
        NameEntry e = g.entry();
        if (!e.weak() && e.size() == 1 && e.divisions()[0].level() == AdminLevel.COUNTY) out.add(e.divisions()[0]);
    }

    private PlaceMention decide(String text, SpanFinder.Span s, PlaceMention prev, Division dateline, List<Division> anchors,
                                List<Division> siblings) {
        NameEntry e = s.entry();
        String surface = text.substring(s.begin(), s.end());
        if (inNumber(text, s.begin())) return null;
        boolean weak = e.weak();
        boolean contextual = !weak && ContextRules.countyShortForm(e);
        boolean organ = s.end() < text.length() && organSuffixes.startingAt(text, s.end(), 1) != null;
        boolean linked = prev != null && !prev.isReference() && linked(text, prev, s.begin());
        List<Division> c = List.of(e.divisions());
        String evidence = null;
        double conf = 0;
        if (linked) { // a place just before, or earlier in the same organization name, that contains it
            List<Division> f = c.stream().filter(d -> prev.candidates().stream().anyMatch(p -> d.isWithin(p.code()))).toList();
            if (!f.isEmpty()) {
                c = f;
                if (!prev.resolved()) {
                    evidence = "chain";
                    conf = CHILD;
                } else if (prev.end() == s.begin()) {
                    evidence = "chain";
                    conf = e.allShort() ? SHORT : FULL;
                } else {
                    evidence = "organization";
                    conf = ORGANIZATION;
                }
            }
        }
        if (evidence == null && weak && !siblings.isEmpty()) { // 长寿、云阳: listed among counties of one province
            List<Division> f = c.stream().filter(d -> d.level() == AdminLevel.COUNTY
                    && siblings.stream().anyMatch(g -> g.code().regionMatches(0, d.code(), 0, 2))).toList();
            if (!f.isEmpty()) {
                c = f;
                evidence = "list";
                conf = TEXT;
            }
        }
        boolean structural = evidence != null;
        if (weak && !structural && !organ) return null;
        // 某某新技术开发区分局: a division named just a kind of area (开发区, 城区) is that division only right after the
        // place holding it (某市开发区); anywhere else the word is generic or ends a longer name the gazetteer lacks
        if (NameForms.isKindWord(e.key()) && !(prev != null && prev.end() == s.begin())) return null;
        if (c.size() > 1 && !weak) { // 河北, 海南: a province's short form means the province unless structure says otherwise
            List<Division> provinces = c.stream().filter(d -> d.level() == AdminLevel.PROVINCE).toList();
            if (provinces.size() == 1) {
                c = provinces;
                evidence = "higher-level";
                conf = SHORT;
            }
        }
        if (c.size() > 1 && dateline != null) {
            List<Division> f = c.stream().filter(d -> ContextRules.related(d, dateline)).toList();
            if (!f.isEmpty() && f.size() < c.size()) {
                c = f;
                evidence = "dateline";
                conf = DATELINE;
            }
        }
        if (c.size() > 1 && !anchors.isEmpty()) {
            List<Division> f = ContextRules.bestSupported(c, anchors);
            if (!f.isEmpty() && f.size() < c.size()) {
                c = f;
                evidence = "text-places";
                conf = TEXT;
            }
        }
        if (c.size() > 1 && ((!weak && !contextual) || structural)) {
            Division h = ContextRules.highest(c);
            if (h != null) {
                c = List.of(h);
                evidence = "higher-level";
                conf = HIGHER;
            }
        }
        if (c.size() > 1) {
            // still ambiguous: a name that needs context is only a place when something marks it so
            if ((weak || contextual) && !structural && !organ) return null;
            return new PlaceMention(s.begin(), s.end(), surface, null, UNRESOLVED, "ambiguous", c);
        }
        Division d = c.get(0);
        if (evidence == null && (weak || contextual)) {
            // one candidate, nothing narrowed: it must be placed by the dateline or the text's places
            if (dateline != null && ContextRules.related(d, dateline)) {
                evidence = "dateline";
                conf = DATELINE;
            } else if (ContextRules.support(d, anchors) >= 1) {
                evidence = "text-places";
                conf = TEXT;
            } else {
                return null;
            }
        }
        if (evidence == null) {
            evidence = e.allShort() ? "short-form" : "unique";
            conf = e.allShort() ? SHORT : FULL;
            if (prev != null && prev.resolved() && prev.end() == s.begin() && prev.division().level().compareTo(d.level()) < 0) {
                conf = SUFFIX; // right after a place of a higher level that does not contain it
            }
        }
        return new PlaceMention(s.begin(), s.end(), surface, d, conf, evidence, List.of(d));
    }

    /** 1800万城镇: a name starting with a numeral right after a number starts with that number's last character. */
    private boolean inNumber(String text, int begin) {
        if (begin == 0 || numerals.indexOf(text.charAt(begin)) < 0) return false;
        char before = text.charAt(begin - 1);
        return before >= '0' && before <= '9' || before >= '０' && before <= '９' || numerals.indexOf(before) >= 0;
    }

    private boolean linked(String text, PlaceMention prev, int begin) {
        return prev.end() == begin || ContextRules.organizationGap(text, prev.end(), begin, organHeads);
    }

    static PlaceMention withDivision(PlaceMention m, Division d, double conf, String evidence) {
        return new PlaceMention(m.begin(), m.end(), m.surface(), d, conf, evidence, List.of(d));
    }
}
