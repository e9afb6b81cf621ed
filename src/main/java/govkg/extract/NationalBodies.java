package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The central, foreign and international bodies of the {@link LexiconKind#NATIONAL_BODY} lexicon, by every
 * name they go by (公安部, 中华人民共和国公安部; 国家发展和改革委员会, 国家发展改革委, 发改委). Each body has one
 * label (its full name), its kind, its other names, the body it is a department of and, for a merged or renamed
 * body, its successor. Immutable; thread-safe.
 */
public final class NationalBodies {
    /**
     * @param parent    the label of the body this one is a department of, or null
     * @param successor the label of the body that took this one over, or null
     */
    public record Body(String label, String kind, Set<String> aliases, String parent, String successor) {
        /** The label and every alias. */
        public Set<String> names() {
            Set<String> out = new LinkedHashSet<>();
            out.add(label);
            out.addAll(aliases);
            return out;
        }
    }

    private final Map<String, Body> byName = new HashMap<>();
    /** Every name in a trie, so the names at a position are found by walking it (the longest body wins at a position). */
    private final govkg.lexicon.TermIndex names;

    public NationalBodies(Lexicons lex) {
        Map<String, String[]> raw = new HashMap<>();
        lex.entries(LexiconKind.NATIONAL_BODY).forEach((name, value) -> raw.put(name, value.split("\\|")));
        Map<String, Body> byLabel = new HashMap<>();
        Set<String> noParent = new java.util.HashSet<>();
        for (Map.Entry<String, String[]> e : raw.entrySet()) {
            String[] v = e.getValue();
            Set<String> aliases = new LinkedHashSet<>();
            String parent = null, successor = null;
            for (int i = 1; i < v.length; i++) {
                String s = v[i].strip();
                if (s.isEmpty()) continue;
                if (s.equals("^")) noParent.add(e.getKey());     // a lone ^: no parent, whatever its name starts with
                else if (s.startsWith("^")) parent = s.substring(1);
                else if (s.startsWith("→")) successor = s.substring(1);
                else aliases.add(s);
            }
            aliases.remove(e.getKey());
            byLabel.put(e.getKey(), new Body(e.getKey(), v[0].strip(), aliases, parent, successor));
        }
        for (Body b : byLabel.values()) for (String n : b.names()) byName.putIfAbsent(n, b);
        // a body whose parent is not given is a department of the longest other body its name starts with
        // (全国人民代表大会常务委员会法制工作委员会 → 全国人民代表大会常务委员会)
        for (Body b : new ArrayList<>(byLabel.values())) {
            if (b.parent() != null) continue;
            if (noParent.contains(b.label())) continue;
            Body p = longestPrefixBody(b.label());
            if (p != null) {
                Body withParent = new Body(b.label(), b.kind(), b.aliases(), p.label(), b.successor());
                for (String n : b.names()) if (byName.get(n) == b) byName.put(n, withParent);
            }
        }
        List<String> all = new ArrayList<>(byName.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        names = new govkg.lexicon.TermIndex(all);
    }

    private Body longestPrefixBody(String label) {
        Body best = null;
        int bestLength = 0;
        for (Map.Entry<String, Body> e : byName.entrySet()) {
            String n = e.getKey();
            if (n.length() > bestLength && n.length() < label.length() && label.startsWith(n) && !e.getValue().label().equals(label)) {
                best = e.getValue();
                bestLength = n.length();
            }
        }
        return best;
    }

    /** The body named {@code name} (its label or an alias), or null. */
    public Body of(String name) {
        return byName.get(name);
    }

    /** The names of bodies that start at {@code pos} in {@code text}, longest first (empty when none). */
    public List<String> namesStartingAt(String text, int pos) {
        return names.allStartingAt(text, pos);
    }

    /** Every body, once. */
    public Set<Body> all() {
        return new LinkedHashSet<>(byName.values());
    }
}
