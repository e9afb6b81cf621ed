package govkg.store;

import govkg.rdf.ReportGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * A govkg TDB2 store on disk. Report graphs are replaced whole (delete the graph, add the new
 * quads, in one write transaction), so rebuilding the same file never duplicates a report and a
 * failure leaves the previous state. The union of named graphs is the default graph for queries.
 * Thread-safety: TDB2 transactions; one process may open a store directory at a time.
 */
public final class Store implements AutoCloseable {
    private final Dataset dataset;
    private final Path dir;

    private Store(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException(dir + ": cannot create the store folder: " + e.getMessage());
        }
        // TDB2 writes a lock file and its journal even to read, so a folder it cannot write is no store to open
        if (!Files.isWritable(dir))
            throw new StoreException(dir + ": the store folder is read-only (TDB2 must write its lock and journal even to read); "
                    + "copy the store somewhere writable");
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot open the store: " + openFailure(e));
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(dir, ds);
    }

    /** Why TDB2 would not open a store, in words a user can act on. */
    private static String openFailure(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Lock already held") || m.contains("lock") && m.contains("held"))
            return "it is in use by another process (" + m + "). A TDB2 store belongs to one process at a time: stop that process, "
                    + "or send data to a running `govkg serve --update` as Graph Store Protocol uploads (`govkg load --endpoint http://HOST:PORT/govkg/data`), "
                    + "and queries to a running server (`govkg query --endpoint http://HOST:PORT/govkg/sparql`)";
        return e.getClass().getSimpleName() + ": " + m;
    }

    /**
     * Runs a write transaction; an environmental failure (disk full — with memory-mapped files a fault shows
     * as an {@link InternalError} —, an I/O error) becomes a {@link StoreWriteException} saying so. TDB2 has
     * aborted the transaction by then, so the store holds exactly what was committed before.
     */
    private void writeTxn(Runnable action) {
        calculateWrite(() -> {
            action.run();
            return null;
        });
    }

    /** A write transaction for the store's own loaders, with the failures of {@link #writeTxn} made clear. */
    public <T> T calculateWrite(java.util.function.Supplier<T> action) {
        try {
            return Txn.calculateWrite(dataset, action);
        } catch (InternalError | org.apache.jena.atlas.RuntimeIOException | java.io.UncheckedIOException e) {
            throw writeFailure(e);
        } catch (RuntimeException e) {
            if (causedByIo(e)) throw writeFailure(e);
            throw e;
        }
    }

    /** The exception to throw for a failed write: a clear {@link StoreWriteException} for disk and I/O faults, else {@code e}. */
    public RuntimeException writeFailureOf(Throwable e) {
        if (e instanceof InternalError || e instanceof org.apache.jena.atlas.RuntimeIOException || e instanceof java.io.UncheckedIOException
                || e instanceof RuntimeException r && causedByIo(r)) return writeFailure(e);
        if (e instanceof RuntimeException r) return r;
        throw (Error) e;
    }

    private StoreWriteException writeFailure(Throwable e) {
        String why = e instanceof InternalError ? "a fault writing the memory-mapped store files (the disk is probably full)"
                : String.valueOf(e.getMessage());
        StoreWriteException w = new StoreWriteException(dir + ": cannot write the store: " + why
                + ". Nothing of the failed transaction was kept; what was committed before is intact. Free space (or fix the folder) and rerun.");
        w.initCause(e);
        return w;
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause())
            if (c instanceof java.io.IOException && !(c instanceof java.nio.charset.CharacterCodingException)) return true;
        return false;
    }

    /** Opens an existing store; a clear error when there is none. */
    public static Store openExisting(Path dir) {
        if (!Files.isDirectory(dir)) throw new StoreException(dir + ": no govkg store here (run `govkg build` first)");
        return open(dir);
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Replaces each report's graph by its new quads, all in one transaction. Low level: it neither updates
     * the entities and runs graphs nor removes a file's stale articles; builds use {@link IncrementalLoader}.
     */
    public void replaceReports(Collection<ReportGraph> reports) {
        writeTxn(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (ReportGraph r : reports) {
                Node g = NodeFactory.createURI(r.iri());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : r.quads()) dsg.add(q);
            }
        });
    }

    /** Writes quads through a stream inside one write transaction (reference graphs, loads). */
    public void write(Consumer<StreamRDF> writer) {
        writeTxn(() -> {
            StreamRDF s = StreamRDFLib.dataset(dataset.asDatasetGraph());
            s.start();
            writer.accept(s);
            s.finish();
        });
    }

    /** Replaces a whole named graph (reference data) by what {@code writer} produces. */
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        writeTxn(() -> {
            dataset.asDatasetGraph().deleteAny(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY);
            StreamRDF s = StreamRDFLib.dataset(dataset.asDatasetGraph());
            writer.accept(s);
        });
    }

    /**
     * Like {@link #replaceGraph}, for small graphs: leaves the stored graph alone when it is already
     * isomorphic to the new one, so a graph with blank nodes (the ontology's OWL lists) is not renewed by
     * every build. Builds the new graph in memory first.
     */
    public void replaceSmallGraphIfChanged(String graphIri, Consumer<StreamRDF> writer) {
        DatasetGraph fresh = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        writer.accept(StreamRDFLib.dataset(fresh));
        Node g = NodeFactory.createURI(graphIri);
        writeTxn(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (dsg.getGraph(g).isIsomorphicWith(fresh.getGraph(g))) return;
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            fresh.find().forEachRemaining(dsg::add);
        });
    }

    /** Loads an RDF file (syntax by extension); triples go to {@code defaultGraphIri} so the union sees them. */
    public long load(Path file, String defaultGraphIri) {
        long[] n = {0};
        writeTxn(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node g = NodeFactory.createURI(defaultGraphIri);
            RDFParser.source(file).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                @Override public void triple(org.apache.jena.graph.Triple t) { dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()); n[0]++; }
                @Override public void quad(Quad q) {
                    if (q.isDefaultGraph()) dsg.add(g, q.getSubject(), q.getPredicate(), q.getObject()); else dsg.add(q);
                    n[0]++;
                }
            });
        });
        return n[0];
    }

    /**
     * Loads RDF read from {@code in} in syntax {@code lang}, as {@link #load(Path, String)} does, in one
     * write transaction; {@code progress} gets the statement count every 10,000 statements (for
     * progress bars), from the loading thread.
     */
    public long load(java.io.InputStream in, org.apache.jena.riot.Lang lang, String defaultGraphIri, java.util.function.LongConsumer progress) {
        long[] n = {0};
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node g = NodeFactory.createURI(defaultGraphIri);
            RDFParser.source(in).lang(lang).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                @Override public void triple(org.apache.jena.graph.Triple t) { dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()); tick(); }
                @Override public void quad(Quad q) {
                    if (q.isDefaultGraph()) dsg.add(g, q.getSubject(), q.getPredicate(), q.getObject()); else dsg.add(q);
                    tick();
                }
                private void tick() {
                    if (++n[0] % 10_000 == 0) progress.accept(n[0]);
                }
            });
        });
        return n[0];
    }

    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long c = 0;
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) { it.next(); c++; }
            return c;
        });
    }

    @Override
    public void close() {
        try {
            dataset.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        } catch (RuntimeException | InternalError e) {
            // after a failed write (disk full) closing may fail too; the committed state is on disk already
        }
    }
}
