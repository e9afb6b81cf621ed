package govkg.store;

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
 * touching only the entities those reports mention:
 * <ul>
 *   <li>an entity no report mentions any more loses its label and links (entity GC; what the reports
 *       said of it went with their graphs);</li>
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
            MENTIONS = GOV.mentions.asNode(), PERSON = GOV.Person.asNode(), TYPE = RDF.type.asNode(),
            LABEL = RDFS.label.asNode(), SAME_AS = OWL2.sameAs.asNode(),
            MEMBER = ORG.member.asNode(), ORGANIZATION = ORG.organization.asNode();

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

    void apply() {
        Set<String> touched = new TreeSet<>(goneNames.keySet());
        touched.addAll(newNames.keySet());
        for (String e : touched) refresh(NodeFactory.createURI(e), goneNames.getOrDefault(e, Set.of()), newNames.getOrDefault(e, Set.of()));
        for (String name : personNames) relink(name);
    }

    private void refresh(Node e, Set<String> gone, Set<String> added) {
        if (!dsg.find(Node.ANY, Node.ANY, MENTIONS, e).hasNext()) {
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
        Map<String, String> keys = new TreeMap<>();
        Map<String, Set<String>> bodies = new HashMap<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, LABEL, NodeFactory.createLiteralLang(name, "zh")); it.hasNext(); ) {
            Node p = it.next().getSubject();
            if (!dsg.find(Node.ANY, p, TYPE, PERSON).hasNext()) continue;
            keys.put(p.getURI(), first(dsg.find(Node.ANY, p, KEY, Node.ANY)));
            Set<String> held = new TreeSet<>();
            for (Iterator<Quad> ms = dsg.find(Node.ANY, Node.ANY, MEMBER, p); ms.hasNext(); ) {
                for (Iterator<Quad> os = dsg.find(Node.ANY, ms.next().getSubject(), ORGANIZATION, Node.ANY); os.hasNext(); ) {
                    Node o = os.next().getObject();
                    if (o.isURI()) held.add(o.getURI());
                }
            }
            bodies.put(p.getURI(), held);
        }
        for (String p : keys.keySet()) dsg.deleteAny(graph, NodeFactory.createURI(p), SAME_AS, Node.ANY);
        EntityGraph.personLinks(keys, bodies).forEach((from, to) ->
                dsg.add(graph, NodeFactory.createURI(from), SAME_AS, NodeFactory.createURI(to)));
    }

    private static String first(Iterator<Quad> it) {
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
