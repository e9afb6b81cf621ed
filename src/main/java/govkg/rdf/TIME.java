package govkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The OWL-Time terms govkg uses ({@value #NS}): when a post was held (org:memberDuring a time:Interval). */
public final class TIME {
    /** The OWL-Time namespace. */
    public static final String NS = "http://www.w3.org/2006/time#";

    private TIME() {}

    /** The OWL-Time namespace. */
    public static String getURI() {
        return NS;
    }

    /** A temporal entity with an extent: the span a post was held. */
    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");
    /** A temporal entity with zero extent: a start or an end. */
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");

    /** The start of the interval. */
    public static final Property hasBeginning = ResourceFactory.createProperty(NS, "hasBeginning");
    /** The end of the interval. */
    public static final Property hasEnd = ResourceFactory.createProperty(NS, "hasEnd");
    /** The instant's day (xsd:date). */
    public static final Property inXSDDate = ResourceFactory.createProperty(NS, "inXSDDate");
    /** The instant's month (xsd:gYearMonth), when the text gives no day. */
    public static final Property inXSDgYearMonth = ResourceFactory.createProperty(NS, "inXSDgYearMonth");
    /** The instant's year (xsd:gYear), when the text gives no month. */
    public static final Property inXSDgYear = ResourceFactory.createProperty(NS, "inXSDgYear");
    /** One temporal entity is before another: the end of the first is before the beginning of the second. */
    public static final Property before = ResourceFactory.createProperty(NS, "before");
}
