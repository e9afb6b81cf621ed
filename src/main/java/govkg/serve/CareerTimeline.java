package govkg.serve;

import govkg.time.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL2;

/**
 * Posts over time, read as {@code queries/12-careers.rq} reads them, and drawn by {@link TimelineSvg}: a person's
 * career (one bar per membership, linking to its body) and an organization's post holders (a lane per title, a bar
 * per holder, linking to the person).
 *
 * <p>A bar runs from the start the texts state (org:memberDuring/time:hasBeginning) or else the first dated report
 * stating the post as current, to the stated end or else the last such report. A former post (原…) is no sighting
 * of the post as current: without a stated span it is drawn as a mark at the first report calling it former (it
 * ended by then), in its own style. A person known under several IRIs (owl:sameAs to one canonical IRI) shows the
 * posts of all of them. At most {@value #MAX_BARS} bars (the best-attested); the rest are counted.
 * Stateless besides its collaborators; thread-safe.
 */
final class CareerTimeline {
    /** Bars per picture; a person in hundreds of reports keeps a page of bounded size. */
    static final int MAX_BARS = 40;
    /** Marks a title as a former post, as the careers and holders queries do. */
    static final String FORMER = "原";

    /** One row per membership; of the wordings its reports use (公安部部长, 部长), the fullest is its title. */
    private static final String ROWS = """
            PREFIX time: <http://www.w3.org/2006/time#>
            SELECT ?m (REPLACE(MAX(CONCAT(STR(1000 + STRLEN(STR(?t))), "|", STR(?t))), "^[0-9]+[|]", "") AS ?title) (SAMPLE(?o) AS ?org) (SAMPLE(?p) AS ?person)
                   (MIN(?seen) AS ?first) (MAX(?seen) AS ?last) (MIN(?pub) AS ?mentioned) (COUNT(DISTINCT ?report) AS ?reports)
                   (GROUP_CONCAT(DISTINCT STR(?start); separator=" ") AS ?starts)
                   (GROUP_CONCAT(DISTINCT STR(?end); separator=" ") AS ?ends)
            WHERE {
              %s
              OPTIONAL { ?h owl:sameAs ?canonical }
              BIND(COALESCE(?canonical, ?h) AS ?p)
              # flat OPTIONALs: nested in one, ARQ reads every term of the store before joining (queries/12-careers.rq)
              OPTIONAL { ?m org:memberDuring/time:hasBeginning/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?start }
              OPTIONAL { ?m org:memberDuring/time:hasEnd/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?end }
              OPTIONAL { GRAPH ?report { ?report schema:datePublished ?pub } }
              # a former post (原…) is a post, but no sighting of it as current
              BIND(IF(STRSTARTS(STR(?t), "%s"), ?none, ?pub) AS ?seen)
            } GROUP BY ?m LIMIT 20000""";

    private final DataView store;
    private final Values values;

    CareerTimeline(DataView store, Values values) {
        this.store = store;
        this.values = values;
    }

    /** One membership with what the picture needs of it. */
    record Post(Node membership, String title, Node org, Node person, Span span, long reports) {
        boolean former() {
            return title.startsWith(FORMER);
        }
    }

    /** Where a bar runs, the text of its dates, and how they are known. */
    record Span(LocalDate from, LocalDate to, String dates, String how) {}

    /** The person's career ("" when no post is known). */
    String person(Node person, String name) {
        Set<Node> iris = sameAs(person);
        List<Post> posts = rows("VALUES ?h { " + iris.stream().map(CareerTimeline::sparqlIri).collect(Collectors.joining(" ")) + " }\n"
                + "GRAPH ?report { ?m org:member ?h ; gov:title ?t }\nOPTIONAL { ?m org:organization ?o }");
        if (posts.isEmpty())
            return "";
        List<Post> dated = posts.stream().filter(p -> p.span() != null).toList();
        List<Post> shown = best(dated);
        shown.sort(Comparator.comparing((Post p) -> p.span().from()).thenComparing(Post::title));
        List<TimelineSvg.Bar> bars = new ArrayList<>();
        for (Post p : shown) {
            String org = p.org() == null ? null : store.label(p.org());
            String label = org == null || p.title().contains(org) ? p.title() : p.title() + " · " + org;
            Node target = p.org() != null ? p.org() : p.membership();
            bars.add(new TimelineSvg.Bar(null, label, values.links().href(target.getURI()), p.span().from(), p.span().to(),
                    p.former() ? "former" : "current", p.span().dates(), label + "：" + p.span().dates() + "（" + p.span().how() + "，"
                    + p.reports() + " 篇报道）"));
        }
        String caption = "任职时间线：" + dated.size() + " 项任职" + (posts.size() > dated.size() ? "（另有 " + (posts.size() - dated.size()) + " 项无日期）" : "")
                + (iris.size() > 1 ? "，合并同一人的 " + iris.size() + " 个标识（owl:sameAs）" : "")
                + "。实线：在任（文中所述起止，或报道首见至末见）；虚线：原职务。";
        return "<section class=\"career\"><h2>任职时间线</h2>\n"
                + TimelineSvg.render(bars, dated.size() - shown.size(), "career", name + " 的任职时间线", caption, "#posts")
                + "</section>\n";
    }

    /** The organization's post holders, a lane per title ("" when none is known). */
    String organization(Node org, String name) {
        List<Post> posts = rows("GRAPH ?report { ?m org:organization " + sparqlIri(org) + " ; org:member ?h ; gov:title ?t }");
        List<Post> dated = posts.stream().filter(p -> p.span() != null).toList();
        if (dated.isEmpty())
            return "";
        List<Post> shown = best(dated);
        // lanes in order of their first holder; in a lane, holders in order
        Map<String, List<Post>> lanes = new LinkedHashMap<>();
        shown.sort(Comparator.comparing((Post p) -> p.span().from()).thenComparing(Post::title));
        for (Post p : shown)
            lanes.computeIfAbsent(lane(p.title()), k -> new ArrayList<>()).add(p);
        List<TimelineSvg.Bar> bars = new ArrayList<>();
        lanes.forEach((lane, ps) -> {
            for (Post p : ps) {
                String who = store.label(p.person());
                bars.add(new TimelineSvg.Bar(lane, who, values.links().href(p.person().getURI()), p.span().from(), p.span().to(),
                        p.former() ? "former" : "current", p.span().dates(), who + "，" + p.title() + "：" + p.span().dates()
                        + "（" + p.span().how() + "，" + p.reports() + " 篇报道）"));
            }
        });
        String caption = "职务与任职者：" + lanes.size() + " 个职务，" + dated.size() + " 项任职"
                + (posts.size() > dated.size() ? "（另有 " + (posts.size() - dated.size()) + " 项无日期）" : "")
                + "。实线：在任；虚线：原职务。";
        return "<section class=\"holders\"><h2>任职者时间线</h2>\n"
                + TimelineSvg.render(bars, dated.size() - shown.size(), "holders", name + " 的任职者时间线", caption, null)
                + "</section>\n";
    }

    /** The lane of a title: a former post sits with the post itself. */
    static String lane(String title) {
        return title.startsWith(FORMER) && title.length() > 1 ? title.substring(1) : title;
    }

    /** The {@value #MAX_BARS} posts with the most reports (all when fewer), as a mutable list. */
    private static List<Post> best(List<Post> dated) {
        List<Post> all = new ArrayList<>(dated);
        if (all.size() > MAX_BARS) {
            all.sort(Comparator.comparingLong(Post::reports).reversed().thenComparing(p -> p.span().from()));
            all = new ArrayList<>(all.subList(0, MAX_BARS));
        }
        return all;
    }

    private List<Post> rows(String pattern) {
        List<Post> out = new ArrayList<>();
        for (Binding r : store.select(ROWS.formatted(pattern, FORMER))) {
            String title = r.get("title") == null ? store.label(r.get("m")) : r.get("title").getLiteralLexicalForm();
            out.add(new Post(r.get("m"), title, r.get("org"), r.get("person"), span(title.startsWith(FORMER),
                    lex(r.get("starts")), lex(r.get("ends")), Dates.value(r.get("first")), Dates.value(r.get("last")),
                    Dates.value(r.get("mentioned"))), ((Number) r.get("reports").getLiteralValue()).longValue()));
        }
        return out;
    }

    /**
     * The span of a post: stated start, else first seen; stated end, else last seen. A former post without a
     * stated span ended by the first report calling it former. Null when nothing dates it.
     */
    static Span span(boolean former, String starts, String ends, TimeValue firstSeen, TimeValue lastSeen, TimeValue mentioned) {
        TimeValue start = earliest(starts), end = latest(ends);
        if (former) {
            if (start == null && end == null && mentioned == null)
                return null;
            if (start == null) {
                LocalDate by = end != null ? Dates.last(end) : Dates.first(mentioned);
                String text = end != null ? "至 " + end.lexical() : mentioned.lexical() + " 前";
                return new Span(by, by, text, end != null ? "文中所述止期，起期不详" : "报道称原职务，此前已卸任");
            }
        }
        TimeValue from = start != null ? start : firstSeen;
        TimeValue to = end != null ? end : lastSeen;
        if (from == null && to == null)
            return null;
        if (from == null) from = to;
        if (to == null) to = from;
        LocalDate a = Dates.first(from), b = Dates.last(to);
        if (b.isBefore(a)) b = a;
        String text = from.equals(to) ? from.lexical() : from.lexical() + " – " + to.lexical();
        String how = start != null && end != null ? "文中所述起止"
                : start != null ? "文中所述起期，报道末见止"
                : end != null ? "报道首见起，文中所述止期"
                : "报道首见至末见";
        return new Span(a, b, text, how);
    }

    private static TimeValue earliest(String values) {
        TimeValue best = null;
        for (String s : values == null ? new String[0] : values.split(" ")) {
            TimeValue v = Dates.value(s);
            if (v != null && (best == null || Dates.first(v).isBefore(Dates.first(best))))
                best = v;
        }
        return best;
    }

    private static TimeValue latest(String values) {
        TimeValue best = null;
        for (String s : values == null ? new String[0] : values.split(" ")) {
            TimeValue v = Dates.value(s);
            if (v != null && (best == null || Dates.last(v).isAfter(Dates.last(best))))
                best = v;
        }
        return best;
    }

    /** The IRI, its canonical IRI (owl:sameAs) and every IRI joined to that one. */
    private Set<Node> sameAs(Node person) {
        Set<Node> out = new LinkedHashSet<>();
        out.add(person);
        Node sameAs = OWL2.sameAs.asNode();
        List<Node> canonical = store.objects(person, sameAs);
        Node c = canonical.isEmpty() ? person : canonical.get(0);
        out.add(c);
        store.read(() -> {
            store.union().find(Node.ANY, sameAs, c).forEachRemaining(t -> out.add(t.getSubject()));
            return null;
        });
        return out;
    }

    /** An IRI written into a query; IRIs with characters SPARQL cannot hold between angle brackets are left out by the store. */
    static String sparqlIri(Node n) {
        String s = n.getURI();
        if (s.chars().anyMatch(ch -> ch <= ' ' || "<>\"{}|^`\\".indexOf(ch) >= 0))
            throw new IllegalArgumentException("IRI not writable in SPARQL: " + s);
        return "<" + s + ">";
    }

    private static String lex(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }
}
