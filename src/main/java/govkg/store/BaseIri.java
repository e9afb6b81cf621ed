package govkg.store;

import govkg.resolve.IriMinter;
import java.util.Iterator;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The base IRI a store's data was built with, kept in the store so a server finds it without being told again.
 * A build records it in the runs graph as a VoID description:
 * {@code <B dataset/govkg> a void:Dataset ; void:uriSpace "B"}. A store without that statement (built by an older
 * version, or filled with {@code load} from N-Quads) still names its report graphs {@code B report/<hash>-<n>} and
 * its reference graphs {@code B graph/<name>}, and the base is read off those names. Stateless; thread-safe; call
 * inside a transaction.
 */
public final class BaseIri {
    /** The base of govkg data unless a build is told otherwise. */
    public static final String DEFAULT = IriMinter.DEFAULT_BASE;
    /** The dataset description's name under the base. */
    static final String DATASET = "govkg";
    private static final Node URI_SPACE = VOID.uriSpace.asNode();
    /** The graph names govkg mints: a report ({@code report/0123456789ab-1}) or a reference graph ({@code graph/runs}). */
    private static final Pattern GRAPH_NAME = Pattern.compile("^(https?://.*/)(?:report/[0-9a-f]{12}-\\d+|graph/[a-z]+)$");

    private BaseIri() {}

    /** The statements that record {@code iris}' base, in its runs graph. */
    public static void record(DatasetGraph dsg, IriMinter iris) {
        Node g = NodeFactory.createURI(iris.graph("runs"));
        Node d = NodeFactory.createURI(iris.dataset(DATASET));
        dsg.add(g, d, RDF.type.asNode(), VOID.Dataset.asNode());
        dsg.add(g, d, URI_SPACE, NodeFactory.createLiteralString(iris.base()));
    }

    /**
     * The base the data was built with: the recorded one, else the one its graph names show; empty when the store
     * is empty or holds data of several bases (then the caller must be told).
     */
    public static Optional<String> detect(DatasetGraph dsg) {
        TreeSet<String> recorded = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, URI_SPACE, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && q.getSubject().isURI()
                    && q.getSubject().getURI().equals(q.getObject().getLiteralLexicalForm() + "dataset/" + DATASET))
                recorded.add(q.getObject().getLiteralLexicalForm());
        });
        if (!recorded.isEmpty())
            return recorded.size() == 1 ? Optional.of(recorded.first()) : Optional.empty();
        TreeSet<String> named = new TreeSet<>();
        Iterator<Node> graphs = dsg.listGraphNodes();
        while (graphs.hasNext() && named.size() < 2) {
            Node g = graphs.next();
            if (!g.isURI() || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g))
                continue;
            Matcher m = GRAPH_NAME.matcher(g.getURI());
            if (m.matches())
                named.add(m.group(1));
        }
        return named.size() == 1 ? Optional.of(named.first()) : Optional.empty();
    }
}
