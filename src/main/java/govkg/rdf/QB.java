package govkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF Data Cube terms govkg uses ({@value #NS}) for statistics. */
public final class QB {
    /** The Data Cube namespace. */
    public static final String NS = "http://purl.org/linked-data/cube#";

    private QB() {}

    /** The Data Cube namespace. */
    public static String getURI() {
        return NS;
    }

    /** A collection of observations that share a structure. */
    public static final Resource DataSet = ResourceFactory.createResource(NS + "DataSet");
    /** The structure of a data set: its dimensions, measures and attributes. */
    public static final Resource DataStructureDefinition = ResourceFactory.createResource(NS + "DataStructureDefinition");
    /** A single value in a data set (superclass of gov:Statistic). */
    public static final Resource Observation = ResourceFactory.createResource(NS + "Observation");

    /** The data set an observation belongs to. */
    public static final Property dataSet = ResourceFactory.createProperty(NS, "dataSet");
    /** The structure of a data set (gov:StatisticsStructure). */
    public static final Property structure = ResourceFactory.createProperty(NS, "structure");
}
