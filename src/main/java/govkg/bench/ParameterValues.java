package govkg.bench;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values an analyst would put into each canned-query parameter, drawn from the store itself: the
 * names of people, places, provinces, organizations, programs, documents, events and journalists
 * that are there. Up to {@link #PER_PARAMETER} values each, shuffled with a fixed seed, so runs ask
 * the same questions.
 */
public final class ParameterValues {
    static final int PER_PARAMETER = 300;
    private static final String PREFIXES = """
            PREFIX gov: <https://w3id.org/govkg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            """;
    /** Parameter name → a query whose ?v are plausible values. */
    static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("personName", "SELECT DISTINCT ?v WHERE { ?m org:member ?p . ?p rdfs:label ?v }"),
            Map.entry("a", "SELECT DISTINCT ?v WHERE { ?m org:member ?p . ?p rdfs:label ?v }"),
            Map.entry("rootName", "SELECT DISTINCT ?v WHERE { ?o gov:jurisdiction ?p . ?p rdfs:label ?v }"),
            Map.entry("placeName", "SELECT DISTINCT ?v WHERE { ?o gov:jurisdiction ?p . ?p rdfs:label ?v }"),
            Map.entry("provinceName", "SELECT DISTINCT ?v WHERE { ?p gov:adminLevel gov:Province ; rdfs:label ?v }"),
            Map.entry("orgName", "SELECT DISTINCT ?v WHERE { ?o a gov:Organization ; rdfs:label ?v }"),
            Map.entry("programName", "SELECT DISTINCT ?v WHERE { ?o a gov:Program ; rdfs:label ?v }"),
            Map.entry("documentName", "SELECT DISTINCT ?v WHERE { ?o a gov:PolicyDocument ; rdfs:label ?v }"),
            Map.entry("eventName", "SELECT DISTINCT ?v WHERE { ?o a gov:Event ; rdfs:label ?v }"),
            Map.entry("post", "SELECT DISTINCT ?v WHERE { ?m org:member ?p ; gov:title ?v }"),
            Map.entry("onDate", "SELECT DISTINCT ?v WHERE { ?r a gov:Report ; schema:datePublished ?v }"),
            Map.entry("journalist", "SELECT DISTINCT ?v WHERE { ?r gov:reporter|gov:correspondent|gov:photographer ?j . ?j rdfs:label ?v }"));

    private final Map<String, List<String>> values = new HashMap<>();
    private final List<String> missing = new ArrayList<>();

    private ParameterValues() {}

    /** Draws values for every parameter the queries declare; an unknown parameter is an error naming it. */
    public static ParameterValues draw(Dataset ds, List<CannedQuery> queries) {
        ParameterValues pv = new ParameterValues();
        Random rnd = new Random(7);
        List<String> order = new ArrayList<>(List.of("personName"));   // first: the fallback of the others
        for (CannedQuery q : queries) for (String p : q.parameters()) if (!order.contains(p)) order.add(p);
        for (String p : order) {
            String src = SOURCES.get(p);
            if (src == null) {
                String q = queries.stream().filter(c -> c.parameters().contains(p)).map(CannedQuery::name).findFirst().orElse("?");
                throw new IllegalArgumentException(q + ": no source of values for parameter ?" + p + " (add one to ParameterValues)");
            }
            List<String> vals = new ArrayList<>(Txn.calculateRead(ds, () -> distinct(ds, src)));
            if (vals.isEmpty()) {
                // none in this store (a TV corpus has no bylines): ask about names that are there, as an analyst would
                // who does not know; a lookup that finds nothing must be fast too
                pv.missing.add(p);
                vals = new ArrayList<>(pv.values.getOrDefault("personName", List.of("无此名")));
            }
            Collections.shuffle(vals, rnd);
            pv.values.put(p, List.copyOf(vals.subList(0, Math.min(PER_PARAMETER, vals.size()))));
        }
        return pv;
    }

    /** The distinct ?v of the first 50,000 matches: no DISTINCT in SPARQL, so the LIMIT streams instead of reading every match. */
    private static java.util.Set<String> distinct(Dataset ds, String src) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        try (QueryExecution qe = QueryExecution.create().query(PREFIXES + src.replace("SELECT DISTINCT", "SELECT") + " LIMIT 50000")
                .dataset(ds).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                if (s.get("v").isLiteral()) seen.add(s.getLiteral("v").getLexicalForm());
            }
        }
        return seen;
    }

    /** One value per parameter of {@code q}, the {@code i}-th (cycling). */
    public Map<String, String> pick(CannedQuery q, int i) {
        Map<String, String> out = new HashMap<>();
        for (String p : q.parameters()) {
            List<String> l = values.get(p);
            if (l != null && !l.isEmpty()) out.put(p, l.get(Math.floorMod(i, l.size())));
        }
        return out;
    }

    /** Parameters with no value of their own in the store (bound to person names instead). */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    public int count(String parameter) {
        return values.getOrDefault(parameter, List.of()).size();
    }
}
