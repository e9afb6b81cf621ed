package govkg.gazetteer;

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
 * them, inside an organization name, or before an organ's name (市中分局). Villages and
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

    private static final String ORG_HEADS = "局委院厅府办部会所心处队站庭室组司";
    private static final String BREAKS = "，。；：！？、,.;:!?（）()《》「」“”\"' \t\r\n";
    private static final List<String> ORGAN_SUFFIXES = List.of("分局", "公安", "法院", "检察院", "人民", "政府", "区委", "县委",
            "市委", "党委", "纪委", "政法委", "人大", "政协", "派出所", "支队", "大队", "司法", "交警", "税务", "消防", "应急");

    private final Gazetteer gazetteer;
    private final SpanFinder spans;
    private final VillageFinder villages;

    /** A resolver over the shared {@link Gazetteer#get()}. */
    public PlaceResolver() {
        this(Gazetteer.get());
    }

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.spans = new SpanFinder(gazetteer.automaton());
        this.villages = new VillageFinder(gazetteer);
    }

    /** Every place mention of the text, in text order, references (全区 …) included. */
    public List<PlaceMention> resolve(String text, PlaceContext ctx) {
        List<SpanFinder.Span> found = spans.find(text);
        Division dateline = ctx.datelinePlace().flatMap(this::placeOf).orElse(null);
        var anchors = new ArrayList<Division>();
        if (dateline != null) anchors.add(dateline);
        ctx.knownPlaces().forEach(p -> placeOf(p).ifPresent(anchors::add));
        if (ctx.useTextPlaces()) {
            for (SpanFinder.Span s : found) {
                if (!s.entry().weak() && s.entry().size() == 1) anchors.add(s.entry().divisions()[0]);
            }
        }
        var out = new ArrayList<PlaceMention>();
        for (SpanFinder.Span s : found) {
            PlaceMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.end() > s.begin()) continue; // inside a village found after its township
            PlaceMention m = decide(text, s, prev, dateline, anchors);
            if (m == null) continue;
            if (prev != null && !prev.resolved() && !prev.isReference() && m.resolved() && linked(text, prev, m.begin())) {
                Division up = prev.candidates().stream().filter(d -> m.division().isWithin(d.code())).findFirst().orElse(null);
                if (up != null) out.set(out.size() - 1, withDivision(prev, up, CHILD, "child"));
            }
            out.add(m);
            villages.after(text, m).ifPresent(v -> {
                if (!m.resolved() && v.resolved()) {
                    gazetteer.byCode(v.division().parentCode()).ifPresent(t -> out.set(out.size() - 1,
                            withDivision(m, t, CHILD, "child")));
                }
                out.add(v);
            });
        }
        villages.standalone(text, out, dateline, anchors);
        new ReferenceFinder(gazetteer).add(text, out, dateline);
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
        return Optional.ofNullable(highest(c));
    }

    private PlaceMention decide(String text, SpanFinder.Span s, PlaceMention prev, Division dateline, List<Division> anchors) {
        NameEntry e = s.entry();
        String surface = text.substring(s.begin(), s.end());
        List<Division> cands = List.of(e.divisions());
        boolean adjacent = prev != null && prev.resolved() && prev.end() == s.begin();
        boolean inOrg = prev != null && prev.resolved() && !adjacent && organizationGap(text, prev.end(), s.begin());
        boolean organ = followedByOrgan(text, s.end());
        List<Division> c = cands;
        String evidence = null;
        double conf = 0;
        if (prev != null && !prev.resolved() && !prev.isReference() && linked(text, prev, s.begin())) {
            List<Division> f = c.stream().filter(d -> prev.candidates().stream().anyMatch(p -> d.isWithin(p.code()))).toList();
            if (!f.isEmpty()) {
                c = f;
                adjacent = true; // for a weak key: it follows a place that may contain it
                if (c.size() == 1) {
                    evidence = "chain";
                    conf = CHILD;
                }
            }
        }
        if (e.weak() && !adjacent && !inOrg && !organ) return null;
        if ((adjacent || inOrg) && prev.resolved()) {
            List<Division> f = c.stream().filter(d -> d.isWithin(prev.code())).toList();
            if (!f.isEmpty()) {
                c = f;
                evidence = adjacent ? "chain" : "organization";
                conf = adjacent ? (e.allShort() ? SHORT : FULL) : ORGANIZATION;
            } else if (e.weak()) {
                if (!organ) return null;
            }
        }
        if (c.size() > 1 && dateline != null) {
            List<Division> f = c.stream().filter(d -> related(d, dateline)).toList();
            if (!f.isEmpty() && f.size() < c.size()) {
                c = f;
                evidence = "dateline";
                conf = DATELINE;
            }
        }
        if (c.size() > 1 && !anchors.isEmpty()) {
            List<Division> f = bestSupported(c, anchors);
            if (!f.isEmpty() && f.size() < c.size()) {
                c = f;
                evidence = "text-places";
                conf = TEXT;
            }
        }
        if (c.size() > 1) {
            Division h = e.weak() ? null : highest(c);
            if (h != null) {
                c = List.of(h);
                evidence = "higher-level";
                conf = HIGHER;
            }
        }
        if (c.size() > 1) {
            return new PlaceMention(s.begin(), s.end(), surface, null, UNRESOLVED, "ambiguous", c);
        }
        Division d = c.get(0);
        if (evidence == null) {
            if (e.weak()) {
                evidence = "org-suffix";
                conf = SUFFIX;
            } else {
                evidence = e.allShort() ? "short-form" : "unique";
                conf = e.allShort() ? SHORT : FULL;
            }
            if (adjacent && prev.resolved() && prev.division().level().compareTo(d.level()) < 0) conf = Math.min(conf, SUFFIX);
        }
        return new PlaceMention(s.begin(), s.end(), surface, d, conf, evidence, List.of(d));
    }

    private static boolean linked(String text, PlaceMention prev, int begin) {
        return prev.end() == begin || organizationGap(text, prev.end(), begin);
    }

    static PlaceMention withDivision(PlaceMention m, Division d, double conf, String evidence) {
        return new PlaceMention(m.begin(), m.end(), m.surface(), d, conf, evidence, List.of(d));
    }

    /** 公安局 in 济南市公安局市中分局: a short run of an organization's name without punctuation. */
    private static boolean organizationGap(String text, int from, int to) {
        if (to - from > 12 || to <= from) return false;
        boolean head = false;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (BREAKS.indexOf(ch) >= 0) return false;
            head |= ORG_HEADS.indexOf(ch) >= 0;
        }
        return head;
    }

    private static boolean followedByOrgan(String text, int end) {
        for (String s : ORGAN_SUFFIXES) {
            if (text.startsWith(s, end)) return true;
        }
        return false;
    }

    /** Equal, inside, or containing: a dateline 长春 is related to 朝阳区 of 长春 and to 吉林省. */
    static boolean related(Division d, Division place) {
        return d.code().equals(place.code()) || d.isWithin(place.code()) || place.isWithin(d.code());
    }

    /** The candidates that the most anchors support (same place, nesting 2; same city 1; same province 0.5). */
    static List<Division> bestSupported(List<Division> cands, List<Division> anchors) {
        double best = 0;
        var out = new ArrayList<Division>();
        for (Division d : cands) {
            double score = 0;
            for (Division a : anchors) {
                if (related(d, a)) score += 2;
                else if (d.code().length() >= 4 && a.code().length() >= 4 && d.code().regionMatches(0, a.code(), 0, 4)) score += 1;
                else if (d.code().regionMatches(0, a.code(), 0, 2)) score += 0.5;
            }
            if (score > best) {
                best = score;
                out.clear();
            }
            if (score == best && score > 0) out.add(d);
        }
        return out;
    }

    /** The one candidate of province or city level above all others (吉林 → 吉林省), else null. */
    static Division highest(List<Division> c) {
        if (c.isEmpty()) return null;
        var sorted = new ArrayList<>(c);
        sorted.sort(Comparator.comparing(Division::level));
        Division top = sorted.get(0);
        if (top.level().compareTo(AdminLevel.CITY) > 0) return null;
        if (sorted.size() > 1 && sorted.get(1).level() == top.level()) return null;
        return top;
    }
}
