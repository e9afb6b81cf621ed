package govkg.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A decoded source file. {@code id} is stable for the file's identity (its path relative to the
 * folder given on the command line, or its file name), not its content, so editing one article
 * does not rename the others; {@code sha256} is the content checksum kept for provenance.
 */
public record SourceText(String id, Path path, String text, Charset charset, String sha256) {}
