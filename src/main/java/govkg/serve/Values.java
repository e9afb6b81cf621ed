package govkg.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Renders RDF terms as HTML: resources as links to their local page with their label, literals as text.
 * Stateless besides its collaborators; thread-safe.
 */
final class Values {
    private final Store store;
    private final Links links;

    Values(Store store, Links links) {
        this.store = store;
        this.links = links;
    }

    Links links() {
        return links;
    }

    /** A link with the resource's label, or the literal's text. */
    String html(Node n) {
        if (n == null)
            return "";
        if (n.isURI())
            return link(n, store.label(n));
        if (n.isLiteral()) {
            String text = Html.esc(n.getLiteralLexicalForm());
            String dt = n.getLiteralDatatypeURI();
            if (!n.getLiteralLanguage().isEmpty() || dt == null || dt.equals(XSDDatatype.XSDstring.getURI()))
                return text;
            return text + " <small class=\"dt\">" + Html.esc(Prefixes.shortName(dt)) + "</small>";
        }
        return Html.esc(n.toString());
    }

    /** A link to the local page of an IRI with the given text. */
    String link(Node iri, String text) {
        return "<a href=\"" + Html.esc(links.href(iri.getURI())) + "\">" + Html.esc(text) + "</a>";
    }
}
