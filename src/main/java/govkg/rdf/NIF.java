package govkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 core terms govkg uses ({@value #NS}) to locate mentions in a source file's text. */
public final class NIF {
    /** The NIF 2.0 core namespace. */
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private NIF() {}

    /** The NIF 2.0 core namespace. */
    public static String getURI() {
        return NS;
    }

    /** The whole text that offsets refer to (superclass of gov:SourceFile). */
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    /** A span of text that is a phrase (superclass of gov:Mention). */
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");

    /** The characters of the span, exactly as they stand in the text. */
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
    /** The offset of the span's first character in its context (inclusive). */
    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    /** The offset after the span's last character in its context (exclusive). */
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    /** The context (the source file) the offsets refer to. */
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");
}
