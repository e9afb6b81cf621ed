package govkg.rdf;

import govkg.resolve.FullestName;
import govkg.resolve.IriMinter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static govkg.rdf.QuadSink.iri;
import static govkg.rdf.QuadSink.zh;

/**
 * The entities graph ({@code B graph/entities}): what can only be said of an entity over all reports
 * together. It is derived from the report graphs, never edited by hand, and holds
 * <ul>
 *   <li>the entity's one {@code rdfs:label}: the fullest of the {@code gov:reportLabel} names the reports
 *       give it ({@link FullestName}); coded places take theirs from the gazetteer graph instead;</li>
 *   <li>{@code owl:sameAs} among the people of one name, from career evidence ({@link #personLinks}): two
 *       placed people (keys {@code name|33}, {@code name|CN}) are one official when they hold posts in the same
 *       body (the provincial party secretary of 2005 and the national leader whose report names that earlier
 *       post), and a person a report knows by name only ({@code name|}, or {@code name|~62} in an article about
 *       province 62) is the one official of that name while there is exactly one, else the one placed in that
 *       province if exactly one is. A province-level official and the national one of the same name whose
 *       posts were stated current in periods that do not overlap are one career (consecutive posts), unless two
 *       province-level namesakes were seen at the same time. Namesakes in different bodies stay apart; byline journalists
 *       ({@code name|reporter}) are never linked. IRIs stay valid and are never renamed; a link is withdrawn
 *       when later evidence makes it ambiguous.</li>
 * </ul>
 * Everything here depends only on the set of report graphs, not on the order they were built in.
 * This class holds the rules and an in-memory {@link Accumulator} for commands that stream (extract, eval);
 * the store keeps the graph up to date report by report with the same rules.
 */
public final class EntityGraph {
    private EntityGraph() {}

    public static String graphIri(IriMinter iris) {
        return iris.graph("entities");
    }

    /** Coded places are labelled by the gazetteer graph; every other entity here. */
    public static boolean labelledHere(String key) {
        return key == null || !key.startsWith("code:");
    }

    /**
     * The owl:sameAs links among the people of one name: {@code keys} maps each person's IRI to its resolution key,
     * {@code bodies} each person's IRI to the IRIs of the bodies it holds posts in. Placed people who share a body
     * are one official: each such group links to its canonical IRI (the national one if the group has one, else
     * the smallest). A name-only person links to the canonical IRI of the one group when there is exactly one; among
     * several, to the one group placed in the province of the article that names it ({@code name|~62}), if exactly one is.
     */
    public static Map<String, String> personLinks(Map<String, String> keys, Map<String, Set<String>> bodies) {
        Map<String, Career> careers = new TreeMap<>();
        keys.forEach((iri, k) -> careers.put(iri, new Career(k, bodies.getOrDefault(iri, Set.of()), null, null, false)));
        return personLinks(careers);
    }

    /**
     * What the reports say of one person's career: the resolution key, the bodies of the posts, the first and last
     * date a dated report states one of them as current, and whether one is in a province-level body.
     */
    public record Career(String key, Set<String> bodies, String firstSeen, String lastSeen, boolean provincialPost) {
        boolean dated() {
            return firstSeen != null && lastSeen != null;
        }
    }

    /**
     * As {@link #personLinks(Map, Map)}, with one more piece of career evidence: consecutive posts. The national
     * official of a name and a province-level official of that name (a provincial party secretary, a governor) whose
     * posts were stated current in periods that do not overlap are one career: the move from a province to the
     * centre, or back. Two such provincial officials seen at the same time are namesakes, so neither is joined.
     */
    public static Map<String, String> personLinks(Map<String, Career> careers) {
        Map<String, String> keys = new TreeMap<>();
        careers.forEach((iri, c) -> keys.put(iri, c.key()));
        List<String> placed = new ArrayList<>();
        List<String> nameOnly = new ArrayList<>();
        for (var e : new TreeMap<>(keys).entrySet()) {
            String k = e.getValue();
            if (k == null || k.endsWith("|reporter")) continue;
            if (k.endsWith("|") || k.contains("|~")) nameOnly.add(e.getKey());
            else placed.add(e.getKey());
        }
        // union-find over the placed people, joined by a body both hold posts in
        Map<String, String> parent = new HashMap<>();
        for (String p : placed) parent.put(p, p);
        Map<String, String> holderOf = new HashMap<>();
        for (String p : placed) {
            for (String body : careers.get(p).bodies()) {
                String other = holderOf.putIfAbsent(body, p);
                if (other != null) union(parent, other, p);
            }
        }
        joinConsecutivePosts(placed, careers, parent);
        Map<String, String> canonical = new TreeMap<>();
        for (String p : placed) {
            String root = find(parent, p);
            String best = canonical.get(root);
            if (best == null || betterCanonical(p, keys.get(p), best, keys.get(best))) canonical.put(root, p);
        }
        Map<String, String> out = new TreeMap<>();
        for (String p : placed) {
            String c = canonical.get(find(parent, p));
            if (!c.equals(p)) out.put(p, c);
        }
        for (String n : nameOnly) {
            String to = null;
            if (canonical.size() == 1) to = canonical.values().iterator().next();
            else {
                // several officials of the name: the one placed in the province of the articles that name this person
                String k = keys.get(n);
                int hint = k.indexOf("|~");
                if (hint >= 0) {
                    String province = k.substring(hint + 2);
                    Set<String> groups = new TreeSet<>();
                    for (String p : placed) if (keys.get(p).endsWith("|" + province)) groups.add(find(parent, p));
                    if (groups.size() == 1) to = canonical.get(groups.iterator().next());
                }
            }
            if (to != null) out.put(n, to);
        }
        return out;
    }

    /** Unions each province-level group with the national group when their periods are disjoint (see {@link #personLinks(Map)}). */
    private static void joinConsecutivePosts(List<String> placed, Map<String, Career> careers, Map<String, String> parent) {
        Map<String, String[]> span = new TreeMap<>();
        Set<String> national = new TreeSet<>(), provincial = new TreeSet<>();
        for (String p : placed) {
            Career c = careers.get(p);
            String root = find(parent, p);
            if (c.key().endsWith("|" + NATIONAL_KEY)) national.add(root);
            if (c.provincialPost()) provincial.add(root);
            if (!c.dated()) continue;
            span.merge(root, new String[]{c.firstSeen(), c.lastSeen()}, (a, b) -> new String[]{earlier(a[0], b[0]), later(a[1], b[1])});
        }
        provincial.removeAll(national);
        if (national.size() != 1) return;
        String centre = national.iterator().next();
        String[] centreSpan = span.get(centre);
        if (centreSpan == null) return;
        List<String> consecutive = new ArrayList<>();
        for (String g : provincial) if (span.containsKey(g) && disjoint(span.get(g), centreSpan)) consecutive.add(g);
        for (int i = 0; i < consecutive.size(); i++)
            for (int j = i + 1; j < consecutive.size(); j++)
                if (!disjoint(span.get(consecutive.get(i)), span.get(consecutive.get(j)))) return;
        for (String g : consecutive) union(parent, centre, g);
    }

    private static boolean disjoint(String[] a, String[] b) {
        return a[1].compareTo(b[0]) < 0 || b[1].compareTo(a[0]) < 0;
    }

    /** The canonical IRI of a group: the one placed in the country (a national office), else the smallest IRI. */
    private static boolean betterCanonical(String iri, String key, String best, String bestKey) {
        boolean national = key.endsWith("|" + NATIONAL_KEY), bestNational = bestKey.endsWith("|" + NATIONAL_KEY);
        if (national != bestNational) return national;
        return iri.compareTo(best) < 0;
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            parent.put(x, parent.get(parent.get(x)));
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }

    static void label(QuadSink out, String entity, String label) {
        out.add(iri(entity), RDFS.label, zh(label));
    }

    static void sameAs(QuadSink out, String from, String to) {
        out.add(iri(from), OWL2.sameAs, iri(to));
    }

    /**
     * What the report graphs say of one entity, as far as this graph needs it. Observations of the same
     * entity from different reports {@link #merge} in any order and grouping to the same result, which is
     * what lets a distributed run (govkg.spark) reduce them by entity IRI and still equal this class's
     * single-machine {@link Accumulator}.
     */
    public static final class Seen implements Serializable {
        private static final long serialVersionUID = 1L;
        String key;
        String label;
        boolean person;
        /** the bodies (IRIs) a person holds posts in, over all reports: the career evidence for owl:sameAs */
        Set<String> bodies = new TreeSet<>();
        /** the first and last date (ISO) of a dated report stating one of the person's posts as current, or null */
        String firstSeen, lastSeen;
        /** whether one of those posts is in a body of a province-level place (省委, 市政府 of 上海) */
        boolean provincialPost;

        /** Both observations in one: the fullest label, the smaller key if two ever differ, a person if either says so, all bodies. */
        public Seen merge(Seen o) {
            Seen m = new Seen();
            m.label = FullestName.better(o.label, label) ? o.label : label;
            m.key = key == null ? o.key : (o.key == null || key.compareTo(o.key) <= 0 ? key : o.key);
            m.person = person || o.person;
            m.bodies.addAll(bodies);
            m.bodies.addAll(o.bodies);
            m.firstSeen = earlier(firstSeen, o.firstSeen);
            m.lastSeen = later(lastSeen, o.lastSeen);
            m.provincialPost = provincialPost || o.provincialPost;
            return m;
        }

        /** What {@link #personLinks} needs of this person. */
        Career career() {
            return new Career(key, bodies, firstSeen, lastSeen, provincialPost);
        }

        /** The name this entity is grouped by for owl:sameAs (people with a label), else null. */
        public String personName() {
            return person ? label : null;
        }

        public String key() {
            return key;
        }
    }

    /** What one report graph's quads say of each entity in it. */
    public static Map<String, Seen> seenIn(Collection<Quad> quads) {
        Map<String, Seen> seen = new HashMap<>();
        Node reportLabel = GOV.reportLabel.asNode(), key = GOV.resolutionKey.asNode(), type = RDF.type.asNode(),
                person = GOV.Person.asNode();
        for (Quad q : quads) {
            Node p = q.getPredicate();
            if (!q.getSubject().isURI()) continue;
            if (p.equals(reportLabel)) {
                Seen s = seen.computeIfAbsent(q.getSubject().getURI(), x -> new Seen());
                String l = q.getObject().getLiteralLexicalForm();
                if (FullestName.better(l, s.label)) s.label = l;
            } else if (p.equals(key)) {
                Seen s = seen.computeIfAbsent(q.getSubject().getURI(), x -> new Seen());
                String k = q.getObject().getLiteralLexicalForm();
                if (s.key == null || k.compareTo(s.key) < 0) s.key = k;
            } else if (p.equals(type) && q.getObject().equals(person)) {
                seen.computeIfAbsent(q.getSubject().getURI(), x -> new Seen()).person = true;
            }
        }
        // memberships: member → the body of the post, and when and at which level a current post was stated
        Node member = ORG.member.asNode(), organization = ORG.organization.asNode(), title = GOV.title.asNode(),
                published = SchemaDO.datePublished.asNode(), jurisdiction = GOV.jurisdiction.asNode(), adminCode = GOV.adminCode.asNode();
        Map<Node, Node> memberOf = new HashMap<>(), bodyOf = new HashMap<>(), placeOf = new HashMap<>();
        Map<Node, String> titleOf = new HashMap<>(), codeOf = new HashMap<>();
        String date = null;
        for (Quad q : quads) {
            Node p = q.getPredicate(), o = q.getObject();
            if (p.equals(member) && o.isURI()) memberOf.put(q.getSubject(), o);
            else if (p.equals(organization) && o.isURI()) bodyOf.put(q.getSubject(), o);
            else if (p.equals(title) && o.isLiteral()) titleOf.put(q.getSubject(), o.getLiteralLexicalForm());
            else if (p.equals(jurisdiction) && o.isURI()) placeOf.put(q.getSubject(), o);
            else if (p.equals(adminCode) && o.isLiteral()) codeOf.put(q.getSubject(), o.getLiteralLexicalForm());
            else if (p.equals(published) && o.isLiteral()) date = o.getLiteralLexicalForm();
        }
        String reportDate = date;
        memberOf.forEach((m, p) -> {
            Seen s = seen.computeIfAbsent(p.getURI(), x -> new Seen());
            Node body = bodyOf.get(m);
            if (body != null) s.bodies.add(body.getURI());
            // a former post (原…) says nothing of what the person holds at the report's date
            String t = titleOf.get(m);
            if (!statesCurrentPost(t) || reportDate == null) return;
            s.firstSeen = earlier(s.firstSeen, reportDate);
            s.lastSeen = later(s.lastSeen, reportDate);
            Node place = body == null ? null : placeOf.get(body);
            String code = place == null ? null : codeOf.getOrDefault(place, codeInIri(place.getURI()));
            if (AdminLevels.isProvince(code)) s.provincialPost = true;
        });
        return seen;
    }

    /** The key part of a person placed in the country (ArticleResolver.NATIONAL): a post in a central body. */
    static final String NATIONAL_KEY = "CN";
    /** The title prefix of a former post (原福建省副省长). */
    private static final String FORMER = "原";

    /** Whether a post so titled is stated as current at the report's date: a former post (原…) is not. */
    public static boolean statesCurrentPost(String title) {
        return title != null && !title.startsWith(FORMER);
    }

    /** The earlier of two ISO dates, either may be null. */
    public static String earlier(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /** The later of two ISO dates, either may be null. */
    public static String later(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }
    private static final java.util.regex.Pattern PLACE_CODE_IRI = java.util.regex.Pattern.compile("/place/(\\d{2,12})$");

    /** A place's division code from its IRI (…/place/35), for a body whose place the report graph does not describe. */
    public static String codeInIri(String iri) {
        java.util.regex.Matcher m = PLACE_CODE_IRI.matcher(iri);
        return m.find() ? m.group(1) : null;
    }

    /** The entity's rdfs:label, when it has a label and is labelled here. */
    public static void writeLabel(String graphIri, String entity, Seen s, StreamRDF stream) {
        if (s.label != null && labelledHere(s.key)) label(new QuadSink(stream, graphIri), entity, s.label);
    }

    /** The owl:sameAs links among the people of one name ({@code people}: IRI to what the reports say of it). */
    public static void writeSameAs(String graphIri, Map<String, Seen> people, StreamRDF stream) {
        QuadSink out = new QuadSink(stream, graphIri);
        Map<String, Career> careers = new TreeMap<>();
        people.forEach((iri, s) -> careers.put(iri, s.career()));
        personLinks(careers).forEach((from, to) -> sameAs(out, from, to));
    }

    /**
     * Builds the entities graph in memory from report graphs as they stream past; memory grows with the
     * number of distinct entities, not with the text. Not thread-safe.
     */
    public static final class Accumulator {
        private final Map<String, Seen> seen = new HashMap<>();

        public void add(Collection<Quad> quads) {
            seenIn(quads).forEach((iri, s) -> seen.merge(iri, s, Seen::merge));
        }

        /** Writes the graph, in IRI order. */
        public void write(String graphIri, StreamRDF stream) {
            Map<String, Map<String, Seen>> peopleByName = new TreeMap<>();
            for (var e : new TreeMap<>(seen).entrySet()) {
                Seen s = e.getValue();
                writeLabel(graphIri, e.getKey(), s, stream);
                if (s.personName() != null) peopleByName.computeIfAbsent(s.personName(), x -> new TreeMap<>()).put(e.getKey(), s);
            }
            for (Map<String, Seen> people : peopleByName.values()) writeSameAs(graphIri, people, stream);
        }

        public Set<String> entities() {
            return new HashSet<>(seen.keySet());
        }
    }
}
