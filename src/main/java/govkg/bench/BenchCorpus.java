package govkg.bench;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real corpus the benchmarks run on: JSON-lines files (fields id, title, date, text — the
 * format of shared/corpora/xwlb) under a folder or given directly. Articles are read in file order,
 * duplicates by id dropped, and written on demand as one report file each into a scratch folder
 * (never into the repository: the text is third-party). Not thread-safe.
 */
public final class BenchCorpus {
    private final List<CorpusArticle> articles;

    private BenchCorpus(List<CorpusArticle> articles) {
        this.articles = List.copyOf(articles);
    }

    /** Reads up to {@code limit} articles; a clear error when the path holds no JSON-lines file. */
    public static BenchCorpus read(Path path, int limit) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        }
        if (files.isEmpty()) throw new IOException(path + ": no .jsonl corpus file here");
        List<CorpusArticle> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null && out.size() < limit) {
                    n++;
                    if (line.isBlank()) continue;
                    JsonObject o;
                    try {
                        o = JSON.parseAny(line).getAsObject();
                    } catch (RuntimeException e) {
                        throw new IOException(f + ":" + n + ": not a JSON object: " + e.getMessage());
                    }
                    String id = str(o, "id", f + ":" + n);
                    String text = str(o, "text", "");
                    if (text.isBlank() || !seen.add(id)) continue;
                    out.add(new CorpusArticle(id, str(o, "title", ""), str(o, "date", ""), text));
                }
            }
        }
        if (out.isEmpty()) throw new IOException(path + ": no article with a text");
        return new BenchCorpus(out);
    }

    private static String str(JsonObject o, String key, String dflt) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : dflt;
    }

    public List<CorpusArticle> articles() {
        return articles;
    }

    public long chars() {
        long n = 0;
        for (CorpusArticle a : articles) n += a.text().length();
        return n;
    }

    /** Writes one report file per article into {@code dir} (created) and returns the folder. */
    public Path writeReports(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (CorpusArticle a : articles) Files.writeString(dir.resolve(a.fileName()), a.asReportFile(), StandardCharsets.UTF_8);
        return dir;
    }
}
