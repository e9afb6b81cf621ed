package govkg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A decoded source: a file, or one record of a corpus file. {@code id} is stable for the source's identity (its
 * path relative to the folder given on the command line, its file name, or a record's id), not its content, so
 * editing one article does not rename the others; {@code sha256} is the content checksum kept for provenance.
 *
 * <p>{@code text} is what extraction reads; {@code original} is the decoded file as written. They differ only
 * when Traditional characters were converted to Simplified for extraction, and always have the same length, so
 * an offset means the same place in both and provenance (anchors, sentences) can quote the original.
 * {@code meta} is what a record says of itself (title, date, URL); {@link SourceMeta#NONE} for a file.
 */
public record SourceText(String id, Path path, String text, Charset charset, String sha256, String original, SourceMeta meta) {
    public SourceText {
        if (original.length() != text.length())
            throw new IllegalArgumentException("converted text must keep the original's length");
        if (meta == null) meta = SourceMeta.NONE;
    }

    /** A source read as it is (nothing converted). */
    public SourceText(String id, Path path, String text, Charset charset, String sha256) {
        this(id, path, text, charset, sha256, text, SourceMeta.NONE);
    }

    /** A file source with its converted and original text. */
    public SourceText(String id, Path path, String text, Charset charset, String sha256, String original) {
        this(id, path, text, charset, sha256, original, SourceMeta.NONE);
    }

    /** The same source with {@code converted} (same length) as the text for extraction; the original stays. */
    public SourceText withText(String converted) {
        return new SourceText(id, path, converted, charset, sha256, original, meta);
    }

    /** True when the text for extraction is not the original. */
    public boolean converted() {
        return !text.equals(original);
    }
}
