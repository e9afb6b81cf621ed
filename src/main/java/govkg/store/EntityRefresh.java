package govkg.store;

import govkg.rdf.AdminLevels;
import govkg.rdf.EntityGraph;
import govkg.rdf.GOV;
import govkg.resolve.FullestName;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the entities graph (see {@link EntityGraph}) true after report graphs were replaced or removed,
 * touching only the entities those reports describe:
 * <ul>
 *   <li>an entity no report describes any more (no gov:reportLabel left) loses its label and links (entity GC;
 *       what the reports said of it went with their graphs);</li>
 *   <li>a label only grows by reports added, so it is compared with theirs; only when a removed report gave
 *       the current label are all reports' names read again;</li>
 *   <li>the owl:sameAs links of every person name touched are recomputed from the people of that name.</li>
 * </ul>
 * The result depends only on the report graphs in the store, not on the order of the changes.
 * Use inside one write transaction: {@link #before} for the graphs about to go, {@link #after} for those
 * just added, then {@link #apply}. Not thread-safe.
 */
final class EntityRefresh {
    private static final Node REPORT_LABEL = GOV.reportLabel.asNode(), KEY = GOV.resolutionKey.asNode(),
            PERSON = GOV.Person.asNode(), TYPE = RDF.type.asNode(),
            LABEL = RDFS.label.asNode(), SAME_AS = OWL2.sameAs.asNode(),
            MEMBER = ORG.member.asNode(), ORGANIZATION = ORG.organization.asNode(), TITLE = GOV.title.asNode(),
            PUBLISHED = SchemaDO.datePublished.asNode(), JURISDICTION = GOV.jurisdiction.asNode(), ADMIN_CODE = GOV.adminCode.asNode();

    private final DatasetGraph dsg;
    private final Node graph;
    private final Map<String, Set<String>> goneNames = new HashMap<>();
    private final Map<String, Set<String>> newNames = new HashMap<>();
    private final Set<String> personNames = new TreeSet<>();

    EntityRefresh(DatasetGraph dsg, String entitiesGraph) {
        this.dsg = dsg;
        this.graph = NodeFactory.createURI(entitiesGraph);
    }

    /** The quads of report graphs about to be deleted. */
    void before(Collection<Quad> quads) {
        collect(quads, goneNames);
    }

    /** The quads of report graphs just added. */
    void after(Collection<Quad> quads) {
        collect(quads, newNames);
    }

    private void collect(Collection<Quad> quads, Map<String, Set<String>> names) {
        Set<Node> people = new HashSet<>();
        for (Quad q : quads) if (q.getPredicate().equals(TYPE) && q.getObject().equals(PERSON)) people.add(q.getSubject());
        for (Quad q : quads) {
            if (!q.getPredicate().equals(REPORT_LABEL) || !q.getSubject().isURI()) continue;
            String name = q.getObject().getLiteralLexicalForm();
            names.computeIfAbsent(q.getSubject().getURI(), x -> new HashSet<>()).add(name);
            if (people.contains(q.getSubject())) personNames.add(name);
        }
    }

    /**
     * Updates the labels of the entities the reports touched. Returns the names of the people among them, whose
     * owl:sameAs links {@link #relink} must recompute before the transaction commits: once per commit, not once per
     * report, since a frequent name's career is read from every report that names it.
     */
    Set<String> apply() {
        Set<String> touched = new TreeSet<>(goneNames.keySet());
        touched.addAll(newNames.keySet());
        for (String e : touched) refresh(NodeFactory.createURI(e), goneNames.getOrDefault(e, Set.of()), newNames.getOrDefault(e, Set.of()));
        return personNames;
    }

    /** Recomputes the owl:sameAs links among the people of each of {@code names}, from the store as it stands now. */
    static void relink(DatasetGraph dsg, String entitiesGraph, Collection<String> names) {
        EntityRefresh r = new EntityRefresh(dsg, entitiesGraph);
        for (String name : names) r.relink(name);
    }

    private void refresh(Node e, Set<String> gone, Set<String> added) {
        // gone with the last report that describes it (gov:reportLabel): a body a title only implies (总书记 →
        // 中共中央) is described without a mention, and keeps its label while a report describes it
        if (!dsg.find(Node.ANY, e, REPORT_LABEL, Node.ANY).hasNext()) {
            dsg.deleteAny(graph, e, Node.ANY, Node.ANY);
            dsg.deleteAny(graph, Node.ANY, Node.ANY, e);
            return;
        }
        String current = first(dsg.find(graph, e, LABEL, Node.ANY));
        if (!EntityGraph.labelledHere(first(dsg.find(Node.ANY, e, KEY, Node.ANY)))) return;
        String best;
        if (current == null || gone.contains(current)) {
            best = null;   // the label may have left with a removed report: read every report's name again
            for (Iterator<Quad> it = dsg.find(Node.ANY, e, REPORT_LABEL, Node.ANY); it.hasNext(); ) {
                String n = it.next().getObject().getLiteralLexicalForm();
                if (FullestName.better(n, best)) best = n;
            }
        } else {
            best = current;
            for (String n : added) if (FullestName.better(n, best)) best = n;
        }
        if (best != null && !best.equals(current)) {
            dsg.deleteAny(graph, e, LABEL, Node.ANY);
            dsg.add(graph, e, LABEL, NodeFactory.createLiteralLang(best, "zh"));
        }
    }

    /** Recomputes the owl:sameAs links among the people called {@code name}, from their keys and the bodies of their posts. */
    private void relink(String name) {
        Map<String, EntityGraph.Career> careers = new TreeMap<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, LABEL, NodeFactory.createLiteralLang(name, "zh")); it.hasNext(); ) {
            Node p = it.next().getSubject();
            if (!dsg.find(Node.ANY, p, TYPE, PERSON).hasNext()) continue;
            careers.put(p.getURI(), career(p, first(dsg.find(Node.ANY, p, KEY, Node.ANY))));
        }
        for (String p : careers.keySet()) dsg.deleteAny(graph, NodeFactory.createURI(p), SAME_AS, Node.ANY);
        EntityGraph.personLinks(careers).forEach((from, to) ->
                dsg.add(graph, NodeFactory.createURI(from), SAME_AS, NodeFactory.createURI(to)));
    }

    /** The career evidence of one person, read from the memberships in every report graph (as EntityGraph.seenIn reads one). */
    private EntityGraph.Career career(Node person, String key) {
        Set<String> held = new TreeSet<>();
        String firstSeen = null, lastSeen = null;
        boolean provincial = false;
        for (Iterator<Quad> ms = dsg.find(Node.ANY, Node.ANY, MEMBER, person); ms.hasNext(); ) {
            Quad mq = ms.next();
            Node report = mq.getGraph(), m = mq.getSubject();
            Node body = object(dsg.find(report, m, ORGANIZATION, Node.ANY));
            if (body != null && body.isURI()) held.add(body.getURI());
            Node title = object(dsg.find(report, m, TITLE, Node.ANY));
            Node date = object(dsg.find(report, Node.ANY, PUBLISHED, Node.ANY));
            if (title == null || !title.isLiteral() || !EntityGraph.statesCurrentPost(title.getLiteralLexicalForm()) || date == null) continue;
            firstSeen = EntityGraph.earlier(firstSeen, date.getLiteralLexicalForm());
            lastSeen = EntityGraph.later(lastSeen, date.getLiteralLexicalForm());
            Node place = body == null ? null : object(dsg.find(Node.ANY, body, JURISDICTION, Node.ANY));
            if (place == null || !place.isURI()) continue;
            Node code = object(dsg.find(Node.ANY, place, ADMIN_CODE, Node.ANY));
            String c = code != null ? code.getLiteralLexicalForm() : EntityGraph.codeInIri(place.getURI());
            if (AdminLevels.isProvince(c)) provincial = true;
        }
        return new EntityGraph.Career(key, held, firstSeen, lastSeen, provincial);
    }

    private static Node object(Iterator<Quad> it) {
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String first(Iterator<Quad> it) {
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
