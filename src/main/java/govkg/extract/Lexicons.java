package govkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain lexicons: data files under {@code /govkg/lexicon/} (one entry a line, {@code #}
 * comments, optional tab-separated attribute), plus user files given with {@code --lexicon}.
 *
 * <p>A user lexicon line is {@code KIND<TAB>TERM[<TAB>ATTRIBUTE]} where KIND is one of
 * role, org-suffix, program, program-head, law, event-head, surname. Immutable once built; thread-safe.
 */
public final class Lexicons {
    public final Set<String> surnames;
    /** Role words, longest first. */
    public final List<String> roles;
    /** Roles that are occupations (民警, 教授, 律师): common nouns before other words too, so a name after them needs HanLP's agreement. */
    public final Set<String> occupations;
    /** Organization suffix → kind, longest first. */
    public final Map<String, String> orgSuffixes;
    public final Map<String, String> orgAbbreviations;
    /** Program name → aliases ("|"-separated, may be empty). */
    public final Map<String, String> programs;
    public final Map<String, String> programHeads;
    /** Short law name → full name. */
    public final Map<String, String> laws;
    public final Map<String, String> eventHeads;
    /** {@link #roles} and the keys of {@link #orgSuffixes}, indexed for matching at a position. */
    public final TermIndex roleIndex;
    public final TermIndex orgSuffixIndex;

    private Lexicons(Map<String, Map<String, String>> kinds) {
        Set<String> sn = new HashSet<>();
        for (String line : kinds.get("surname").keySet()) for (String s : line.split("\\s+")) if (!s.isBlank()) sn.add(s);
        surnames = Set.copyOf(sn);
        roles = longestFirst(kinds.get("role")).keySet().stream().toList();
        Set<String> occ = new HashSet<>();
        kinds.get("role").forEach((role, hint) -> { if ("occupation".equals(hint)) occ.add(role); });
        occupations = Set.copyOf(occ);
        orgSuffixes = longestFirst(kinds.get("org-suffix"));
        orgAbbreviations = longestFirst(kinds.get("org-abbreviation"));
        programs = longestFirst(kinds.get("program"));
        programHeads = longestFirst(kinds.get("program-head"));
        laws = longestFirst(kinds.get("law"));
        eventHeads = longestFirst(kinds.get("event-head"));
        roleIndex = new TermIndex(roles);
        orgSuffixIndex = new TermIndex(orgSuffixes.keySet());
    }

    private static final Map<String, String> FILES = Map.of(
            "surname", "surnames.txt", "role", "roles.txt", "org-suffix", "org-suffixes.txt",
            "org-abbreviation", "org-abbreviations.txt", "program", "programs.txt",
            "program-head", "program-heads.txt", "law", "laws.txt", "event-head", "event-heads.txt");

    private static volatile Lexicons builtIn;

    /** The bundled lexicons. */
    public static Lexicons builtIn() {
        if (builtIn == null) {
            synchronized (Lexicons.class) {
                if (builtIn == null) builtIn = load(List.of());
            }
        }
        return builtIn;
    }

    /** The bundled lexicons plus the user's files. Bad lines raise an error naming file and line. */
    public static Lexicons load(List<Path> userFiles) {
        Map<String, Map<String, String>> kinds = new LinkedHashMap<>();
        FILES.forEach((kind, file) -> {
            try (InputStream in = Lexicons.class.getResourceAsStream("/govkg/lexicon/" + file)) {
                if (in == null) throw new IllegalStateException("missing lexicon resource " + file);
                kinds.put(kind, read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (Path p : userFiles) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] c = line.split("\t");
                    if (c.length < 2 || !kinds.containsKey(c[0].strip()))
                        throw new IllegalArgumentException(p + ":" + n + ": expected KIND<TAB>TERM with KIND one of " + kinds.keySet());
                    kinds.get(c[0].strip()).put(c[1].strip(), c.length > 2 ? c[2].strip() : "");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": " + e.getMessage(), e);
            }
        }
        return new Lexicons(kinds);
    }

    private static Map<String, String> read(BufferedReader r, String name) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", 2);
            out.put(c[0].strip(), c.length > 1 ? c[1].strip() : "");
        }
        return out;
    }

    private static Map<String, String> longestFirst(Map<String, String> m) {
        List<String> keys = new ArrayList<>(m.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : keys) out.put(k, m.get(k));
        return java.util.Collections.unmodifiableMap(out);
    }

    public boolean isSurnameStart(String name) {
        return surnames.contains(name.substring(0, 1)) || (name.length() > 2 && surnames.contains(name.substring(0, 2)));
    }

    /** The role word {@code title} ends in, or null. */
    public String roleAtEnd(String title) {
        return roleIndex.endOf(title);
    }
}
