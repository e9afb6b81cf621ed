package govkg.remote;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * One graph ready to send: its N-Triples and a content hash that does not depend on triple order or blank node
 * labels (a parser gives fresh labels on every run), so the same content hashes the same from run to run.
 * Blank nodes all hash alike: graphs differing only in how their blank nodes connect hash equal — for the
 * resume check that is acceptable (govkg's own graphs have blank nodes only in the ontology's OWL lists).
 */
public record GraphPayload(String graph, byte[] ntriples, String hash, int triples) {
    public static GraphPayload of(String graphIri, Graph g) {
        List<String> lines = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            lines.add(line(t, false));
            canonical.add(line(t, true));
        });
        Collections.sort(lines);
        Collections.sort(canonical);
        StringBuilder body = new StringBuilder();
        for (String l : lines) body.append(l).append('\n');
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : canonical) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            return new GraphPayload(graphIri, body.toString().getBytes(StandardCharsets.UTF_8), HexFormat.of().formatHex(md.digest()), lines.size());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String line(Triple t, boolean canonical) {
        return node(t.getSubject(), canonical) + " " + node(t.getPredicate(), canonical) + " " + node(t.getObject(), canonical) + " .";
    }

    private static String node(Node n, boolean canonical) {
        return canonical && n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }
}
