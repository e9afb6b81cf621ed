package govkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads the ontology and the SHACL shapes that travel inside the jar ({@code /ontology/} on the classpath,
 * copied there from the project's {@code ontology/} folder by the build).
 * Each call parses afresh and returns a new, independent graph. Thread-safe.
 */
public final class OntologyFiles {
    /** Classpath location of the OWL ontology. */
    public static final String ONTOLOGY = "/ontology/govkg.ttl";
    /** Classpath location of the SHACL shapes. */
    public static final String SHAPES = "/ontology/shapes.ttl";

    private OntologyFiles() {}

    /** The govkg ontology, as written in {@code ontology/govkg.ttl}. */
    public static Model ontology() {
        return ModelFactory.createModelForGraph(read(ONTOLOGY));
    }

    /** The govkg SHACL shapes, as written in {@code ontology/shapes.ttl}; parse with {@code Shapes.parse(..)}. */
    public static Graph shapes() {
        return read(SHAPES);
    }

    private static Graph read(String resource) {
        try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("not on the classpath: " + resource);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/govkg/ontology").parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
