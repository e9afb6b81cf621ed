package govkg.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The README's dependency arrows, held: each package may use only the packages listed for it here (README
 * "Architecture" shows the same). An import or a fully qualified reference in code (not in a string or a
 * comment) to any other govkg package fails the build, naming the file and the arrow it breaks.
 */
class ArchitectureTest {
    /** package → the govkg packages it may use. Pipeline stages point down, towards the input. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("lexicon", Set.of()),
            entry("time", Set.of()),
            entry("ingest", Set.of("lexicon", "time")),
            entry("nlp", Set.of("ingest")),
            entry("gazetteer", Set.of("lexicon")),
            entry("extract", Set.of("nlp", "ingest", "gazetteer", "lexicon", "time")),
            entry("resolve", Set.of("extract", "ingest", "lexicon", "gazetteer", "time")),
            entry("rdf", Set.of("resolve", "extract", "ingest", "gazetteer", "lexicon", "time")),
            entry("pipeline", Set.of("rdf", "resolve", "extract", "nlp", "ingest", "gazetteer", "lexicon", "time")),
            entry("store", Set.of("pipeline", "rdf", "resolve", "extract", "ingest", "gazetteer", "lexicon", "time")),
            entry("serve", Set.of("store", "rdf", "lexicon", "time")),
            entry("remote", Set.of("rdf")),
            entry("eval", Set.of("pipeline", "rdf", "resolve", "extract", "ingest", "lexicon")),
            entry("bench", Set.of("serve", "store", "pipeline", "rdf", "resolve", "extract", "nlp", "ingest", "gazetteer", "lexicon", "eval", "time")),
            entry("spark", Set.of("pipeline", "rdf", "resolve", "extract", "nlp", "ingest", "gazetteer", "lexicon", "time")),
            entry("cli", Set.of("bench", "eval", "remote", "serve", "store", "pipeline", "rdf", "resolve", "extract", "nlp", "ingest", "gazetteer", "lexicon", "time")));

    private static final Pattern REFERENCE = Pattern.compile("\\bgovkg\\.([a-z]+)\\.[A-Za-z]");

    @Test
    void everyPackageKeepsToItsArrows() throws IOException {
        List<String> broken = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java/govkg"), Path.of("src/spark/java/govkg"))) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String pkg = root.relativize(f).getName(0).toString();
                    Set<String> allowed = ALLOWED.get(pkg);
                    if (allowed == null) { unknown.add(pkg); continue; }
                    Matcher m = REFERENCE.matcher(code(f));
                    Set<String> seen = new TreeSet<>();
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg) && !allowed.contains(used) && seen.add(used)) broken.add(f + ": " + pkg + " → " + used);
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "packages with no arrows in ArchitectureTest.ALLOWED (add them, and to the README): " + unknown);
        assertTrue(broken.isEmpty(), "imports against the README's arrows:\n" + String.join("\n", broken));
    }

    @Test
    void theArrowsHaveNoCycle() {
        for (String start : ALLOWED.keySet()) assertFalse(reaches(start, start, new TreeSet<>()), "a cycle through " + start);
    }

    @Test
    void theCheckSeesAnImportThatBreaksAnArrow(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("X.java");
        Files.writeString(f, "package govkg.extract;\nimport govkg.serve.Html; // \"govkg.cli.Main\"\nclass X { String s = \"govkg.rdf.GOV\"; }\n");
        Matcher m = REFERENCE.matcher(code(f));
        Set<String> used = new TreeSet<>();
        while (m.find()) used.add(m.group(1));
        assertEquals(Set.of("serve"), used, "strings and comments are not references, imports are");
    }

    private static boolean reaches(String from, String target, Set<String> visited) {
        for (String next : ALLOWED.getOrDefault(from, Set.of())) {
            if (next.equals(target)) return true;
            if (visited.add(next) && reaches(next, target, visited)) return true;
        }
        return false;
    }

    /** The file's code with string literals and comments blanked, so "govkg.cli.Main" in a command line is no import. */
    static String code(Path f) {
        try {
            String s = Files.readString(f);
            s = s.replaceAll("(?s)/\\*.*?\\*/", " ");
            s = s.replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
            s = s.replaceAll("//[^\\n]*", " ");
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
