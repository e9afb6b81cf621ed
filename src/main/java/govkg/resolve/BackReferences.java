package govkg.resolve;

import govkg.extract.EntityType;
import govkg.extract.Fact;
import govkg.extract.Mention;
import govkg.extract.PostHolding;
import govkg.extract.LexiconPatterns;
import govkg.gazetteer.AdminLevel;
import govkg.gazetteer.LevelUnits;
import govkg.ingest.Article;
import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References inside one article that name an entity only through an earlier mention, resolved when
 * exactly one earlier entity fits:
 * <ul>
 *   <li>该局 / 该院 / 该委 …: the nearest organization before it whose name ends so (该局局长 → the bureau's 局长,
 *       titled with the bureau's name);</li>
 *   <li>a shortened title with the same holder (东乡县委书记韩志平 … 县委书记韩志平): the fuller post, so one post holding;</li>
 *   <li>a title with no name (…县委书记表示): the one person of the article whose post ends with that title;</li>
 *   <li>a name cut short by segmentation (景川 inside 邵景川): the person of the full name.</li>
 * </ul>
 * Each reference becomes a mention (extractor {@code back-reference}) that points at the mention it
 * refers to, so it joins that entity and keeps its own offsets and sentence. Stateless; thread-safe.
 */
final class BackReferences {
    static final String EXTRACTOR = "back-reference";
    /** 该局, 该院: 该 (grammar) and a head an organization is referred back to by (org-reference-heads.txt). */
    private final Pattern thisOrg;
    /** One-character units of divisions down to the township (level-units.txt): a title's shorter forms start after one. */
    private final String levels;
    /** One-character words a name never starts with (name-left-stops.txt): a shortened title after one stands alone. */
    private final String stopChars;

    /** The facts with references resolved, and for each added mention the mention it refers to. */
    record Result(List<Fact> facts, Map<Mention, Mention> refersTo) {}

    BackReferences(Lexicons lex) {
        this.thisOrg = Pattern.compile("该(" + LexiconPatterns.alternation(lex.words(LexiconKind.ORG_REFERENCE_HEAD)) + ")");
        this.levels = new LevelUnits(lex).chars(AdminLevel.PROVINCE, AdminLevel.TOWNSHIP);
        StringBuilder stops = new StringBuilder();
        for (String w : lex.words(LexiconKind.NAME_LEFT_STOP)) if (w.length() == 1) stops.append(w);
        this.stopChars = stops.toString();
    }

    Result resolve(Article article, List<Fact> facts) {
        String text = article.textForExtraction();
        List<Mention> mentions = new ArrayList<>();
        for (Fact f : facts) if (f instanceof Mention m) mentions.add(m);
        Map<Mention, Mention> refersTo = new IdentityHashMap<>();
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f instanceof PostHolding p) out.add(post(p, facts, mentions));
            else if (f instanceof Mention m && m.type() == EntityType.PERSON && m.attr("byline") == null) {
                Mention full = fullName(m, mentions, text);
                if (full != null) refersTo.put(m, full);
                out.add(f);
            } else out.add(f);
        }
        for (Mention m : thisOrganization(text, mentions)) { refersTo.put(m, orgOf(m, mentions)); out.add(m); }
        for (var e : titleOnly(text, facts, mentions).entrySet()) { refersTo.put(e.getKey(), e.getValue()); out.add(e.getKey()); }
        return new Result(out, refersTo);
    }

    /** 该局局长 → the nearest bureau's 局长; a shortened title of a holder with a fuller one → the fuller one. */
    private static PostHolding post(PostHolding p, List<Fact> facts, List<Mention> mentions) {
        if (p.organization().isPresent()) return p;
        String t = p.title();
        if (t.startsWith("该")) {
            for (int len = Math.min(4, t.length() - 1); len >= 1; len--) {
                Mention org = nearestOrg(mentions, t.substring(1, 1 + len), p.begin());
                if (org != null) return new PostHolding(p.person(), org.label() + t.substring(1 + len), p.role(), Optional.of(org),
                        p.begin(), p.end(), p.extractor(), p.confidence(), p.term());
            }
            return p;
        }
        PostHolding fuller = null;
        for (Fact f : facts) {
            if (f instanceof PostHolding q && q != p && q.organization().isPresent() && q.person().label().equals(p.person().label())
                    && q.title().endsWith(t) && q.title().length() > t.length()) {
                if (fuller != null && !fuller.title().equals(q.title())) return p;   // two fuller posts: ambiguous
                fuller = q;
            }
        }
        return fuller == null ? p : new PostHolding(p.person(), fuller.title(), fuller.role(), fuller.organization(),
                p.begin(), p.end(), p.extractor(), p.confidence(), p.term());
    }

    private static Mention nearestOrg(List<Mention> mentions, String ending, int before) {
        Mention best = null;
        for (Mention m : mentions)
            if (m.type() == EntityType.ORGANIZATION && m.end() <= before && m.label().endsWith(ending) && (best == null || m.begin() > best.begin())) best = m;
        return best;
    }

    private static Mention orgOf(Mention ref, List<Mention> mentions) {
        return nearestOrg(mentions, ref.surface().substring(1), ref.begin());
    }

    /** 该局 standing alone (not inside a title already resolved, nor inside another mention). */
    private List<Mention> thisOrganization(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        Matcher m = thisOrg.matcher(text);
        while (m.find()) {
            if (covered(mentions, m.start(), m.end())) continue;
            Mention org = nearestOrg(mentions, m.group(1), m.start());
            if (org == null) continue;
            out.add(new Mention(EntityType.ORGANIZATION, org.label(), org.aliases(), m.group(), m.start(), m.end(), EXTRACTOR,
                    Math.round(org.confidence() * 900) / 1000.0, org.attrs()));
        }
        return out;
    }

    /** A title without a name, held in this article by exactly one named person. */
    private Map<Mention, Mention> titleOnly(String text, List<Fact> facts, List<Mention> mentions) {
        Map<String, Mention> holderOf = new HashMap<>();
        java.util.Set<String> holderTitles = new java.util.HashSet<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (Fact f : facts) {
            if (!(f instanceof PostHolding p) || p.organization().isEmpty()) continue;
            String t = p.title();
            holderTitles.add(t);
            for (int i = 0; i < t.length(); i++) {
                if (i > 0 && levels.indexOf(t.charAt(i)) < 0) continue;
                String form = t.substring(i);
                if (form.length() < 4) break;
                Mention prev = holderOf.putIfAbsent(form, p.person());
                if (prev != null && !prev.label().equals(p.person().label())) ambiguous.put(form, true);
            }
        }
        Map<Mention, Mention> out = new LinkedHashMap<>();
        List<String> forms = new ArrayList<>(holderOf.keySet());
        forms.removeIf(ambiguous::containsKey);
        forms.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        List<int[]> taken = new ArrayList<>();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                int end = at + form.length();
                if (insideAnotherName(mentions, at, end) || overlaps(taken, at, end) || namedAfter(mentions, end)) continue;
                // a shortened title (县委书记) must not be the tail of another place's title (临夏县委书记)
                boolean shortened = !holderTitles.contains(form);
                if (shortened && at > 0 && Character.isLetter(text.charAt(at - 1)) && stopChars.indexOf(text.charAt(at - 1)) < 0) continue;
                Mention holder = holderOf.get(form);
                taken.add(new int[]{at, end});
                out.put(new Mention(EntityType.PERSON, holder.label(), java.util.Set.of(), form, at, end, EXTRACTOR,
                        Math.round(holder.confidence() * 800) / 1000.0, Map.of()), holder);
            }
        }
        return out;
    }

    /** 景川 where the text reads 邵景川 and 邵景川 is a person of the article. */
    private static Mention fullName(Mention m, List<Mention> mentions, String text) {
        for (Mention o : mentions) {
            if (o == m || o.type() != EntityType.PERSON || o.attr("byline") != null) continue;
            String full = o.label();
            int extra = full.length() - m.label().length();
            if (extra <= 0 || !full.endsWith(m.label()) || m.begin() < extra) continue;
            if (text.startsWith(full, m.begin() - extra)) return o;
        }
        return null;
    }

    private static boolean covered(List<Mention> mentions, int begin, int end) {
        for (Mention m : mentions) if (m.begin() < end && begin < m.end()) return true;
        return false;
    }

    /** A person's name, or an organization's name that starts before or runs past the title, is there already. */
    private static boolean insideAnotherName(List<Mention> mentions, int begin, int end) {
        for (Mention m : mentions)
            if (m.begin() < end && begin < m.end() && (m.type() == EntityType.PERSON || m.begin() < begin || m.end() > end)) return true;
        return false;
    }

    private static boolean overlaps(List<int[]> spans, int begin, int end) {
        for (int[] s : spans) if (s[0] < end && begin < s[1]) return true;
        return false;
    }

    /** A person's name follows (县委书记韩志平): that is a named mention, not a reference. */
    private static boolean namedAfter(List<Mention> mentions, int end) {
        for (Mention m : mentions) if (m.type() == EntityType.PERSON && m.begin() >= end && m.begin() <= end + 1) return true;
        return false;
    }
}
