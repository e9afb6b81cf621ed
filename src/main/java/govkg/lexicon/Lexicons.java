package govkg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain lexicons: one data file per {@link LexiconKind} under {@code /govkg/lexicon/} (one entry a
 * line, {@code #} comments, an optional tab-separated value), plus user files given with {@code --lexicon}.
 * Every word list of govkg lives here, so a new cue word is one line in one file and {@code --lexicon}
 * reaches every list.
 *
 * <p>A user lexicon line is {@code KIND<TAB>TERM[<TAB>VALUE]} with KIND a {@link LexiconKind#id()}.
 * Immutable once built; thread-safe. Resources are passed to the stages that need them, never fetched
 * from a static inside a stage.
 */
public final class Lexicons {
    private final Map<LexiconKind, Map<String, String>> entries = new EnumMap<>(LexiconKind.class);
    private final Map<LexiconKind, Set<String>> words = new EnumMap<>(LexiconKind.class);
    private final Map<LexiconKind, TermIndex> indexes = new EnumMap<>(LexiconKind.class);

    // The lists the extractors used before the kinds were generic; kept as fields for the hot paths.
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

    private Lexicons(Map<LexiconKind, Map<String, String>> raw) {
        for (LexiconKind k : LexiconKind.values()) {
            Map<String, String> m = longestFirst(raw.getOrDefault(k, Map.of()));
            entries.put(k, m);
            Set<String> w = new HashSet<>();
            for (String key : m.keySet()) {
                if (k.shape() == LexiconKind.Shape.WORDS) { for (String s : key.split("\\s+")) if (!s.isBlank()) w.add(s); }
                else w.add(key);
            }
            words.put(k, Set.copyOf(w));
            List<String> ordered = new ArrayList<>(w);
            ordered.sort(LONGEST_FIRST);
            indexes.put(k, new TermIndex(ordered));
        }
        surnames = words(LexiconKind.SURNAME);
        roles = List.copyOf(entries(LexiconKind.ROLE).keySet());
        occupations = withValue(LexiconKind.ROLE, "occupation");
        orgSuffixes = entries(LexiconKind.ORG_SUFFIX);
        orgAbbreviations = entries(LexiconKind.ORG_ABBREVIATION);
        programs = entries(LexiconKind.PROGRAM);
        programHeads = entries(LexiconKind.PROGRAM_HEAD);
        laws = entries(LexiconKind.LAW);
        eventHeads = entries(LexiconKind.EVENT_HEAD);
        roleIndex = index(LexiconKind.ROLE);
        orgSuffixIndex = index(LexiconKind.ORG_SUFFIX);
    }

    /** The terms of a kind (for {@link LexiconKind.Shape#WORDS}, each space-separated word). */
    public Set<String> words(LexiconKind kind) {
        return words.get(kind);
    }

    /** Term → value of a kind, longest term first (value "" when the line has none). */
    public Map<String, String> entries(LexiconKind kind) {
        return entries.get(kind);
    }

    /** The value of {@code term} in {@code kind}, or null when the term is not listed. */
    public String value(LexiconKind kind, String term) {
        return entries.get(kind).get(term);
    }

    /** The terms of a kind indexed by first and last character, longest first. */
    public TermIndex index(LexiconKind kind) {
        return indexes.get(kind);
    }

    /** The terms of a kind whose value is {@code value}. */
    public Set<String> withValue(LexiconKind kind, String value) {
        return Set.copyOf(withValues(kind, value));
    }

    /** The terms of a kind whose value is one of {@code values}, longest first (the order a {@link TermIndex} wants). */
    public List<String> withValues(LexiconKind kind, String... values) {
        Set<String> want = Set.of(values);
        List<String> out = new ArrayList<>();
        entries.get(kind).forEach((t, v) -> { if (want.contains(v)) out.add(t); });
        return List.copyOf(out);
    }

    /** The terms of a kind whose value is one of {@code values}, indexed longest first. */
    public TermIndex index(LexiconKind kind, String... values) {
        return new TermIndex(withValues(kind, values));
    }

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
        Map<LexiconKind, Map<String, String>> kinds = new EnumMap<>(LexiconKind.class);
        for (LexiconKind kind : LexiconKind.values()) {
            String file = kind.file();
            try (InputStream in = Lexicons.class.getResourceAsStream("/govkg/lexicon/" + file)) {
                if (in == null) throw new IllegalStateException("missing lexicon resource " + file);
                kinds.put(kind, readBundled(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), kind));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path p : userFiles) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                Map<LexiconKind, Map<String, Integer>> seen = new EnumMap<>(LexiconKind.class);
                int n = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] c = line.split("\t");
                    LexiconKind kind = c.length < 2 ? null : LexiconKind.byId(c[0].strip());
                    if (kind == null)
                        throw new IllegalArgumentException(p + ":" + n + ": " + (c.length < 2 ? "expected KIND<TAB>TERM" : "unknown kind '" + c[0].strip() + "'")
                                + "; KIND is one of " + LexiconKind.ids());
                    String value = c.length > 2 ? c[2].strip() : "";
                    check(kind, value, p + ":" + n);
                    String term = c[1].strip();
                    once(kind, term, seen.computeIfAbsent(kind, k -> new HashMap<>()), p.toString(), n);
                    kinds.get(kind).put(term, value);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": " + e.getMessage(), e);
            }
        }
        return new Lexicons(kinds);
    }

    private static Map<String, String> readBundled(BufferedReader r, LexiconKind kind) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", 2);
            String value = c.length > 1 ? c[1].strip() : "";
            check(kind, value, kind.file() + ":" + n);
            String term = c[0].strip();
            once(kind, term, seen, kind.file(), n);
            out.put(term, value);
        }
        return out;
    }

    /**
     * Fails when a file lists a term twice (for a {@link LexiconKind.Shape#WORDS} kind, each space-separated word):
     * the second line would silently replace or repeat the first, so two edits of one word could disagree unseen.
     */
    private static void once(LexiconKind kind, String term, Map<String, Integer> seen, String file, int line) {
        List<String> terms = kind.shape() == LexiconKind.Shape.WORDS ? List.of(term.split("\\s+")) : List.of(term);
        for (String t : terms) {
            if (t.isEmpty()) continue;
            Integer first = seen.putIfAbsent(t, line);
            if (first != null)
                throw new IllegalArgumentException(file + ":" + line + ": " + kind.id() + " '" + t + "' is listed twice (first at line " + first + ")");
        }
    }

    private static void check(LexiconKind kind, String value, String where) {
        if (kind.shape() == LexiconKind.Shape.TYPED && !value.isEmpty() && !kind.allowed().isEmpty() && !kind.allowed().contains(value))
            throw new IllegalArgumentException(where + ": " + kind.id() + " value '" + value + "' is not one of " + kind.allowed());
        // TYPED_NAMES: KIND|name|name…, the kind required
        String head = value.split("\\|", 2)[0].strip();
        if (kind.shape() == LexiconKind.Shape.TYPED_NAMES && !kind.allowed().contains(head))
            throw new IllegalArgumentException(where + ": " + kind.id() + " kind '" + head + "' is not one of " + kind.allowed());
    }

    private static final Comparator<String> LONGEST_FIRST =
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

    private static Map<String, String> longestFirst(Map<String, String> m) {
        List<String> keys = new ArrayList<>(m.keySet());
        keys.sort(LONGEST_FIRST);
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : keys) out.put(k, m.get(k));
        return Collections.unmodifiableMap(out);
    }

    public boolean isSurnameStart(String name) {
        return surnames.contains(name.substring(0, 1)) || (name.length() > 2 && surnames.contains(name.substring(0, 2)));
    }

    /** The role word {@code title} ends in, or null. */
    public String roleAtEnd(String title) {
        return roleIndex.endOf(title);
    }
}
