package govkg.remote;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;

/**
 * Every named graph of a local TDB2 dataset as jobs for {@link RemoteLoader}: each payload is read in a read
 * transaction of its own, on the worker that sends it.
 */
public final class StoreGraphs {
    private StoreGraphs() {}

    public static List<RemoteLoader.Job> of(Dataset dataset) {
        List<String> graphs = Txn.calculateRead(dataset, () -> {
            List<String> out = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> { if (n.isURI()) out.add(n.getURI()); });
            return out;
        });
        graphs.sort(null);
        List<RemoteLoader.Job> jobs = new ArrayList<>();
        for (String g : graphs)
            jobs.add(new RemoteLoader.Job(g, () -> Txn.calculateRead(dataset,
                    () -> GraphPayload.of(g, dataset.asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(g))))));
        return jobs;
    }

    /** The graphs the state says the endpoint has from earlier loads that this store no longer holds. */
    public static List<String> gone(SentGraphs state, List<RemoteLoader.Job> current) {
        java.util.Set<String> now = new java.util.HashSet<>();
        for (RemoteLoader.Job j : current) now.add(j.graph());
        List<String> out = new ArrayList<>();
        for (String g : state.graphs()) if (!now.contains(g)) out.add(g);
        return out;
    }
}
