package govkg.bench;

import govkg.rdf.GazetteerGraph;
import govkg.rdf.ReferenceGraphs;
import govkg.resolve.IriMinter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A store of many reports made from few: the extracted N-Quads of the real corpus, replicated until
 * there are {@code reports} report graphs, each copy with its own IRIs (a suffix on every report,
 * source, person, organization, program, document, event and membership IRI) and varied Chinese text
 * (surnames rotated, so each copy has other people's names); places, roles and reference data are
 * shared, as in a real store. Streamed into Jena's parallel bulk loader, so nothing is held in memory
 * and 100,000 reports take minutes. Plus the ontology graph and the gazetteer graph of every place.
 */
public final class ScaledStore {
    /** Rotated in copies: the commonest Chinese surnames. */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final Set<String> COPIED = Set.of("report/", "source/", "person/", "organization/", "program/", "document/",
            "event/", "membership/");
    private static final MonitorOutput SILENT = (fmt, args) -> {};

    /** What was built. */
    public record Built(long reports, long quads, double seconds) {}

    private ScaledStore() {}

    static final String MARKER = "govkg-bench-scaled.txt";

    /**
     * The store in {@code dir} when an earlier run with --work left one of this many reports there (its
     * marker file says so), else a new one: making 100,000 reports takes minutes, querying it seconds.
     */
    public static Built reuseOrBuild(Path nquads, int reports, Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker)) {
            String[] f = Files.readString(marker).trim().split("\\s+");
            if (f.length == 3 && Long.parseLong(f[0]) == reports) return new Built(reports, Long.parseLong(f[1]), Double.parseDouble(f[2]));
        }
        Built b = build(nquads, reports, dir);
        Files.writeString(marker, b.reports() + " " + b.quads() + " " + b.seconds() + "\n");
        return b;
    }

    public static Built build(Path nquads, int reports, Path dir) throws IOException {
        BenchFiles.deleteTree(dir);
        Files.createDirectories(dir);
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        long t0 = System.nanoTime();
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, SILENT);
            loader.startBulk();
            StreamRDF out = loader.stream();
            Set<String> codes = new TreeSet<>();
            long[] made = {0};
            for (int copy = 0; made[0] < reports; copy++) {
                long before = made[0];
                copy(nquads, copy, reports, made, codes, iris.base(), out);
                if (made[0] == before) throw new IOException(nquads + ": no report graph to copy");
            }
            new ReferenceGraphs(iris).writeOntology(out);
            new GazetteerGraph(iris).writeWithAncestors(codes, out);
            loader.finishBulk();
            return new Built(made[0], loader.countQuads(), (System.nanoTime() - t0) / 1e9);
        } finally {
            dsg.close();
            TDBInternal.expel(dsg);
        }
    }

    private static void copy(Path nquads, int copy, int reports, long[] made, Set<String> codes, String base, StreamRDF out) {
        String placePrefix = base + "place/";
        RDFParser.source(nquads).parse(new StreamRDFBase() {
            Node graph;
            boolean skipping;

            @Override public void quad(Quad q) {
                if (!q.getGraph().equals(graph)) {
                    graph = q.getGraph();
                    skipping = made[0] >= reports;
                    if (!skipping) made[0]++;
                }
                if (skipping) return;
                for (Node n : List.of(q.getSubject(), q.getObject()))
                    if (n.isURI() && n.getURI().startsWith(placePrefix)) codes.add(n.getURI().substring(placePrefix.length()));
                if (copy == 0) {
                    out.quad(q);
                    return;
                }
                Node s = iri(q.getSubject(), copy, base);
                boolean copiedSubject = s != q.getSubject();
                Node o = q.getObject().isLiteral() ? (copiedSubject ? vary(q.getObject(), copy) : q.getObject()) : iri(q.getObject(), copy, base);
                out.quad(Quad.create(iri(q.getGraph(), copy, base), s, q.getPredicate(), o));
            }
        });
    }

    static Node iri(Node n, int copy, String base) {
        if (!n.isURI() || !n.getURI().startsWith(base)) return n;
        String rest = n.getURI().substring(base.length());
        int slash = rest.indexOf('/');
        if (slash < 0 || !COPIED.contains(rest.substring(0, slash + 1))) return n;
        return NodeFactory.createURI(n.getURI() + "-c" + copy);
    }

    static Node vary(Node literal, int copy) {
        String lang = literal.getLiteralLanguage();
        if (lang == null || !lang.startsWith("zh")) return literal;
        return NodeFactory.createLiteralLang(rotate(literal.getLiteralLexicalForm(), copy), lang);
    }

    /** Each surname replaced by the one {@code copy} places further in {@link #SURNAMES}. */
    static String rotate(String s, int copy) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            int k = SURNAMES.indexOf(c[i]);
            if (k >= 0) c[i] = SURNAMES.charAt((k + copy) % SURNAMES.length());
        }
        return new String(c);
    }
}
