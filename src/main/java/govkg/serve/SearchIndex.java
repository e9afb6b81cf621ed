package govkg.serve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * In-memory index of the names (rdfs:label, skos:altLabel, a report's dcterms:title) of the entities,
 * built once when the server starts (the store is read-only while served). A query matches a name exactly,
 * as a prefix or as a substring (after NFKC and lower-casing); hits are ranked exact &gt; prefix &gt;
 * substring, then by the number of reports that mention the entity, then by shorter name.
 * Immutable after {@link #build}; thread-safe.
 */
final class SearchIndex {
    /** One search result. */
    record Hit(String iri, String label, String matched, String kind, int rank, int reports) {}

    private static final Set<String> KINDS =
            Set.of("person", "organization", "place", "program", "document", "event", "report", "role");

    private final String[] names;      // normalised
    private final String[] shown;      // as written
    private final int[] entity;        // index into the entity arrays
    private final String[] iris;
    private final String[] labels;
    private final String[] kinds;
    private final int[] reports;
    private final Map<String, Integer> position;
    /** A report's date published, by IRI: a report hit is told apart from its namesakes by its date. */
    private final Map<String, String> dates;

    private SearchIndex(List<String[]> nameRows, List<String[]> entities, Map<String, Integer> counts, Map<String, String> dates) {
        this.dates = dates;
        Map<String, Integer> pos = new HashMap<>();
        position = pos;
        iris = new String[entities.size()];
        labels = new String[entities.size()];
        kinds = new String[entities.size()];
        reports = new int[entities.size()];
        for (int i = 0; i < entities.size(); i++) {
            String[] e = entities.get(i);
            iris[i] = e[0];
            kinds[i] = e[1];
            labels[i] = e[2];
            reports[i] = counts.getOrDefault(e[0], 0);
            pos.put(e[0], i);
        }
        names = new String[nameRows.size()];
        shown = new String[nameRows.size()];
        entity = new int[nameRows.size()];
        for (int i = 0; i < nameRows.size(); i++) {
            shown[i] = nameRows.get(i)[1];
            names[i] = normalize(shown[i]);
            entity[i] = pos.get(nameRows.get(i)[0]);
        }
    }

    /** Reads every name of every entity of a known kind, and the report counts. */
    static SearchIndex build(DataView store) {
        return store.read(() -> {
            Map<String, String> kindOf = new HashMap<>();
            Map<String, String> labelOf = new HashMap<>();
            List<String[]> nameRows = new ArrayList<>();
            for (Node p : List.of(RDFS.label.asNode(), DCTerms.title.asNode(), SKOS.altLabel.asNode())) {
                var it = store.union().find(Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Triple t = it.next();
                    if (!t.getSubject().isURI() || !t.getObject().isLiteral())
                        continue;
                    String iri = t.getSubject().getURI();
                    String kind = kindOf.computeIfAbsent(iri, k -> Kinds.kindOf(store, t.getSubject()));
                    if (!KINDS.contains(kind))
                        continue;
                    String name = t.getObject().getLiteralLexicalForm();
                    nameRows.add(new String[] {iri, name});
                    if (!p.equals(SKOS.altLabel.asNode())) {
                        String lang = t.getObject().getLiteralLanguage();
                        if (!labelOf.containsKey(iri) || lang.startsWith("zh"))
                            labelOf.put(iri, name);
                    }
                }
            }
            List<String[]> entities = new ArrayList<>();
            Set<String> done = new HashSet<>();
            for (String[] row : nameRows)
                if (done.add(row[0]))
                    entities.add(new String[] {row[0], kindOf.get(row[0]), labelOf.getOrDefault(row[0], row[1])});
            Map<String, Integer> counts = new HashMap<>();
            // every report links what it names with gov:mentions, and the union graph holds each triple once, so
            // the count of these triples is the count of reports; no DISTINCT, no join with the text annotations
            // (both made this query outlast the page timeout on 100,000 reports)
            for (Binding b : store.selectWhole("SELECT ?e (COUNT(?r) AS ?n) WHERE { ?r gov:mentions ?e } GROUP BY ?e"))
                if (b.get("e").isURI())
                    counts.put(b.get("e").getURI(), ((Number) b.get("n").getLiteralValue()).intValue());
            Map<String, String> dates = new HashMap<>();
            for (Binding b : store.selectWhole("SELECT ?r (MIN(STR(?d)) AS ?date) WHERE { ?r a gov:Report ; schema:datePublished ?d } GROUP BY ?r"))
                if (b.get("r").isURI() && b.get("date") != null)
                    dates.put(b.get("r").getURI(), b.get("date").getLiteralLexicalForm());
            return new SearchIndex(nameRows, entities, counts, Map.copyOf(dates));
        });
    }

    /** Number of names indexed. */
    int size() {
        return names.length;
    }

    /** A report's date published, or null. */
    String date(String iri) {
        return dates.get(iri);
    }

    /** The number of reports mentioning the entity (0 if not indexed). */
    int reportCount(String iri) {
        Integer i = position.get(iri);
        return i == null ? 0 : reports[i];
    }

    /** The best {@code limit} entities for the query; empty for a blank query. */
    List<Hit> search(String query, int limit) {
        String q = normalize(query == null ? "" : query.strip());
        if (q.isEmpty())
            return List.of();
        Map<Integer, Hit> best = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            int rank = n.equals(q) ? 0 : n.startsWith(q) ? 1 : n.contains(q) ? 2 : -1;
            if (rank < 0)
                continue;
            int e = entity[i];
            Hit old = best.get(e);
            if (old == null || rank < old.rank() || rank == old.rank() && shown[i].length() < old.matched().length())
                best.put(e, new Hit(iris[e], labels[e], shown[i], kinds[e], rank, reports[e]));
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Hit::rank)
                        .thenComparing(Comparator.comparingInt(Hit::reports).reversed())
                        .thenComparingInt(h -> h.matched().length())
                        .thenComparing(Hit::label)
                        .thenComparing(Hit::iri))
                .limit(limit)
                .toList();
    }

    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
