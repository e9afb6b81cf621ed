package govkg.serve;

import org.apache.jena.shared.PrefixMapping;

/**
 * Prefix mappings for output and for showing property names. Each call returns a new locked mapping;
 * thread-safe.
 */
final class Prefixes {
    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("gov", Ns.GOV)
            .setNsPrefix("org", Ns.ORG)
            .setNsPrefix("schema", Ns.SCHEMA)
            .setNsPrefix("dcterms", Ns.DCT)
            .setNsPrefix("nif", Ns.NIF)
            .setNsPrefix("itsrdf", Ns.ITSRDF)
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("qb", "http://purl.org/linked-data/cube#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private Prefixes() {}

    /** The vocabularies' prefixes. */
    static PrefixMapping standard() {
        return STANDARD;
    }

    /** The vocabularies' prefixes plus one per kind of govkg IRI under {@code base} ({@code person:}, …). */
    static PrefixMapping forData(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(STANDARD);
        for (String kind : Links.KINDS)
            pm.setNsPrefix(kind, base + kind + "/");
        return pm.lock();
    }

    /** {@code gov:within} for a known namespace, else the IRI in angle brackets. */
    static String shortName(String iri) {
        String s = STANDARD.shortForm(iri);
        return s.equals(iri) ? "<" + iri + ">" : s;
    }

}
