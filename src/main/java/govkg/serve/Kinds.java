package govkg.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Display names and CSS kinds of the govkg classes. Immutable constants; thread-safe.
 */
final class Kinds {
    /** class IRI → {css kind, Chinese name}. */
    static final Map<String, String[]> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put(Ns.GOV + "Person", new String[] {"person", "人物"});
        CLASSES.put(Ns.GOV + "Organization", new String[] {"organization", "机构"});
        CLASSES.put(Ns.GOV + "Place", new String[] {"place", "地区"});
        CLASSES.put(Ns.GOV + "Program", new String[] {"program", "项目"});
        CLASSES.put(Ns.GOV + "PolicyDocument", new String[] {"document", "文件"});
        CLASSES.put(Ns.GOV + "Event", new String[] {"event", "事件"});
        CLASSES.put(Ns.GOV + "Report", new String[] {"report", "报道"});
        CLASSES.put(Ns.ORG + "Membership", new String[] {"membership", "任职"});
        CLASSES.put(Ns.ORG + "Role", new String[] {"role", "职务"});
        CLASSES.put(Ns.GOV + "Mention", new String[] {"mention", "提及"});
    }

    private Kinds() {}

    /** The CSS kind of a resource from its types, or {@code other}. */
    static String kindOf(Store store, Node n) {
        if (!n.isURI())
            return "literal";
        for (Node t : store.objects(n, Ns.TYPE)) {
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
