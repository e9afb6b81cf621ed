package govkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The canned SPARQL queries shown in the editor: {@code *.rq} files from a folder or from the classpath
 * folder {@code queries/}; the first line, a {@code #} comment, is the question. Immutable; thread-safe.
 */
final class CannedQueries {
    /** One canned query: file name without {@code .rq}, the question, the text. */
    record Canned(String name, String question, String text) {}

    private final Map<String, Canned> byName;

    private CannedQueries(Map<String, Canned> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    List<Canned> all() {
        return new ArrayList<>(byName.values());
    }

    Canned get(String name) {
        return name == null ? null : byName.get(name);
    }

    /** From {@code folder}, or from the classpath when it is {@code null}. */
    static CannedQueries load(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        try {
            if (folder != null) {
                readFolder(folder, texts);
            } else {
                Enumeration<URL> urls = CannedQueries.class.getClassLoader().getResources("queries");
                while (urls.hasMoreElements()) {
                    URL url = urls.nextElement();
                    if (url.getProtocol().equals("file"))
                        readFolder(Path.of(url.toURI()), texts);
                    else if (url.getProtocol().equals("jar"))
                        readJar(url, texts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Canned> out = new LinkedHashMap<>();
        texts.forEach((name, text) -> out.put(name, new Canned(name, question(name, text), text)));
        return new CannedQueries(out);
    }

    private static void readFolder(Path folder, Map<String, String> texts) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList())
                texts.putIfAbsent(name(p.getFileName().toString()), Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    private static void readJar(URL url, Map<String, String> texts) throws IOException {
        JarURLConnection conn = (JarURLConnection) url.openConnection();
        conn.setUseCaches(false);
        try (JarFile jar = conn.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String n = e.getName();
                if (n.startsWith("queries/") && n.endsWith(".rq") && n.indexOf('/', 8) < 0)
                    try (InputStream in = jar.getInputStream(e)) {
                        texts.putIfAbsent(name(n.substring(8)), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
            }
        }
    }

    private static String name(String file) {
        return file.substring(0, file.length() - 3);
    }

    private static String question(String name, String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return first.startsWith("#") ? first.replaceFirst("^#+\\s*", "").strip() : name;
    }
}
