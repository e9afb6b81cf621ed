package govkg.serve;

import org.apache.jena.graph.Node;

/**
 * Renders RDF terms as HTML: resources as links to their local page with their label, literals as text.
 * Stateless besides its collaborators; thread-safe.
 */
final class Values {
    private final DataView store;
    private final Links links;

    Values(DataView store, Links links) {
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
        if (n.isLiteral())      // a reader wants the value; its datatype is for the machine-readable formats
            return Html.esc(n.getLiteralLexicalForm());
        return Html.esc(n.toString());
    }

    /** A link to the local page of an IRI with the given text. */
    String link(Node iri, String text) {
        return "<a href=\"" + Html.esc(links.href(iri.getURI())) + "\">" + Html.esc(text) + "</a>";
    }
}
