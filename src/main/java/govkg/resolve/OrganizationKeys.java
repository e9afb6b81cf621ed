package govkg.resolve;

import govkg.extract.EntityType;
import govkg.extract.Fact;
import govkg.extract.Mention;
import govkg.extract.Relation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys organizations by where they serve rather than by how the text spells the place: the division code
 * of the place names their name starts with, plus what follows them, so 甘肃省临夏市公安局 and 临夏市公安局,
 * or 深圳市南山区委政法委员会 and 南山区委政法委员会, are one organization in any report. Place names are
 * those of the article's resolved places (so an ambiguous 鼓楼区 means the one the article means), each
 * stripped name must lie within the one before it, and 中共 is dropped. A name that does not start with a
 * place (公安部) keeps its name key. Stateless.
 */
final class OrganizationKeys {
    /** Words dropped at the start of a name (中国共产党, 中共), longest first. */
    private final List<String> prefixes = new ArrayList<>();
    /** Word → the form it is folded to anywhere in a name (人民法院 → 法院). */
    private final Map<String, String> folds = new java.util.LinkedHashMap<>();

    OrganizationKeys(govkg.lexicon.Lexicons lex) {
        lex.entries(govkg.lexicon.LexiconKind.ORG_KEY_FOLD).forEach((w, v) -> {
            if (v.equals("start")) prefixes.add(w);
            else folds.put(w, v);
        });
    }

    Map<Mention, String> of(List<Fact> facts, List<Mention> mentions) {
        List<Mention> places = new ArrayList<>();
        for (Mention m : mentions) if (m.type() == EntityType.PLACE && m.attr("adminCode") != null) places.add(m);
        for (Fact f : facts)
            if (f instanceof Relation r && r.kind() == Relation.Kind.JURISDICTION && r.object().attr("adminCode") != null) places.add(r.object());
        Map<Mention, String> out = new IdentityHashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION) continue;
            // a known national, foreign or international body is the one body of its label, term or no term
            if (m.attr("nationalBody") != null) {
                out.put(m, national(m.label()));
                continue;
            }
            String key = key(normalize(m.label()), places);
            if (key != null) out.put(m, key);
        }
        return out;
    }

    /** The key of a known national, foreign or international body: its label. */
    static String national(String label) {
        return "org:" + label;
    }

    /** {@code org:CODE|rest}, or null when the name does not start with a place name of the article. */
    static String key(String name, List<Mention> places) {
        String[] best = parse(name, "", places);
        return best[0].isEmpty() ? null : "org:" + best[0] + "|" + (best[1].equals("委员会") ? "委" : best[1]);
    }


    /**
     * Drops what varies between forms of one name: 中共 or 中国共产党, the term number (第十一届), 人民 in the names of
     * courts, procuratorates and governments (泉州市检察院 = 泉州市人民检察院). A bare 委员会 after the places is
     * the committee (道里区委员会 = 道里区委), see {@link #key}.
     */
    String normalize(String name) {
        String n = name;
        for (String p : prefixes) if (n.startsWith(p)) { n = n.substring(p.length()); break; }
        n = govkg.extract.OrganizationNames.TERM_NUMBER.matcher(n).replaceAll("");
        for (Map.Entry<String, String> f : folds.entrySet()) n = n.replace(f.getKey(), f.getValue());
        return n;
    }

    /**
     * The deepest reading of the leading place names: {code, rest}. All readings are tried, so 青岛市南区委
     * reads 青岛 + 市南区 (a district) rather than 青岛市 + 南区…; few names are candidates at each step.
     */
    private static String[] parse(String rest, String code, List<Mention> places) {
        String[] best = {code, rest};
        for (Mention p : places) {
            String c = p.attr("adminCode");
            if (!c.startsWith(code) || c.equals(code)) continue;
            for (String n : names(p)) {
                if (!rest.startsWith(n) || n.length() >= rest.length()) continue;
                String[] r = parse(rest.substring(n.length()), c, places);
                if (r[0].length() > best[0].length() || r[0].length() == best[0].length() && r[1].length() < best[1].length()) best = r;
            }
        }
        return best;
    }

    private static List<String> names(Mention place) {
        List<String> out = new ArrayList<>();
        out.add(place.label());
        out.add(place.surface());
        out.addAll(place.aliases());
        out.removeIf(n -> n.length() < 2);
        return out;
    }
}
