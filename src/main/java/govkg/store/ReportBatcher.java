package govkg.store;

import govkg.rdf.ReportGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Gathers report graphs and replaces them in the store many at a time, in one write transaction per
 * batch of about {@link #DEFAULT_QUADS} quads. A TDB2 transaction per source file made a build write
 * 30× slower than Jena's bulk loader and grew the store by gigabytes (every commit copies the B+tree
 * blocks it touches; docs/benchmarks.md). A batch is committed whole or not at all, so a crash loses at
 * most the batch being written, never what was committed before. Memory: one batch. Not thread-safe:
 * one thread adds (the build's consumer thread).
 */
public final class ReportBatcher implements AutoCloseable {
    public static final long DEFAULT_QUADS = 50_000;
    private final Store store;
    private final long maxQuads;
    private final List<ReportGraph> pending = new ArrayList<>();
    private long quads;

    public ReportBatcher(Store store) {
        this(store, DEFAULT_QUADS);
    }

    public ReportBatcher(Store store, long maxQuads) {
        this.store = store;
        this.maxQuads = maxQuads;
    }

    /** Queues one file's report graphs; writes the batch once it holds {@code maxQuads} quads. */
    public void add(Collection<ReportGraph> graphs) {
        for (ReportGraph g : graphs) {
            pending.add(g);
            quads += g.quads().size();
        }
        if (quads >= maxQuads) flush();
    }

    /** Writes what is queued, in one transaction. */
    public void flush() {
        if (pending.isEmpty()) return;
        store.replaceReports(pending);
        pending.clear();
        quads = 0;
    }

    @Override
    public void close() {
        flush();
    }
}
