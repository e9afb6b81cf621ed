package govkg.store;

import govkg.rdf.EntityGraph;
import govkg.rdf.GOV;
import govkg.rdf.PROV;
import govkg.rdf.ReportGraph;
import govkg.rdf.RunGraph;
import govkg.resolve.IriMinter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings a store up to date with report graphs, source file by source file, each in one write
 * transaction (a failure leaves the previous state of that file):
 * <ul>
 *   <li>a report whose graph is unchanged is left alone (rebuilding the same input changes nothing);</li>
 *   <li>a changed report's graph is replaced whole; a report the file no longer has is removed;</li>
 *   <li>the entities graph is updated for the entities those reports mention ({@link EntityRefresh});</li>
 *   <li>the runs graph records which run generated each report's current graph.</li>
 * </ul>
 * One loader per run. Not thread-safe; use from one thread.
 */
public final class IncrementalLoader {
    /** What a load or removal did, in reports. */
    public record Change(int added, int replaced, int unchanged, int removed) {
        Change plus(Change o) {
            return new Change(added + o.added, replaced + o.replaced, unchanged + o.unchanged, removed + o.removed);
        }

        @Override public String toString() {
            return added + " added, " + replaced + " replaced, " + unchanged + " unchanged, " + removed + " removed";
        }
    }

    private static final Node SOURCE_FILE = GOV.sourceFile.asNode(), REPORT = GOV.Report.asNode(),
            TYPE = RDF.type.asNode(), GENERATED_BY = PROV.wasGeneratedBy.asNode(), ACTIVITY = PROV.Activity.asNode();

    /** Quads written between two commits by default; see {@link #IncrementalLoader(Store, IriMinter, long)}. */
    public static final long DEFAULT_COMMIT_QUADS = 2_000_000;

    private final Store store;
    private final RunGraph runs;
    private final IriMinter iris;
    private final String entitiesGraph;
    private final long commitQuads;
    private String run;
    private Change total = new Change(0, 0, 0, 0);
    private boolean open;
    private long pending;
    /** People whose names the writes since the last commit touched: their owl:sameAs links are recomputed at commit. */
    private final java.util.Set<String> relinkNames = new java.util.TreeSet<>();

    public IncrementalLoader(Store store, IriMinter iris) {
        this(store, iris, DEFAULT_COMMIT_QUADS);
    }

    /**
     * @param commitQuads commit the open write transaction once this many quads were written since the last commit
     *                    (0: after every source file). Why batches: every TDB2 commit copies the B+tree blocks it
     *                    touched, and hashed IRIs touch nearly every leaf, so a commit per file made builds 30× slower
     *                    than Jena's loader and the store grow to gigabytes (docs/benchmarks.md). A commit never splits
     *                    a file, so after a crash each report's graph is whole or absent; the uncommitted batch is
     *                    redone by the rerun.
     */
    public IncrementalLoader(Store store, IriMinter iris, long commitQuads) {
        this.store = store;
        this.commitQuads = commitQuads;
        this.runs = new RunGraph(iris);
        this.iris = iris;
        this.entitiesGraph = EntityGraph.graphIri(iris);
    }

    /**
     * Records the start of a run, and the base IRI the store's data is built with ({@link BaseIri}); the reports
     * loaded from now on say this run generated them.
     */
    public void startRun(String runId, Instant started) {
        run = runs.runIri(runId);
        store.calculateWrite(() -> {
            runs.started(runId, started).forEach(store.dataset().asDatasetGraph()::add);
            BaseIri.record(store.dataset().asDatasetGraph(), iris);
            return null;
        });
    }

    /** Ends the run, and drops every run that generated no report still in the store. */
    public void finishRun(Instant ended) {
        commit();
        store.calculateWrite(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            if (run != null) dsg.add(runs.ended(run, ended));
            dropIdleRuns(dsg);
            return null;
        });
    }

    public Change total() {
        return total;
    }

    /** The report IRIs in the store read from {@code sourceIri}, sorted. */
    public List<String> reportsOf(String sourceIri) {
        return Txn.calculateRead(store.dataset(), () -> reportsOf(store.dataset().asDatasetGraph(), NodeFactory.createURI(sourceIri)));
    }

    private static List<String> reportsOf(DatasetGraph dsg, Node source) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, SOURCE_FILE, source).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) out.add(q.getSubject().getURI());
        });
        return new ArrayList<>(out);
    }

    /** Makes the store hold exactly {@code reports} for the source file {@code sourceIri}. */
    public Change replaceSource(String sourceIri, List<ReportGraph> reports) {
        Change c = inBatch(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            EntityRefresh refresh = new EntityRefresh(dsg, entitiesGraph);
            Map<String, ReportGraph> fresh = new LinkedHashMap<>();
            for (ReportGraph r : reports) fresh.put(r.iri(), r);
            int added = 0, replaced = 0, unchanged = 0, removed = 0;
            for (String old : reportsOf(dsg, NodeFactory.createURI(sourceIri))) {
                if (fresh.containsKey(old)) continue;
                delete(dsg, old, refresh);
                removed++;
            }
            List<ReportGraph> toAdd = new ArrayList<>();
            for (ReportGraph r : fresh.values()) {
                List<Quad> old = graphQuads(dsg, r.iri());
                if (old.isEmpty()) { added++; toAdd.add(r); }
                else if (sameQuads(old, r.quads())) unchanged++;
                else { delete(dsg, r.iri(), refresh); replaced++; toAdd.add(r); }
            }
            for (ReportGraph r : toAdd) {
                r.quads().forEach(dsg::add);
                refresh.after(r.quads());
                if (run != null) dsg.add(runs.generated(r.iri(), run));
            }
            if (run != null && (!toAdd.isEmpty() || removed > 0)) dsg.add(runs.used(run, sourceIri));
            relinkNames.addAll(refresh.apply());
            for (ReportGraph r : toAdd) pending += r.quads().size();
            return new Change(added, replaced, unchanged, removed);
        });
        total = total.plus(c);
        if (pending >= commitQuads) commit();
        return c;
    }

    /** Runs {@code body} in the open write transaction (beginning one if needed); a failure aborts the batch. */
    private <T> T inBatch(java.util.function.Supplier<T> body) {
        try {
            if (!open) {
                store.dataset().begin(org.apache.jena.query.ReadWrite.WRITE);
                open = true;
            }
            return body.get();
        } catch (RuntimeException | InternalError e) {
            abort();
            throw store.writeFailureOf(e);
        }
    }

    /** Commits what was written since the last commit, with the owl:sameAs links of the people it touched recomputed. */
    public void commit() {
        if (!open) return;
        try {
            if (!relinkNames.isEmpty()) EntityRefresh.relink(store.dataset().asDatasetGraph(), entitiesGraph, relinkNames);
            relinkNames.clear();
            store.dataset().commit();
        } catch (RuntimeException | InternalError e) {
            abort();
            throw store.writeFailureOf(e);
        } finally {
            if (open) store.dataset().end();
            open = false;
            pending = 0;
        }
    }

    /** Drops what was written since the last commit (after a failure elsewhere in the build). */
    public void abort() {
        relinkNames.clear();
        if (!open) return;
        try {
            store.dataset().abort();
        } finally {
            store.dataset().end();
            open = false;
            pending = 0;
        }
    }

    /** Removes these reports' graphs and whatever only they said. Unknown IRIs are ignored. */
    public Change remove(Collection<String> reportIris) {
        commit();
        Change c = store.calculateWrite(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            EntityRefresh refresh = new EntityRefresh(dsg, entitiesGraph);
            int removed = 0;
            for (String r : new TreeSet<>(reportIris)) {
                if (!isReport(dsg, r)) continue;
                delete(dsg, r, refresh);
                removed++;
            }
            EntityRefresh.relink(dsg, entitiesGraph, refresh.apply());   // a transaction of its own: relinked now
            dropIdleRuns(dsg);
            return new Change(0, 0, 0, removed);
        });
        total = total.plus(c);
        return c;
    }

    static boolean isReport(DatasetGraph dsg, String iri) {
        Node r = NodeFactory.createURI(iri);
        return dsg.contains(r, r, TYPE, REPORT);
    }

    private void delete(DatasetGraph dsg, String report, EntityRefresh refresh) {
        Node g = NodeFactory.createURI(report);
        refresh.before(graphQuads(dsg, report));
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        dsg.deleteAny(NodeFactory.createURI(runs.graphIri()), g, GENERATED_BY, Node.ANY);
    }

    private static List<Quad> graphQuads(DatasetGraph dsg, String graphIri) {
        List<Quad> out = new ArrayList<>();
        dsg.find(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    /** Same statements, literals compared by value (the store may give back a canonical lexical form). */
    private static boolean sameQuads(List<Quad> stored, List<Quad> fresh) {
        Set<Quad> a = new HashSet<>(), b = new HashSet<>();
        for (Quad q : stored) a.add(canonical(q));
        for (Quad q : fresh) b.add(canonical(q));
        return a.equals(b);
    }

    private static Quad canonical(Quad q) {
        Node o = q.getObject();
        if (!o.isLiteral() || o.getLiteralLanguage().length() > 0) return q;
        String lex = o.getLiteralLexicalForm();
        try {
            if (o.getLiteralValue() instanceof Number n) lex = new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        } catch (RuntimeException illFormed) {
            // compare ill-formed literals by their lexical form
        }
        return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralDT(lex, o.getLiteralDatatype()));
    }

    private void dropIdleRuns(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(runs.graphIri());
        List<Node> idle = new ArrayList<>();
        dsg.find(g, Node.ANY, TYPE, ACTIVITY).forEachRemaining(q -> {
            if (!dsg.find(g, Node.ANY, GENERATED_BY, q.getSubject()).hasNext()) idle.add(q.getSubject());
        });
        for (Node r : idle) dsg.deleteAny(g, r, Node.ANY, Node.ANY);
    }
}
