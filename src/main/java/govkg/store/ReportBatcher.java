package govkg.store;

import govkg.rdf.ReportGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.Collection;

/**
 * Writes report graphs into the store as they come, replacing each report's graph, inside a write
 * transaction that is committed every {@link #DEFAULT_QUADS} quads or so and at {@link #close}.
 *
 * <p>Why: with one TDB2 transaction per source file, a build wrote 30× slower than Jena's bulk loader,
 * and the store grew to gigabytes. Every commit copies the B+tree blocks it touched, and with hashed IRIs
 * a batch touches nearly every leaf, so the growth is quadratic in the number of commits
 * (docs/benchmarks.md). Within one transaction TDB2 writes new blocks to disk, not to the heap, so a large
 * transaction costs no memory here: nothing is held but the current file's graphs.
 *
 * <p>A crash loses the uncommitted part (at most one batch); what was committed stays, and a failure of
 * this writer aborts the open transaction. Not thread-safe: one thread adds (the build's consumer thread),
 * and nothing else may write to the store until {@link #close}.
 */
public final class ReportBatcher implements AutoCloseable {
    public static final long DEFAULT_QUADS = 2_000_000;
    private final Dataset dataset;
    private final long maxQuads;
    private long quads;
    private boolean open;

    public ReportBatcher(Store store) {
        this(store, DEFAULT_QUADS);
    }

    public ReportBatcher(Store store, long maxQuads) {
        this.dataset = store.dataset();
        this.maxQuads = maxQuads;
    }

    /** Replaces these reports' graphs (in the open transaction); commits once the batch holds {@code maxQuads} quads. */
    public void add(Collection<ReportGraph> graphs) {
        if (!open) {
            dataset.begin(ReadWrite.WRITE);
            open = true;
        }
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (ReportGraph r : graphs) {
                Node g = NodeFactory.createURI(r.iri());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : r.quads()) dsg.add(q);
                quads += r.quads().size();
            }
        } catch (RuntimeException e) {
            abort();
            throw e;
        }
        if (quads >= maxQuads) flush();
    }

    /** Commits what has been added. */
    public void flush() {
        if (!open) return;
        try {
            dataset.commit();
        } finally {
            dataset.end();
            open = false;
            quads = 0;
        }
    }

    private void abort() {
        if (!open) return;
        try {
            dataset.abort();
        } finally {
            dataset.end();
            open = false;
            quads = 0;
        }
    }

    @Override
    public void close() {
        flush();
    }
}
