package govkg.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A user and password for HTTP basic auth, read from the first {@code user:password} line of a file (the format
 * of {@code govkg serve --credentials}). The password never appears in {@link #toString()} nor in any message.
 */
public record Credentials(String user, String password) {
    public static Credentials read(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int colon = l.indexOf(':');
                if (colon <= 0) throw new IllegalArgumentException(file + ": the first line is not user:password");
                return new Credentials(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
            throw new IllegalArgumentException(file + ": no user:password line");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the credentials file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The value of an Authorization header. */
    String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override public String toString() {
        return "Credentials[" + user + ":***]";
    }
}
