package govkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a gold file: tab-separated {@code type key alternatives extra status} lines, {@code #} comments and
 * blank lines ignored (format in {@code samples/README.md}). Alternatives are {@code |}-separated; for a post
 * they are the accepted title endings and the key (the holder's name) is not one of them. A comment that is one
 * word ({@code # d01}) starts a section: the gold of the report file of that name, for per-report scoring.
 */
public final class GoldFile {
    /** A section heading: a comment of one word, such as a report file's name without its extension. */
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("#\\s*([\\w.-]+)\\s*");

    private GoldFile() {}

    public static List<GoldEntry> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @param source names the file in error messages */
    public static List<GoldEntry> parse(List<String> lines, String source) {
        List<GoldEntry> out = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            java.util.regex.Matcher heading = SECTION.matcher(l);
            if (heading.matches()) section = heading.group(1);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            Optional<EvalType> type = c.length < 5 ? Optional.empty() : EvalType.of(c[0]);
            if (type.isEmpty()) throw new GoldFormatException(source + ":" + (i + 1) + ": bad gold line: " + l);
            String key = Names.normalize(c[1]);
            Set<String> names = new LinkedHashSet<>();
            if (type.get() != EvalType.POST) names.add(key);
            for (String alt : c[2].split("\\|")) if (!alt.isBlank()) names.add(Names.normalize(alt));
            Optional<String> code = c[3].isBlank() ? Optional.empty() : Optional.of(c[3].trim());
            out.add(new GoldEntry(type.get(), key, List.copyOf(names), code, c[4].trim().equals("required"), i + 1, section));
        }
        return out;
    }

    /** A line that is not a gold line. */
    public static final class GoldFormatException extends IllegalArgumentException {
        public GoldFormatException(String message) {
            super(message);
        }
    }
}
