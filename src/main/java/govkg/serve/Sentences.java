package govkg.serve;

/**
 * Renders a provenance sentence with the mention's words highlighted. Stateless; thread-safe.
 */
final class Sentences {
    private Sentences() {}

    /** The sentence, HTML-escaped, with every occurrence of {@code anchor} in {@code <mark>}. */
    static String mark(String sentence, String anchor) {
        if (sentence == null)
            return "";
        if (anchor == null || anchor.isEmpty())
            return Html.esc(sentence);
        StringBuilder b = new StringBuilder();
        int from = 0;
        int at;
        while ((at = sentence.indexOf(anchor, from)) >= 0) {
            b.append(Html.esc(sentence.substring(from, at)))
                    .append("<mark>").append(Html.esc(anchor)).append("</mark>");
            from = at + anchor.length();
        }
        return b.append(Html.esc(sentence.substring(from))).toString();
    }
}
