package govkg.eval;

import java.util.Set;

/**
 * One entity of the graph as the scorer sees it (a whole owl:sameAs class).
 *
 * @param id     the class's representative IRI (the smallest)
 * @param labels normalized names; for a post, the titles (gov:title); for a journalist, the names
 * @param names  for a post, the member's normalized names; empty otherwise
 * @param codes  for a place, its gov:adminCode values
 */
public record SystemEntity(String id, Set<String> labels, Set<String> names, Set<String> codes) {

    /** labels, {@code <- names} and codes, as the false-positive list shows them. */
    public String describe() {
        return String.join("/", labels) + (names.isEmpty() ? "" : " <- " + String.join("/", names))
                + (codes.isEmpty() ? "" : " " + codes);
    }
}
