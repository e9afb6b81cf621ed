package govkg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A decoded source file. {@code id} is stable for the file's identity (its path relative to the
 * folder given on the command line, or its file name), not its content, so editing one article
 * does not rename the others; {@code sha256} is the content checksum kept for provenance.
 *
 * <p>{@code text} is what extraction reads; {@code original} is the decoded file as written. They differ only
 * when Traditional characters were converted to Simplified for extraction, and always have the same length, so
 * an offset means the same place in both and provenance (anchors, sentences) can quote the original.
 */
public record SourceText(String id, Path path, String text, Charset charset, String sha256, String original) {
    public SourceText {
        if (original.length() != text.length())
            throw new IllegalArgumentException("converted text must keep the original's length");
    }

    /** A source read as it is (nothing converted). */
    public SourceText(String id, Path path, String text, Charset charset, String sha256) {
        this(id, path, text, charset, sha256, text);
    }

    /** The same source with {@code converted} (same length) as the text for extraction; the original stays. */
    public SourceText withText(String converted) {
        return new SourceText(id, path, converted, charset, sha256, original);
    }

    /** True when the text for extraction is not the original. */
    public boolean converted() {
        return !text.equals(original);
    }
}
