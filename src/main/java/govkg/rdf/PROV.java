package govkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms govkg uses ({@value #NS}): extraction runs and the derivation of reports and facts. */
public final class PROV {
    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    /** The PROV-O namespace. */
    public static String getURI() {
        return NS;
    }

    /** Something that occurs over a period of time and acts upon or with entities: an extraction run. */
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    /** A physical, digital, conceptual or other kind of thing with some fixed aspects. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** A set of actions or steps intended by one or more agents to achieve some goals (superclass of gov:Program). */
    public static final Resource Plan = ResourceFactory.createResource(NS + "Plan");
    /** Running software: govkg itself, at one version. */
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");

    /** When the activity started. */
    public static final Property startedAtTime = ResourceFactory.createProperty(NS, "startedAtTime");
    /** When the activity ended. */
    public static final Property endedAtTime = ResourceFactory.createProperty(NS, "endedAtTime");
    /** The agent that had some responsibility for the activity. */
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS, "wasAssociatedWith");
    /** The activity that generated the entity. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
    /** An entity this entity was derived from (superproperty of gov:evidence). */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    /** An entity (here a source file) the activity read. */
    public static final Property used = ResourceFactory.createProperty(NS, "used");
}
