package govkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ITS 2.0 RDF terms govkg uses ({@value #NS}): the link from a mention to what it mentions. */
public final class ITSRDF {
    /** The ITS RDF namespace. */
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    private ITSRDF() {}

    /** The ITS RDF namespace. */
    public static String getURI() {
        return NS;
    }

    /** The entity a text span refers to. */
    public static final Property taIdentRef = ResourceFactory.createProperty(NS, "taIdentRef");
}
