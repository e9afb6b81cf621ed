package govkg.eval;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the entities of each {@link EvalType} from a graph with SPARQL. The model must hold the ontology
 * too, so instances of subclasses and values of subproperties count (gov:TownshipGovernment is a
 * gov:Organization, gov:correspondent a gov:reporter). Names are rdfs:label, skos:prefLabel and skos:altLabel.
 * <ul>
 *   <li>journalist: {@code ?report P ?x}, P gov:reporter or a subproperty; the names of ?x</li>
 *   <li>post: {@code ?h a org:Membership; org:member ?m; gov:title ?t}; one entity per holding and member,
 *       labels = titles, names = the member's names</li>
 *   <li>place: {@code ?x a gov:Place}; names and gov:adminCode</li>
 *   <li>others: {@code ?x a gov:Person | gov:Organization | gov:Program | gov:PolicyDocument | gov:Event}; names</li>
 * </ul>
 * Nodes joined by owl:sameAs are one entity. All but journalists and posts count only when some report
 * links them with {@code gov:mentions}.
 */
public final class SystemEntities {
    static final String PREFIXES = govkg.rdf.Prefixes.sparqlPrologue();
    private static final String NAME = "(rdfs:label|skos:prefLabel|skos:altLabel)";

    private final Model model;
    private final SameAs same = new SameAs();
    private final Set<String> mentioned = new HashSet<>();

    /** Reads the owl:sameAs classes and the mentioned entities of {@code model} once. */
    public SystemEntities(Model model) {
        this.model = model;
        select("SELECT ?a ?b WHERE { ?a owl:sameAs ?b }", s -> same.join(s.get("a").toString(), s.get("b").toString()));
        select("SELECT ?x WHERE { ?r gov:mentions ?x }", s -> mentioned.add(same.root(s.get("x").toString())));
    }

    /**
     * The entities of one type, sorted by IRI (then by description), so the output and the pairing do not
     * depend on the order the graph happens to be stored in.
     */
    public List<SystemEntity> of(EvalType type) {
        Map<String, SystemEntity> byKey = new LinkedHashMap<>();
        select(query(type), s -> {
            String id = same.root(s.get("x").toString());
            if (type.mentionedOnly() && !mentioned.contains(id)) return;
            // a holding with several members counts once per member
            String key = type == EvalType.POST ? id + "|" + same.root(s.get("m").toString()) : id;
            SystemEntity e = byKey.computeIfAbsent(key,
                    k -> new SystemEntity(id, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
            RDFNode l = s.get("l"), n = s.get("n"), c = s.get("c");
            if (l != null && l.isLiteral()) e.labels().add(Names.normalize(l.asLiteral().getLexicalForm()));
            if (n != null && n.isLiteral()) e.names().add(Names.normalize(n.asLiteral().getLexicalForm()));
            if (c != null) e.codes().add(c.isLiteral() ? c.asLiteral().getLexicalForm() : c.toString());
        });
        List<SystemEntity> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparing(SystemEntity::id).thenComparing(SystemEntity::describe));
        return out;
    }

    static String query(EvalType type) {
        return switch (type) {
            case JOURNALIST -> "SELECT ?x ?l WHERE { ?r ?p ?x . ?p rdfs:subPropertyOf* gov:reporter . ?x " + NAME + " ?l }";
            case POST -> "SELECT ?x ?m ?l ?n WHERE { ?x rdf:type/rdfs:subClassOf* org:Membership ; org:member ?m ; gov:title ?l . ?m "
                    + NAME + " ?n }";
            case PLACE -> "SELECT ?x ?l ?c WHERE { ?x rdf:type/rdfs:subClassOf* gov:Place . OPTIONAL { ?x " + NAME
                    + " ?l } OPTIONAL { ?x gov:adminCode ?c } }";
            default -> "SELECT ?x ?l WHERE { ?x rdf:type/rdfs:subClassOf* gov:" + type.govClass() + " ; " + NAME + " ?l }";
        };
    }

    private void select(String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + query, model)) {
            qe.execSelect().forEachRemaining(each);
        }
    }
}
