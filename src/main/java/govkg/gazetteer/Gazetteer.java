package govkg.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.GZIPInputStream;

/**
 * China's statistical division codes (2023) with lookups by code, by name and by hierarchy, and the
 * name automaton {@link PlaceResolver} scans text with.
 *
 * <p>Reads the classpath resources {@code govkg/gazetteer/divisions.tsv.gz} (provinces, cities,
 * counties, townships and urban communities), when present {@code villages-full.tsv.gz} (every
 * village-level row; made by {@code scripts/fetch-gazetteer.sh --full}), and {@code automaton.bin}
 * (the name automaton the build saves; rebuilt in memory when absent or stale). Writes nothing.
 *
 * <p>Thread-safe: {@link #get()} loads once, lazily; the instance is immutable afterwards.
 */
public final class Gazetteer {

    static final String BASE = "govkg/gazetteer/";
    static final String DIVISIONS = "divisions.tsv.gz";
    static final String FULL_VILLAGES = "villages-full.tsv.gz";
    static final String AUTOMATON = "automaton.bin";

    private final Division[] divisions; // sorted by code: a subtree is a contiguous range
    private final String[] codes;
    private final Map<String, int[]> byName; // canonical form or short form → division indices
    private final java.util.BitSet villageEnds = new java.util.BitSet(1 << 16); // last characters of village keys
    private final NameAutomaton automaton; // names of levels PROVINCE..TOWNSHIP
    private final long fingerprint;

    /** Short-lived daemon threads: read the saved automaton while the divisions load, then tie it to them. */
    private static final Executor LOADER = task -> {
        Thread t = new Thread(task, "gazetteer-load");
        t.setDaemon(true);
        t.start();
    };

    private static final class Holder {
        static final Gazetteer INSTANCE = load(true);
    }

    private Gazetteer(List<Division> sorted, long fingerprint, CompletableFuture<NameAutomaton.Saved> saved) {
        this.fingerprint = fingerprint;
        divisions = sorted.toArray(new Division[0]);
        codes = new String[divisions.length];
        for (int i = 0; i < divisions.length; i++) codes[i] = divisions[i].code();
        // tie the saved automaton to the divisions on the loader thread while this one indexes names
        CompletableFuture<NameAutomaton> tied = saved.thenApplyAsync(sv -> sv == null ? null
                : sv.resolve(fingerprint, c -> byCode(c).orElse(null)).orElse(null), LOADER);
        var names = new HashMap<String, int[]>(divisions.length * 2);
        for (int i = 0; i < divisions.length; i++) {
            Division d = divisions[i];
            if (d.isPlaceholder()) continue;
            String name = d.level() == AdminLevel.VILLAGE ? NameForms.canonicalVillage(d.name()) : d.name();
            index(names, name, i);
            for (String s : d.shortForms()) index(names, s, i);
            if (d.level() == AdminLevel.VILLAGE) {
                villageEnds.set(name.charAt(name.length() - 1));
                for (String s : d.shortForms()) villageEnds.set(s.charAt(s.length() - 1));
            }
        }
        // a query ending in these is looked up in its canonical form (…居委会 as …社区), which ends otherwise
        villageEnds.set('会');
        villageEnds.set('办');
        villageEnds.set('处');
        byName = names;
        NameAutomaton loaded = tied.join();
        automaton = loaded != null ? loaded : NameAutomaton.build(sorted);
    }

    private static void index(Map<String, int[]> names, String key, int i) {
        int[] old = names.get(key);
        if (old == null) {
            names.put(key, new int[] {i});
        } else if (old[old.length - 1] != i) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = i;
            names.put(key, grown);
        }
    }

    /** Reads the saved automaton (run beside reading the divisions); null when absent or damaged. */
    private static NameAutomaton.Saved readSavedAutomaton() {
        InputStream in = resource(AUTOMATON);
        if (in == null) return null;
        try (in) {
            return NameAutomaton.read(new BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            return null; // a damaged saved form is rebuilt, never trusted
        }
    }

    /** The gazetteer, loaded on first use. */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /** Loads a new instance; {@code useSavedAutomaton} false builds the automaton from the names. */
    static Gazetteer load(boolean useSavedAutomaton) {
        CompletableFuture<NameAutomaton.Saved> saved = useSavedAutomaton
                ? CompletableFuture.supplyAsync(Gazetteer::readSavedAutomaton, LOADER)
                : CompletableFuture.completedFuture(null);
        var rows = new ArrayList<Division>(180_000);
        boolean full = resource(FULL_VILLAGES) != null;
        long crc = read(DIVISIONS, rows, !full);
        if (full) {
            read(FULL_VILLAGES, rows, true);
            rows.sort((a, b) -> a.code().compareTo(b.code()));
            sharePrefixStrings(rows);
        }
        return new Gazetteer(rows, (crc * 31 + NameAutomaton.RULES_VERSION) * 31 + NameForms.listsFingerprint(), saved);
    }

    private static InputStream resource(String name) {
        return Gazetteer.class.getClassLoader().getResourceAsStream(BASE + name);
    }

    /** Reads code-TAB-name rows; returns the CRC32 of the compressed resource. */
    private static long read(String name, List<Division> out, boolean withVillages) {
        InputStream raw = resource(name);
        if (raw == null) throw new IllegalStateException("missing resource " + BASE + name);
        var checked = new CheckedInputStream(raw, new CRC32());
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(checked, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            String[] last = new String[AdminLevel.values().length]; // last code read per level: the parent's own string
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab == 12 && !withVillages) continue;
                String code = line.substring(0, tab);
                AdminLevel level = AdminLevel.ofCode(code);
                String parent = null;
                if (level.parent() != null) {
                    parent = last[level.parent().ordinal()];
                    if (parent == null || !code.startsWith(parent)) parent = code.substring(0, level.parent().codeLength());
                }
                last[level.ordinal()] = code;
                out.add(new Division(code, line.substring(tab + 1), level, parent));
            }
            return checked.getChecksum().getValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + name, e);
        }
    }

    /** Lets each village refer to its township's code string instead of a copy (saves ~30 MB in full). */
    private static void sharePrefixStrings(List<Division> rows) {
        String township = null;
        for (int i = 0; i < rows.size(); i++) {
            Division d = rows.get(i);
            if (d.level() == AdminLevel.TOWNSHIP) township = d.code();
            else if (d.level() == AdminLevel.VILLAGE && township != null && d.parentCode().equals(township)) {
                rows.set(i, new Division(d.code(), d.name(), d.level(), township));
            }
        }
    }

    void saveAutomaton(OutputStream out) throws IOException {
        automaton.save(out, fingerprint);
    }

    NameAutomaton nameAutomaton() {
        return automaton;
    }

    /** The division with this code (2, 4, 6, 9 or 12 digits; rural villages from the lazy {@link VillageIndex}). */
    public Optional<Division> byCode(String code) {
        int i = index(code);
        if (i >= 0) return Optional.of(divisions[i]);
        return code != null && code.length() == AdminLevel.VILLAGE.codeLength() ? VillageIndex.get().byCode(code) : Optional.empty();
    }

    /**
     * The village-level divisions under a township or county code: the urban communities of the main table and
     * the rural villages of the {@link VillageIndex}, in code order. Empty for other levels.
     */
    public List<Division> villagesUnder(String code) {
        if (code == null || (code.length() != AdminLevel.TOWNSHIP.codeLength() && code.length() != AdminLevel.COUNTY.codeLength())) {
            return List.of();
        }
        var out = new ArrayList<Division>();
        int i = Arrays.binarySearch(codes, code);
        if (i < 0) i = -i - 1;
        for (; i < codes.length && codes[i].startsWith(code); i++) {
            if (divisions[i].level() == AdminLevel.VILLAGE) out.add(divisions[i]);
        }
        for (String t : VillageIndex.get().townshipsUnder(code)) out.addAll(VillageIndex.get().ofTownship(t));
        return out;
    }

    /** The division's ancestors, parent first, up to the province; empty for an unknown code. */
    public List<Division> ancestors(String code) {
        var out = new ArrayList<Division>(4);
        Optional<Division> d = byCode(code);
        while (d.isPresent() && d.get().parentCode() != null) {
            d = byCode(d.get().parentCode());
            d.ifPresent(out::add);
        }
        return out;
    }

    /** The division's direct children in code order; empty for an unknown code or a village. */
    public List<Division> children(String code) {
        int i = index(code);
        if (i < 0 || divisions[i].level() == AdminLevel.VILLAGE) return List.of();
        int childLength = AdminLevel.values()[divisions[i].level().ordinal() + 1].codeLength();
        var out = new ArrayList<Division>();
        for (int j = i + 1; j < codes.length && codes[j].startsWith(code); j++) {
            if (codes[j].length() == childLength) out.add(divisions[j]);
        }
        return out;
    }

    /**
     * False when no village or community name ends in {@code c}, so no text ending there can name one: the village
     * finders try every length of name after a township, and most end in a character no village name ends in
     * (they end in 村, 社区, 居委会 and a few more).
     */
    boolean mayEndVillageName(char c) {
        return villageEnds.get(c);
    }

    /**
     * Divisions known by this name: official name, alias (街道办事处, 社区居委会) or short form
     * (南京, 西藏, 建邺), in code order. Placeholder names (市辖区) find nothing.
     */
    public List<Division> byName(String nameOrShortForm) {
        int[] idx = byName.get(nameOrShortForm);
        if (idx == null) {
            String canonical = NameForms.canonical(nameOrShortForm);
            if (!canonical.equals(nameOrShortForm)) idx = byName.get(canonical);
        }
        if (idx == null) return List.of();
        var out = new ArrayList<Division>(idx.length);
        for (int i : idx) out.add(divisions[i]);
        return Collections.unmodifiableList(out);
    }

    /** Every division in code order (parents before their children). */
    public Stream<Division> all() {
        return Arrays.stream(divisions);
    }

    /** Number of divisions loaded. */
    public int size() {
        return divisions.length;
    }

    private int index(String code) {
        if (code == null) return -1;
        int i = Arrays.binarySearch(codes, code);
        return i < 0 ? -1 : i;
    }
}
