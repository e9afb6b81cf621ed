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
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(dir, ds);
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

    /** Replaces each report's graph by its new quads, all in one transaction. */
    public void replaceReports(Collection<ReportGraph> reports) {
        Txn.executeWrite(dataset, () -> {
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
        Txn.executeWrite(dataset, () -> {
            StreamRDF s = StreamRDFLib.dataset(dataset.asDatasetGraph());
            s.start();
            writer.accept(s);
            s.finish();
        });
    }

    /** Replaces a whole named graph (reference data) by what {@code writer} produces. */
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().deleteAny(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY);
            StreamRDF s = StreamRDFLib.dataset(dataset.asDatasetGraph());
            writer.accept(s);
        });
    }

    /** Loads an RDF file (syntax by extension); triples go to {@code defaultGraphIri} so the union sees them. */
    public long load(Path file, String defaultGraphIri) {
        long[] n = {0};
        Txn.executeWrite(dataset, () -> {
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
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
