package govkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** A Chinese literal made without formatting its tag each time is the node Jena's own factory method makes. */
class QuadSinkTest {
    @Test
    void chineseLiteralIsJenasNode() {
        for (String s : new String[] {"市政府召开常务会议。", "", "a\"b\\c\n"}) {
            Node ours = QuadSink.zh(s), jenas = NodeFactory.createLiteralLang(s, "zh");
            assertEquals(jenas, ours);
            assertEquals(jenas.hashCode(), ours.hashCode());
            assertEquals(jenas.getLiteralLanguage(), ours.getLiteralLanguage());
            assertEquals(jenas.getLiteralDatatypeURI(), ours.getLiteralDatatypeURI());
            assertEquals(NQuadsWriter.line(org.apache.jena.sparql.core.Quad.create(Quad0.G, Quad0.S, Quad0.P, jenas)),
                    NQuadsWriter.line(org.apache.jena.sparql.core.Quad.create(Quad0.G, Quad0.S, Quad0.P, ours)));
        }
        assertNotEquals(NodeFactory.createLiteralLang("会议", "en"), QuadSink.zh("会议"));
    }

    private static final class Quad0 {
        static final Node G = NodeFactory.createURI("https://example.org/g"), S = NodeFactory.createURI("https://example.org/s"),
                P = NodeFactory.createURI("https://example.org/p");
    }
}
