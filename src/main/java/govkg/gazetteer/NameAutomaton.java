package govkg.gazetteer;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.io.ByteArray;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Aho–Corasick automaton over the names of provinces, cities, counties and townships (official
 * names, aliases, short forms), each key with its {@link NameEntry}, plus blockers: ordinary words
 * that hold a short form (安居乐业), entries without divisions that keep the short form from matching. Built from the divisions
 * ({@link #build}), or loaded from the form {@link #save} writes (the build writes it to
 * {@code govkg/gazetteer/automaton.bin}, see {@link GazetteerIndexBuilder}); a saved automaton
 * carries a fingerprint of the data and rules it was built from and is refused when they differ.
 * Immutable after construction; thread-safe for lookups.
 */
final class NameAutomaton {

    /** Bump when NameForms, CommonWords or the weak-key rule change: saved automata then rebuild. */
    static final int RULES_VERSION = 4;
    private static final int MAGIC = 0x47617A31; // "Gaz1"

    private final AhoCorasickDoubleArrayTrie<NameEntry> trie;
    private final NameEntry[] entries; // in key order, as the trie numbers them
    private final Set<String> edges; // two-character words a short form may straddle (重大|理论)

    private NameAutomaton(AhoCorasickDoubleArrayTrie<NameEntry> trie, NameEntry[] entries, Set<String> edges) {
        this.trie = trie;
        this.entries = entries;
        this.edges = edges;
    }

    /**
     * True when a two-character short form at {@code begin} is the end of one word and the start of
     * the next (重大理论 holds 大理, 广大同志 holds 大同): then it is not a place name.
     */
    boolean straddles(String text, int begin, int end) {
        return end - begin == 2 && begin > 0 && end < text.length()
                && edges.contains(text.substring(begin - 1, begin + 1)) && edges.contains(text.substring(begin + 1, end + 1));
    }

    AhoCorasickDoubleArrayTrie<NameEntry> trie() {
        return trie;
    }

    static NameAutomaton build(List<Division> divisions) {
        var keys = new TreeMap<String, List<Object[]>>(); // key → (division, isShort)
        for (Division d : divisions) {
            if (d.isPlaceholder() || d.level() == AdminLevel.VILLAGE) continue;
            add(keys, d.name(), d, false);
            for (String a : d.aliases()) add(keys, a, d, false);
            for (String s : d.shortForms()) add(keys, s, d, true);
        }
        var shortKeys = new HashSet<String>();
        keys.forEach((k, refs) -> {
            if (refs.stream().anyMatch(r -> (Boolean) r[1])) shortKeys.add(k);
        });
        CommonWords.Found words = CommonWords.among(keys.keySet(), shortKeys);
        var entries = new TreeMap<String, NameEntry>();
        keys.forEach((k, refs) -> entries.put(k, entry(k, refs, words.common().contains(k))));
        for (String b : words.blockers()) entries.put(b, new NameEntry(b, new Division[0], new boolean[0], false));
        return new NameAutomaton(new AhoCorasickDoubleArrayTrie<>(entries), entries.values().toArray(new NameEntry[0]),
                Set.copyOf(words.edges()));
    }

    private static void add(Map<String, List<Object[]>> keys, String key, Division d, boolean isShort) {
        List<Object[]> refs = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Object[] r : refs) {
            if (r[0] == d) return;
        }
        refs.add(new Object[] {d, isShort});
    }

    private static NameEntry entry(String key, List<Object[]> refs, boolean commonWord) {
        var divs = new Division[refs.size()];
        var isShort = new boolean[refs.size()];
        boolean anyShort = false;
        boolean anyHigh = false;
        for (int i = 0; i < divs.length; i++) {
            divs[i] = (Division) refs.get(i)[0];
            isShort[i] = (Boolean) refs.get(i)[1];
            anyShort |= isShort[i];
            anyHigh |= divs[i].level().compareTo(AdminLevel.CITY) <= 0;
        }
        boolean ambiguous = divs.length > 1;
        boolean shortOrTiny = anyShort || key.length() <= 2;
        // needs context: an ordinary word or a short form several share, naming only counties or
        // townships (平安, 泰山, 鼓楼, 市中, 城区); an ordinary word that names a city and counties (朝阳)
        boolean weak = anyHigh ? commonWord && ambiguous
                : NameForms.isKindWord(key) || shortOrTiny && (commonWord || ambiguous);
        return new NameEntry(key, divs, isShort, weak);
    }

    /** Writes the fingerprint, the entries (divisions by code) and the trie. */
    void save(OutputStream os, long fingerprint) throws IOException {
        var out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeLong(fingerprint);
        out.writeInt(entries.length);
        for (NameEntry e : entries) {
            out.writeUTF(e.key());
            out.writeBoolean(e.weak());
            out.writeByte(e.size());
            for (int i = 0; i < e.size(); i++) {
                out.writeUTF(e.divisions()[i].code());
                out.writeBoolean(e.shortForm()[i]);
            }
        }
        out.writeInt(edges.size());
        for (String w : new TreeSet<>(edges)) out.writeUTF(w);
        var trieBytes = new ByteArrayOutputStream(1 << 23);
        try {
            trie.save(new DataOutputStream(trieBytes));
        } catch (Exception ex) {
            throw new IOException("cannot save the automaton", ex);
        }
        out.writeInt(trieBytes.size());
        trieBytes.writeTo(out);
        out.flush();
    }

    /** A saved automaton read but not yet tied to the divisions (so reading can overlap loading them). */
    static final class Saved {
        private final long fingerprint;
        private final String[] keys;
        private final boolean[] weak;
        private final String[][] codes;
        private final boolean[][] shortForm;
        private final AhoCorasickDoubleArrayTrie<NameEntry> trie;
        private final NameEntry[] values;
        private final Set<String> edges;

        private Saved(DataInputStream data) throws IOException {
            if (data.readInt() != MAGIC) throw new IOException("not a saved gazetteer automaton");
            fingerprint = data.readLong();
            int n = data.readInt();
            keys = new String[n];
            weak = new boolean[n];
            codes = new String[n][];
            shortForm = new boolean[n][];
            for (int k = 0; k < n; k++) {
                keys[k] = data.readUTF();
                weak[k] = data.readBoolean();
                int m = data.readUnsignedByte();
                codes[k] = new String[m];
                shortForm[k] = new boolean[m];
                for (int i = 0; i < m; i++) {
                    codes[k][i] = data.readUTF();
                    shortForm[k][i] = data.readBoolean();
                }
            }
            var words = new HashSet<String>();
            for (int i = data.readInt(); i > 0; i--) words.add(data.readUTF());
            edges = Set.copyOf(words);
            byte[] trieBytes = new byte[data.readInt()];
            data.readFully(trieBytes);
            values = new NameEntry[n]; // the trie keeps this array; filled by resolve
            trie = new AhoCorasickDoubleArrayTrie<>();
            if (!trie.load(new ByteArray(trieBytes), values)) throw new IOException("damaged saved automaton");
        }

        /** The automaton, or empty when saved from other data or rules than {@code expected}. */
        Optional<NameAutomaton> resolve(long expected, Function<String, Division> byCode) {
            if (fingerprint != expected) return Optional.empty();
            for (int k = 0; k < keys.length; k++) {
                var divs = new Division[codes[k].length];
                for (int i = 0; i < divs.length; i++) {
                    divs[i] = byCode.apply(codes[k][i]);
                    if (divs[i] == null) return Optional.empty();
                }
                values[k] = new NameEntry(keys[k], divs, shortForm[k], weak[k]);
            }
            return Optional.of(new NameAutomaton(trie, values, edges));
        }
    }

    /** Reads what {@link #save} wrote. */
    static Saved read(InputStream in) throws IOException {
        return new Saved(new DataInputStream(in));
    }

    /** Same keys and entries (for tests of the saved form). */
    boolean sameAs(NameAutomaton other) {
        if (entries.length != other.entries.length || !edges.equals(other.edges)) return false;
        for (int i = 0; i < entries.length; i++) {
            NameEntry a = entries[i];
            NameEntry b = other.entries[i];
            if (!a.key().equals(b.key()) || a.weak() != b.weak() || !Arrays.equals(a.divisions(), b.divisions())
                    || !Arrays.equals(a.shortForm(), b.shortForm())) {
                return false;
            }
        }
        return true;
    }
}
