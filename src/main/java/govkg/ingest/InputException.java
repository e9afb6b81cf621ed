package govkg.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** A report file govkg cannot use, with the file and the reason, so a batch can report it and go on. */
public class InputException extends IOException {
    private final Path path;

    public InputException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
