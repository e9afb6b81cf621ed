package govkg.rdf;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.AS;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The one place for the prefixes of the vocabularies govkg writes and reads: {@code gov:} ({@link GOV}), the W3C
 * and community vocabularies it reuses, and {@code as:}/{@code void:} for paging and dataset descriptions. Output
 * writers, the SPARQL prologue of the pages and the editor, and short property names all come from here.
 * Immutable; thread-safe.
 */
public final class Prefixes {
    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("gov", GOV.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("nif", NIF.NS)
            .setNsPrefix("itsrdf", ITSRDF.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("qb", QB.NS)
            .setNsPrefix("time", TIME.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("owl", OWL2.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("as", AS.NS)
            .lock();

    private static final String PROLOGUE = prologue(STANDARD);

    private Prefixes() {}

    /** The vocabularies' prefixes (locked). */
    public static PrefixMapping standard() {
        return STANDARD;
    }

    /** {@code PREFIX p: <ns>} lines for every standard prefix, to put before a query's text. */
    public static String sparqlPrologue() {
        return PROLOGUE;
    }

    /** {@code gov:within} for an IRI in a known namespace, else the IRI in angle brackets. */
    public static String shortName(String iri) {
        String s = STANDARD.shortForm(iri);
        return s.equals(iri) ? "<" + iri + ">" : s;
    }

    private static String prologue(PrefixMapping pm) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : pm.getNsPrefixMap().entrySet())
            b.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n");
        return b.toString();
    }
}
