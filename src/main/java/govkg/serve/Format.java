package govkg.serve;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a resource, in the server's order of preference, with the media types and
 * file suffixes that select them. Immutable; thread-safe.
 */
enum Format {
    HTML("text/html", "html", null, List.of("application/xhtml+xml")),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY, List.of("application/x-turtle", "text/n3")),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11, List.of("application/json")),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES, List.of("text/plain")),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN, List.of());

    final String mediaType;
    final String suffix;
    final RDFFormat rdf;
    final List<String> aliases;

    Format(String mediaType, String suffix, RDFFormat rdf, List<String> aliases) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdf = rdf;
        this.aliases = aliases;
    }

    boolean isRdf() {
        return rdf != null;
    }

    Lang lang() {
        return rdf == null ? null : rdf.getLang();
    }

    /** The format a path suffix ({@code ttl}, {@code jsonld}, …) names, or {@code null}. */
    static Format bySuffix(String suffix) {
        for (Format f : values())
            if (f.suffix.equals(suffix.toLowerCase(Locale.ROOT)))
                return f;
        return null;
    }

    /**
     * Content negotiation: the format the {@code Accept} header likes best (highest q; ties go to the
     * server's order, so {@code *}{@code /*} gives HTML). A missing header counts as {@code *}{@code /*}.
     *
     * @return the format, or {@code null} when none is acceptable (406)
     */
    static Format negotiate(String accept) {
        if (accept == null || accept.isBlank())
            return HTML;
        Format best = null;
        double bestQ = 0;
        for (Format f : values()) {
            double q = quality(accept, f);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return best;
    }

    /** The q the header gives this format: from its most specific matching range. */
    static double quality(String accept, Format f) {
        int bestSpecificity = -1;
        double q = 0;
        for (String part : accept.split(",")) {
            String[] params = part.trim().split(";");
            String range = params[0].trim().toLowerCase(Locale.ROOT);
            if (range.isEmpty())
                continue;
            int specificity = specificity(range, f);
            if (specificity < 0 || specificity < bestSpecificity)
                continue;
            double rangeQ = 1.0;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        rangeQ = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        rangeQ = 0;
                    }
                }
            }
            // a range naming the exact type beats one naming only an alias, at the same specificity
            if (specificity > bestSpecificity || rangeQ > q) {
                bestSpecificity = specificity;
                q = rangeQ;
            }
        }
        return q;
    }

    /** 3 exact type, 2 alias, 1 {@code type/*}, 0 {@code *}{@code /*}, -1 no match. */
    private static int specificity(String range, Format f) {
        if (range.equals(f.mediaType))
            return 3;
        if (f.aliases.contains(range))
            return 2;
        if (range.equals("*/*") || range.equals("*"))
            return 0;
        if (range.endsWith("/*") && f.mediaType.startsWith(range.substring(0, range.length() - 1)))
            return 1;
        return -1;
    }
}
