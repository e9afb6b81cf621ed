package govkg.bench;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A canned query as an analyst runs it: the text of {@code queries/NAME.rq}, the parameters its
 * {@code # parameters: ?a ?b} comment line declares, and whether it has a LIMIT. {@link #bind} puts
 * a value for a parameter into the query as a {@code VALUES} block at the start of its WHERE clause,
 * which is what a client does over plain SPARQL HTTP (the CLI's {@code --param} binds the same way
 * in-process).
 */
public record CannedQuery(String name, String text, List<String> parameters, boolean hasLimit) {
    private static final Pattern PARAMS = Pattern.compile("(?m)^#\\s*parameters?:\\s*(.*)$");
    private static final Pattern WHERE = Pattern.compile("(?i)WHERE\\s*\\{");

    public static CannedQuery of(String name, String text) {
        List<String> params = new ArrayList<>();
        Matcher m = PARAMS.matcher(text);
        if (m.find()) for (String p : m.group(1).trim().split("[\\s,]+")) if (p.startsWith("?") && p.length() > 1) params.add(p.substring(1));
        Query q = QueryFactory.create(text);
        return new CannedQuery(name, text, List.copyOf(params), q.hasLimit());
    }

    /** The query with each parameter bound to a Chinese literal (@zh). */
    public String bind(Map<String, String> values) {
        if (values.isEmpty()) return text;
        StringBuilder v = new StringBuilder();
        values.forEach((k, val) -> v.append(" VALUES ?").append(k).append(" { \"")
                .append(val.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"@zh }"));
        Matcher m = WHERE.matcher(text);
        if (!m.find()) throw new IllegalArgumentException(name + ": no WHERE {");
        return text.substring(0, m.end()) + v + text.substring(m.end());
    }

    /** The canned queries: from {@code folder} when it exists, else the {@code queries/} folder inside the jar. */
    public static List<CannedQuery> load(Path folder) throws IOException {
        if (folder != null && Files.isDirectory(folder)) return read(folder);
        var url = CannedQuery.class.getClassLoader().getResource("queries");
        if (url == null) throw new IOException("no canned queries: neither " + folder + " nor queries/ on the classpath");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("file")) return read(Path.of(uri));
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return read(fs.getPath("queries"));
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<CannedQuery> read(Path folder) throws IOException {
        List<CannedQuery> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String file = p.getFileName().toString();
                out.add(of(file.substring(0, file.length() - 3), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
