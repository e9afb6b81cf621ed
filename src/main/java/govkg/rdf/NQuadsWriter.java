package govkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.XSD;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * N-Quads out, byte for byte what Jena's streaming N-Quads writer produces for our quads, at a fraction
 * of its cost: Jena checks every IRI character by character through its quoting machinery and encodes
 * one character at a time; this encodes each IRI and literal in one piece ({@link String#getBytes}, a copy
 * for the ASCII of IRIs) into a byte buffer of its own, when the IRI holds no character N-Quads must
 * escape, and escapes literals the way Jena does ({@code \t \n \r \f " \}). Anything else (blank nodes,
 * IRIs with a space or a bracket) goes to Jena's own formatter, so the output stays Jena's. The graph, the
 * predicates and a repeated subject are encoded once.
 * On the benchmark corpus, writing cost 0.17 of bare HanLP's time through Jena's writer and 0.08 through this one,
 * of which about half is the operating system's (docs/benchmarks.md).
 * Not thread-safe: one writer per output stream.
 */
public final class NQuadsWriter implements StreamRDF {
    private static final String XSD_STRING = XSD.xstring.getURI();
    private static final byte[] SPACE = {' '}, END = {' ', '.', '\n'}, LT = {'<'}, GT = {'>'}, QUOTE = {'"'}, AT = {'@'}, HATS = {'^', '^'};
    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    private Node lastGraph, lastSubject;
    private byte[] lastGraphBytes, lastSubjectBytes;
    private final java.util.Map<Node, byte[]> predicates = new java.util.HashMap<>();

    public NQuadsWriter(OutputStream os) {
        this(os, 1 << 16);
    }

    /** A writer with a buffer of {@code bufferBytes} (a small one for a few quads at a time; longer nodes go straight out). */
    public NQuadsWriter(OutputStream os, int bufferBytes) {
        this.out = os;
        this.buf = new byte[bufferBytes];
    }

    /** One quad as its N-Quads line, without the line break. */
    public static String line(Quad q) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(256);
        NQuadsWriter w = new NQuadsWriter(b, 256);
        w.quad(q);
        w.finish();
        String s = b.toString(StandardCharsets.UTF_8);
        return s.substring(0, s.length() - 1);     // each quad ends in a line break
    }

    @Override public void start() {}

    @Override public void triple(org.apache.jena.graph.Triple t) {
        quad(Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override public void quad(Quad q) {
        try {
            put(subject(q.getSubject()));
            put(SPACE);
            put(predicate(q.getPredicate()));
            put(SPACE);
            node(q.getObject());
            Node g = q.getGraph();
            if (g != null && !Quad.isDefaultGraph(g)) {
                put(SPACE);
                put(graph(g));
            }
            put(END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void base(String base) {}

    @Override public void prefix(String prefix, String iri) {}

    @Override public void version(String version) {}

    @Override public void finish() {
        try {
            drain();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report's quads share their graph, and a few dozen predicates make all quads: each is encoded once. */
    private byte[] graph(Node g) {
        if (g != lastGraph) {
            lastGraph = g;
            lastGraphBytes = encoded(g);
        }
        return lastGraphBytes;
    }

    /** The mapper writes a node's statements together, so the subject mostly repeats from one quad to the next. */
    private byte[] subject(Node s) {
        if (!s.equals(lastSubject)) {
            lastSubject = s;
            lastSubjectBytes = encoded(s);
        }
        return lastSubjectBytes;
    }

    private byte[] predicate(Node p) {
        byte[] b = predicates.get(p);
        if (b == null) {
            if (predicates.size() > 1024) predicates.clear();   // a stream of ever new predicates stays bounded
            predicates.put(p, b = encoded(p));
        }
        return b;
    }

    private static byte[] encoded(Node n) {
        String s = n.isURI() && plainIri(n.getURI()) ? "<" + n.getURI() + ">" : NodeFmtLib.strNT(n);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void node(Node n) throws IOException {
        if (n.isURI() && asciiIri(n.getURI())) return;
        if (n.isURI() && plainIri(n.getURI())) {
            iri(n.getURI());
        } else if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            literal(n);
        } else {
            put(NodeFmtLib.strNT(n));
        }
    }

    /** Bytes of the ASCII characters an IRI may hold as they are in N-Quads (not a space, control, <>"{}|^`\\). */
    private static final boolean[] PLAIN_ASCII = new boolean[128];
    static {
        for (char c = '!'; c < 128; c++) PLAIN_ASCII[c] = "<>\"{}|^`\\".indexOf(c) < 0;
    }

    /**
     * Writes {@code <iri>} in one pass when the IRI is all ASCII characters N-Quads carries as they are (our minted
     * IRIs are); false, with nothing written, otherwise. One pass instead of a check and then a copy.
     */
    private boolean asciiIri(String iri) throws IOException {
        int n = iri.length() + 2;
        if (n > buf.length) return false;
        if (n > buf.length - pos) drain();
        int p = pos;
        buf[p++] = '<';
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c >= 128 || !PLAIN_ASCII[c]) return false;     // nothing written counts: pos has not moved
            buf[p++] = (byte) c;
        }
        buf[p++] = '>';
        pos = p;
        return true;
    }

    private void iri(String iri) throws IOException {
        put(LT);
        if (!putAscii(iri)) put(iri);
        put(GT);
    }

    /** Copies an all-ASCII string into the buffer byte by byte (our minted IRIs are), without a byte array of its own. */
    private boolean putAscii(String s) throws IOException {
        int n = s.length();
        if (n > buf.length) return false;
        if (n > buf.length - pos) drain();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return false;      // nothing written counts: pos has not moved
            buf[pos + i] = (byte) c;
        }
        pos += n;
        return true;
    }

    private void literal(Node n) throws IOException {
        put(QUOTE);
        escaped(n.getLiteralLexicalForm());
        put(QUOTE);
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            put(AT);
            put(lang);
        } else if (!XSD_STRING.equals(n.getLiteralDatatypeURI())) {
            put(HATS);
            if (asciiIri(n.getLiteralDatatypeURI())) return;
            if (plainIri(n.getLiteralDatatypeURI())) iri(n.getLiteralDatatypeURI());
            else put(NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createURI(n.getLiteralDatatypeURI())));
        }
    }

    /** Writes runs of ordinary characters in one piece, escapes between them. */
    private void escaped(String s) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String esc = switch (s.charAt(i)) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\f' -> "\\f";
                default -> null;
            };
            if (esc == null) continue;
            put(s.substring(from, i));
            put(esc);
            from = i + 1;
        }
        put(from == 0 ? s : s.substring(from));
    }

    private void put(String s) throws IOException {
        put(s.getBytes(StandardCharsets.UTF_8));
    }

    private void put(byte[] b) throws IOException {
        if (b.length > buf.length - pos) {
            drain();
            if (b.length > buf.length) {
                out.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** True when N-Quads can carry the IRI as it is (Jena escapes these characters as \\uXXXX). */
    static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\')
                return false;
        }
        return true;
    }
}
