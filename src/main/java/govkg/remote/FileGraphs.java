package govkg.remote;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The named graphs of one RDF file, in memory, as jobs for {@link RemoteLoader}: named graphs keep their names,
 * triples of the default graph go to {@code defaultGraphIri} (as {@code govkg load} into TDB2 does). The whole
 * file is read first, so a file that does not parse sends nothing.
 */
public final class FileGraphs {
    private FileGraphs() {}

    public static List<RemoteLoader.Job> read(Path file, String defaultGraphIri) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node dflt = NodeFactory.createURI(defaultGraphIri);
        RDFParser.source(file).parse(new StreamRDFBase() {
            @Override public void triple(Triple t) {
                dsg.add(dflt, t.getSubject(), t.getPredicate(), t.getObject());
            }

            @Override public void quad(Quad q) {
                if (q.isDefaultGraph()) dsg.add(dflt, q.getSubject(), q.getPredicate(), q.getObject());
                else dsg.add(q);
            }
        });
        List<RemoteLoader.Job> jobs = new ArrayList<>();
        // sorted, so reruns go in the same order; the in-memory dataset is only read from here on (safe across threads)
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(java.util.Comparator.comparing(Node::getURI));
        for (Node g : graphs) jobs.add(new RemoteLoader.Job(g.getURI(), () -> GraphPayload.of(g.getURI(), dsg.getGraph(g))));
        return jobs;
    }
}
