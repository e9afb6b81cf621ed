package govkg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The few vocabulary terms the web pages read, as Jena nodes (see docs/rdf-design.md).
 * Kept local to {@code serve} so the server does not depend on the mapper's vocabulary classes.
 * Immutable constants; thread-safe.
 */
final class Ns {
    static final String GOV = "https://w3id.org/govkg/ontology#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SCHEMA = "https://schema.org/";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

    /** SPARQL prologue with every prefix the pages use. */
    static final String PREFIXES = """
            PREFIX gov: <https://w3id.org/govkg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <https://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node TITLE = uri(DCT + "title");

    static final Node PERSON = gov("Person");
    static final Node ORGANIZATION = gov("Organization");
    static final Node PLACE = gov("Place");
    static final Node PROGRAM = gov("Program");
    static final Node DOCUMENT = gov("PolicyDocument");
    static final Node EVENT = gov("Event");
    static final Node REPORT = gov("Report");
    static final Node MENTION = gov("Mention");
    static final Node MEMBERSHIP = uri(ORG + "Membership");

    static final Node WITHIN = gov("within");
    static final Node MENTIONS = gov("mentions");
    static final Node TA_IDENT_REF = uri(ITSRDF + "taIdentRef");

    private Ns() {}

    static Node gov(String local) {
        return NodeFactory.createURI(GOV + local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
