package govkg.store;

import govkg.rdf.GOV;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the reports a user means by a report IRI, a source-file IRI or a file path. A path matches the
 * source whose id (the path relative to the folder built) ends the path, or whose checksum equals the
 * file's; the file need not exist any more. Reads in its own transaction.
 */
public final class ReportLookup {
    /** The reports found and the base their IRIs were minted under. */
    public record Found(List<String> reports, String base) {}

    private static final Node SOURCE_FILE = GOV.sourceFile.asNode(), TYPE = RDF.type.asNode(),
            SOURCE = GOV.SourceFile.asNode(), ID = DCTerms.identifier.asNode(), SHA = GOV.sha256.asNode();

    private ReportLookup() {}

    /** @throws StoreException naming the target and why nothing (or too much) matched */
    public static Found find(Store store, String target) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            if (looksLikeIri(target)) {
                Node n = NodeFactory.createURI(target);
                if (IncrementalLoader.isReport(dsg, target)) return new Found(List.of(target), baseOf(target, "report/"));
                List<String> reports = reportsOf(dsg, n);
                if (!reports.isEmpty()) return new Found(reports, baseOf(target, "source/"));
                throw new StoreException(target + ": no report or source file with this IRI in " + store.dir());
            }
            String source = sourceOfPath(dsg, target, store.dir());
            return new Found(reportsOf(dsg, NodeFactory.createURI(source)), baseOf(source, "source/"));
        });
    }

    static boolean looksLikeIri(String s) {
        // a scheme of two letters or more (so not a Windows drive), and no file of that name here
        if (!s.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) return false;
        try {
            return !Files.exists(Path.of(s));
        } catch (java.nio.file.InvalidPathException e) {
            return true;
        }
    }

    private static String baseOf(String iri, String kind) {
        int i = iri.lastIndexOf(kind);
        return i < 0 ? iri : iri.substring(0, i);
    }

    private static List<String> reportsOf(DatasetGraph dsg, Node source) {
        List<String> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, SOURCE_FILE, source).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && !out.contains(q.getSubject().getURI())) out.add(q.getSubject().getURI());
        });
        out.sort(null);
        return out;
    }

    private static String sourceOfPath(DatasetGraph dsg, String target, Path storeDir) {
        String path = target.replace('\\', '/');
        String abs = Path.of(target).toAbsolutePath().normalize().toString().replace('\\', '/');
        String sha = sha256(Path.of(target));
        Map<String, String> byPath = new TreeMap<>(), bySha = new TreeMap<>();
        dsg.find(Node.ANY, Node.ANY, TYPE, SOURCE).forEachRemaining(q -> {
            Node s = q.getSubject();
            String id = literal(dsg, s, ID);
            if (id != null && (path.equals(id) || path.endsWith("/" + id) || abs.endsWith("/" + id))) byPath.put(s.getURI(), id);
            if (sha != null && sha.equals(literal(dsg, s, SHA))) bySha.put(s.getURI(), id);
        });
        Map<String, String> hits = byPath.isEmpty() ? bySha : byPath;
        if (hits.size() > 1 && !bySha.isEmpty()) {
            Map<String, String> both = new TreeMap<>(hits);
            both.keySet().retainAll(bySha.keySet());
            if (both.size() == 1) hits = both;
        }
        if (hits.isEmpty()) throw new StoreException(target + ": no report from this file in " + storeDir);
        if (hits.size() > 1) throw new StoreException(target + ": matches several source files " + hits.values()
                + "; give the source IRI instead (one of " + hits.keySet() + ")");
        return hits.keySet().iterator().next();
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static String sha256(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
