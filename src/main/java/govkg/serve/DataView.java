package govkg.serve;

import govkg.rdf.GOV;
import govkg.rdf.NIF;
import govkg.rdf.Prefixes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The pages' read-only view of the dataset: read transactions, the union graph, parameterised SELECT
 * queries and labels. Holds no state besides the dataset; thread-safe (each call runs in a read
 * transaction of the calling thread, nested calls join it).
 */
final class DataView {
    /** Timeout for the pages' own queries. */
    static final long PAGE_QUERY_TIMEOUT_MS = 20_000;
    /** Timeout for what the server reads of the whole store while it starts ({@link #selectWhole}). */
    static final long STARTUP_QUERY_TIMEOUT_MS = 30 * 60_000;

    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final long queryTimeoutMs;
    private final long resultLimit;

    /**
     * @param queryTimeoutMs timeout of user queries run by the pages (the SPARQL editor)
     * @param resultLimit    most rows a user query returns
     */
    DataView(Dataset dataset, long queryTimeoutMs, long resultLimit) {
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
        this.queryTimeoutMs = queryTimeoutMs;
        this.resultLimit = resultLimit;
    }

    /** Timeout of user queries, in milliseconds. */
    long queryTimeoutMs() {
        return queryTimeoutMs;
    }

    /** Most rows a user query returns. */
    long resultLimit() {
        return resultLimit;
    }

    Dataset dataset() {
        return dataset;
    }

    /** Runs {@code action} in a read transaction. */
    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** The union of all named graphs (call inside {@link #read}). */
    Graph union() {
        return dsg.getUnionGraph();
    }

    /** Runs a SELECT query (prefixes of {@link Ns} added) with variables pre-bound; rows materialised. */
    List<Binding> select(String query, Map<String, Node> bindings) {
        return select(query, bindings, Math.min(PAGE_QUERY_TIMEOUT_MS, queryTimeoutMs));
    }

    /**
     * A SELECT the server runs for itself while it starts (the search index's report counts, the home page's
     * figures): it reads the whole store once, so it gets {@link #STARTUP_QUERY_TIMEOUT_MS}, not a page's timeout.
     * On a store of 100,000 reports (30 M quads) such a query takes longer than a page may.
     */
    List<Binding> selectWhole(String query) {
        return select(query, Map.of(), STARTUP_QUERY_TIMEOUT_MS);
    }

    private List<Binding> select(String query, Map<String, Node> bindings, long timeoutMs) {
        return read(() -> {
            // an explicit timeout: the dataset's context carries the endpoint's, which would apply otherwise
            QueryExecBuilder b = QueryExec.dataset(dsg).query(Prefixes.sparqlPrologue() + query)
                    .timeout(timeoutMs, TimeUnit.MILLISECONDS);
            bindings.forEach((k, v) -> b.substitution(Var.alloc(k), v));
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = b.build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    List<Binding> select(String query) {
        return select(query, Map.of());
    }

    /** True when the node is the subject or the object of some triple. */
    boolean exists(Node n) {
        return read(() -> union().contains(n, Node.ANY, Node.ANY) || union().contains(Node.ANY, Node.ANY, n));
    }

    /** The values of {@code s p ?o} in the union graph. */
    List<Node> objects(Node s, Node p) {
        return read(() -> {
            List<Node> out = new ArrayList<>();
            union().find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            return out;
        });
    }

    /** The best display label: rdfs:label in Chinese, any rdfs:label, dcterms:title, skos:prefLabel,
     * gov:title, nif:anchorOf, else the IRI's tail. */
    String label(Node n) {
        if (!n.isURI())
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        return read(() -> {
            String l = pick(n, RDFS.label.asNode());
            if (l == null) l = pick(n, DCTerms.title.asNode());
            if (l == null) l = pick(n, SKOS.prefLabel.asNode());
            if (l == null) l = pick(n, GOV.title.asNode());                       // a membership: its title
            if (l == null) l = pick(n, NIF.anchorOf.asNode());           // a mention: its words
            return l != null ? l : tail(n.getURI());
        });
    }

    /** The label if the node has one, else {@code null}. */
    String labelOrNull(Node n) {
        String l = label(n);
        return n.isURI() && l.equals(tail(n.getURI())) ? null : l;
    }

    private String pick(Node s, Node p) {
        String any = null;
        Iterator<Triple> it = union().find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral())
                continue;
            String lang = o.getLiteralLanguage();
            if (lang.startsWith("zh"))
                return o.getLiteralLexicalForm();
            if (any == null || lang.isEmpty())
                any = o.getLiteralLexicalForm();
        }
        return any;
    }

    /** The part of an IRI after the last {@code #} or {@code /}. */
    static String tail(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
