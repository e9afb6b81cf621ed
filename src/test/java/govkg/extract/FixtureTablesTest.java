package govkg.extract;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Extractor cases as tables: every line of {@code src/test/resources/fixtures/*.tsv} is one test, so a person who
 * reads Chinese but not Java can add a case. Columns (tab-separated): the text (our own sentence), the type
 * ({@code person, organization, place, program, document, event, post}) and what is expected:
 * <ul>
 *   <li>{@code LABEL}: a mention of that type labelled LABEL (for place, {@code LABEL@CODE} also checks the code);</li>
 *   <li>{@code !LABEL}: no mention of that type labelled LABEL (or, for post, holding that title);</li>
 *   <li>{@code none}: no mention of that type at all;</li>
 *   <li>for post: {@code PERSON|TITLE} or {@code PERSON|TITLE|ORGANIZATION}; {@code !PERSON|TITLE} for none.</li>
 * </ul>
 * Lines starting with {@code #} are comments. The test's name is the file, line and text.
 */
class FixtureTablesTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures");

    @TestFactory
    Stream<DynamicTest> everyLineOfEveryTable() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] c = line.split("\t");
                    String where = f.getFileName() + ":" + (i + 1);
                    if (c.length != 3) { tests.add(DynamicTest.dynamicTest(where, () -> fail(where + ": expected 3 tab-separated columns"))); continue; }
                    tests.add(DynamicTest.dynamicTest(where + " " + c[0], () -> check(where, c[0], c[1].strip(), c[2].strip())));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no fixture lines under " + DIR);
        return tests.stream();
    }

    static void check(String where, String text, String type, String expected) {
        Extracted x = Extracted.from(text);
        if (type.equals("post")) {
            boolean negative = expected.startsWith("!");
            String[] p = (negative ? expected.substring(1) : expected).split("\\|");
            List<PostHolding> posts = x.facts.stream().filter(f -> f instanceof PostHolding).map(f -> (PostHolding) f).toList();
            boolean found = posts.stream().anyMatch(h -> h.person().label().equals(p[0]) && h.title().endsWith(p[1])
                    && (p.length < 3 || h.organization().map(o -> o.label().equals(p[2])).orElse(false)));
            List<String> seen = posts.stream().map(h -> h.person().label() + "|" + h.title() + h.organization().map(o -> "|" + o.label()).orElse("")).toList();
            assertEquals(!negative, found, where + ": post " + expected + " in " + text + " — posts found: " + seen);
            return;
        }
        EntityType t = EntityType.valueOf(type.toUpperCase(Locale.ROOT));
        List<Mention> ms = x.mentions(t);
        List<String> seen = ms.stream().map(m -> m.label() + (m.attr("adminCode") == null ? "" : "@" + m.attr("adminCode"))).toList();
        if (expected.equals("none")) {
            assertTrue(ms.isEmpty(), where + ": no " + type + " expected in " + text + " — found " + seen);
        } else if (expected.startsWith("!")) {
            String label = expected.substring(1);
            assertTrue(ms.stream().noneMatch(m -> m.label().equals(label)), where + ": " + type + " " + label + " must not be found in " + text + " — found " + seen);
        } else {
            String[] lc = expected.split("@");
            assertTrue(ms.stream().anyMatch(m -> m.label().equals(lc[0]) && (lc.length < 2 || lc[1].equals(m.attr("adminCode")))),
                    where + ": " + type + " " + expected + " expected in " + text + " — found " + seen);
        }
    }
}
