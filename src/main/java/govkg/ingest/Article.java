package govkg.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article cut from a source file: a newspaper page yields several.
 *
 * <p>{@code text} is the article's own text; {@code begin}/{@code end} are its character span in the
 * source file's decoded text, so every offset inside the article maps back to the file by adding
 * {@code begin}. {@code index} is the article's position on the page (0-based) and with the source's
 * identity gives the report its IRI.
 */
public record Article(
        SourceText source,
        int index,
        String headline,
        String text,
        int begin,
        int end,
        List<Byline> bylines,
        Optional<String> datelinePlace,
        Optional<LocalDate> date,
        boolean continuation,
        List<Span> repeats) {

    public Article {
        bylines = List.copyOf(bylines);
        repeats = List.copyOf(repeats);
    }

    /** A span inside {@link #text}: here, a paragraph already printed earlier on the page. */
    public record Span(int begin, int end) {}

    /** The text with repeated paragraphs blanked out (same length, so offsets still hold). */
    public String textForExtraction() {
        if (repeats.isEmpty()) return text;
        char[] c = text.toCharArray();
        for (Span s : repeats) java.util.Arrays.fill(c, s.begin(), s.end(), ' ');
        return new String(c);
    }

    /** The article as written in the source (differs from {@link #text} only when the source was converted). */
    public String originalText() {
        return source.converted() ? source.original().substring(begin, end) : text;
    }

    /**
     * The sentence of {@code text} around {@code pos}: cut at 。！？!? and line breaks, its end mark kept, stripped.
     * {@code text} is one of this article's texts ({@link #text}, {@link #textForExtraction}, {@link #originalText}),
     * which share offsets.
     */
    public static String sentenceAround(String text, int pos) {
        int b = pos, e = pos;
        while (b > 0 && "。！？!?\n".indexOf(text.charAt(b - 1)) < 0) b--;
        while (e < text.length() && "。！？!?\n".indexOf(text.charAt(e)) < 0) e++;
        if (e < text.length() && text.charAt(e) != '\n') e++;
        return text.substring(b, e).strip();
    }

    /** The source-file offset of a character offset inside {@link #text}. */
    public int toSourceOffset(int articleOffset) {
        return begin + articleOffset;
    }
}
