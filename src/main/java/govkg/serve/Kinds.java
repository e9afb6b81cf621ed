package govkg.serve;

import govkg.rdf.GOV;
import govkg.rdf.Prefixes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;

/**
 * Display names and CSS kinds of the govkg classes. Immutable constants; thread-safe.
 */
final class Kinds {
    /** class IRI → {css kind, Chinese name}. */
    static final Map<String, String[]> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put(GOV.NS + "Person", new String[] {"person", "人物"});
        CLASSES.put(GOV.NS + "Organization", new String[] {"organization", "机构"});
        CLASSES.put(GOV.NS + "Place", new String[] {"place", "地区"});
        CLASSES.put(GOV.NS + "Program", new String[] {"program", "项目"});
        CLASSES.put(GOV.NS + "PolicyDocument", new String[] {"document", "文件"});
        CLASSES.put(GOV.NS + "Event", new String[] {"event", "事件"});
        CLASSES.put(GOV.NS + "Report", new String[] {"report", "报道"});
        CLASSES.put(ORG.NS + "Membership", new String[] {"membership", "任职"});
        CLASSES.put(ORG.NS + "Role", new String[] {"role", "职务"});
        CLASSES.put(GOV.NS + "Mention", new String[] {"mention", "提及"});
    }

    private Kinds() {}

    /** The CSS kind of a resource from its types, or {@code other}. */
    static String kindOf(DataView store, Node n) {
        if (!n.isURI())
            return "literal";
        for (Node t : store.objects(n, RDF.type.asNode())) {
            String[] k = CLASSES.get(t.getURI());
            if (k != null)
                return k[0];
        }
        return "other";
    }

    /** 人物 for gov:Person, … ; else the prefixed name. */
    static String className(Node type) {
        if (!type.isURI())
            return type.toString();
        String[] k = CLASSES.get(type.getURI());
        return k != null ? k[1] : Prefixes.shortName(type.getURI());
    }
}
