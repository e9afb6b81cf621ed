package govkg.resolve;

import govkg.extract.EntityType;
import govkg.extract.Fact;
import govkg.extract.Mention;
import govkg.extract.OrganizationNames;
import govkg.extract.PostHolding;
import govkg.extract.Relation;
import govkg.ingest.Article;
import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which mentions of one article denote one entity, and gives each entity its key:
 * <ul>
 *   <li>places: the division code;</li>
 *   <li>people: the name plus the province of their post (or of the article), so namesakes in
 *       different provinces stay apart; byline journalists: the name plus "reporter";</li>
 *   <li>organizations: the division code of their jurisdiction plus the name after the place names
 *       ({@link OrganizationKeys}: 深圳市南山区委政法委员会 = 南山区委政法委员会), else the name without 中共;
 *       documents: the fullest name;</li>
 *   <li>programs: the quoted core without 新时代 and quotes; a name that ends another's is the same program;</li>
 *   <li>events: mentions with the same head word in one article are one occurrence; key = name + date.</li>
 * </ul>
 * References by 该局, by a bare title or by a name cut short join the entity they refer to ({@link BackReferences}).
 * The merged entity's label is its fullest name ({@link FullestName}); all other forms become aliases.
 * Thread-safe (no state).
 */
public final class ArticleResolver {
    private final IriMinter iris;
    private final Set<String> nationalOfficeTitles;
    private final BackReferences backReferences;
    private final OrganizationKeys organizationKeys;
    /** How a central body's name starts (central-body-starts.txt), longest first. */
    private final TermIndex centralStarts;
    private final Set<String> notCentral;

    public ArticleResolver(IriMinter iris) {
        this(iris, Lexicons.builtIn());
    }

    public ArticleResolver(IriMinter iris, Lexicons lex) {
        this.iris = iris;
        this.nationalOfficeTitles = lex.words(LexiconKind.NATIONAL_OFFICE_TITLE);
        this.backReferences = new BackReferences(lex);
        this.organizationKeys = new OrganizationKeys(lex);
        this.centralStarts = lex.index(LexiconKind.CENTRAL_BODY_START);
        this.notCentral = lex.withValue(LexiconKind.CENTRAL_BODY_START, "not");
    }

    public ResolvedArticle resolve(Article article, List<Fact> extracted) {
        BackReferences.Result refs = backReferences.resolve(article, extracted);
        List<Fact> facts = refs.facts();
        List<Mention> mentions = new ArrayList<>();
        for (Fact f : facts) if (f instanceof Mention m) mentions.add(m);
        Map<Mention, String> provinceOf = personProvinces(facts, mentions, nationalOfficeTitles);
        Map<Mention, String> orgKeys = organizationKeys.of(facts, mentions);
        // group mentions by key; a back-reference takes the key of the mention it refers to
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Map<Mention, String> keyOf = new IdentityHashMap<>();
        for (Mention m : mentions) if (!refs.refersTo().containsKey(m)) keyOf.put(m, orgKeys.getOrDefault(m, key(m, provinceOf.get(m))));
        for (Mention m : mentions) {
            Mention to = refs.refersTo().get(m);
            if (to != null) keyOf.put(m, keyOf.getOrDefault(to, key(to, provinceOf.get(to))));
            groups.computeIfAbsent(keyOf.get(m), x -> new ArrayList<>()).add(m);
        }
        mergeBySuffix(groups, keyOf, EntityType.PROGRAM);
        mergeOrganizationTails(groups);
        mergeEvents(groups, keyOf);
        Map<Mention, Entity> entityOf = new IdentityHashMap<>();
        for (var e : groups.entrySet()) {
            Entity ent = entity(e.getKey(), e.getValue(), refs.refersTo());
            for (Mention m : e.getValue()) entityOf.put(m, ent);
        }
        // facts may point at a mention that was dropped as a same-span duplicate: give it the kept one's entity
        Map<String, Entity> bySpan = new HashMap<>();
        for (var e : entityOf.entrySet()) bySpan.putIfAbsent(spanKey(e.getKey()), e.getValue());
        for (Fact f : facts) {
            for (Mention m : referenced(f)) {
                if (entityOf.containsKey(m)) continue;
                Entity ent = bySpan.get(spanKey(m));
                entityOf.put(m, ent != null ? ent : entity(orgKeys.getOrDefault(m, key(m, provinceOf.get(m))), List.of(m), Map.of()));
            }
        }
        String report = iris.report(article.source().id(), article.index());
        return new ResolvedArticle(article, report, facts, entityOf);
    }

    private static String spanKey(Mention m) {
        return m.type() + ":" + m.begin() + ":" + m.end();
    }

    /** The mentions a fact refers to (a mention itself refers to none: it is one). */
    private static List<Mention> referenced(Fact f) {
        return f.accept(REFERENCED);
    }

    private static final Fact.Visitor<List<Mention>> REFERENCED = new Fact.Visitor<>() {
        @Override public List<Mention> mention(Mention m) { return List.of(); }
        @Override public List<Mention> post(PostHolding p) {
            List<Mention> out = new ArrayList<>();
            out.add(p.person());
            p.organization().ifPresent(out::add);
            return out;
        }
        @Override public List<Mention> relation(Relation r) { return List.of(r.subject(), r.object()); }
        @Override public List<Mention> statistic(govkg.extract.Statistic s) { return s.subject().map(List::of).orElse(List.of()); }
        @Override public List<Mention> quotation(govkg.extract.Quotation q) { return List.of(q.speaker()); }
    };

    private String key(Mention m, String province) {
        return switch (m.type()) {
            case PLACE -> m.attr("adminCode") != null ? "code:" + m.attr("adminCode") : "place:" + m.label();
            case PERSON -> m.attr("byline") != null ? m.label() + "|reporter" : m.label() + "|" + (province == null ? "" : province);
            case PROGRAM -> "program:" + programCore(m.attr("core") != null ? m.attr("core") : m.label());
            case EVENT -> "event:" + m.attr("head") + "|" + m.label();
            case ORGANIZATION -> "org:" + organizationKeys.normalize(m.label());
            case DOCUMENT -> "doc:" + m.label();
        };
    }

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[“”‘’「」\"]");
    private static final java.util.regex.Pattern NEW_ERA = java.util.regex.Pattern.compile("^新时代");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[“”《》]");

    static String programCore(String s) {
        return NEW_ERA.matcher(QUOTES.matcher(s).replaceAll("")).replaceFirst("");
    }

    /** Province of each person mention: from the jurisdiction of an organization they hold a post in ({@link #NATIONAL} for a central body), else none. */
    /** Key part for people who hold a post in a central body. */
    static final String NATIONAL = "CN";

    /** A central body: found in the national-bodies lexicon (not a foreign organ), or named like one. */
    private boolean isCentralBody(Mention org) {
        String found = org.attr("nationalBody");
        if (found == null) return namedLikeCentralBody(org.label());
        // the lexicon also holds foreign and international bodies: a post in 联合国 is no post in China
        return !found.equals("foreign") && !Set.of("foreign", "international").contains(org.attr("orgKind"));
    }

    /** The longest listed start of the name decides: 中央… and 国家… start central bodies, 中央区… and 国家级… none. */
    boolean namedLikeCentralBody(String name) {
        String start = centralStarts.startingAt(name, 0, 1);
        return start != null && !notCentral.contains(start);
    }

    /** The province of a coded place written inside a post's title (between the post's start and the person), or null. */
    private static String placeInTitle(PostHolding p, List<Mention> mentions) {
        for (Mention m : mentions)
            if (m.type() == EntityType.PLACE && m.attr("adminCode") != null && m.begin() >= p.begin() && m.end() <= p.person().begin())
                return m.attr("adminCode").substring(0, 2);
        return null;
    }

    private Map<Mention, String> personProvinces(List<Fact> facts, List<Mention> mentions, Set<String> nationalOfficeTitles) {
        Map<Mention, String> jurisdiction = new IdentityHashMap<>();
        for (Fact f : facts) if (f instanceof Relation r && r.kind() == Relation.Kind.JURISDICTION && r.object().attr("adminCode") != null)
            jurisdiction.put(r.subject(), r.object().attr("adminCode").substring(0, 2));
        Map<String, String> byName = new HashMap<>();
        for (Fact f : facts) {
            if (f instanceof PostHolding p && p.organization().isPresent()) {
                String prov = jurisdiction.get(p.organization().get());
                // a post in a central body (中共中央政治局, 国务院, 全国人大常委会) places its holder in the country, not in the article's province
                if (prov == null && isCentralBody(p.organization().get())) prov = NATIONAL;
                if (prov != null) byName.merge(p.person().label(), prov, (a, b) -> a.equals(NATIONAL) ? a : b.equals(NATIONAL) ? b : a);
            } else if (f instanceof PostHolding p) {
                // no body, but a place in the title (福建省厦门市副市长): the post is in that place's province;
                // a national office stated alone (国务委员, 国家副主席) places its holder in the country
                String prov = placeInTitle(p, mentions);
                if (prov == null && nationalOfficeTitles.contains(p.title())) prov = NATIONAL;
                if (prov != null) byName.putIfAbsent(p.person().label(), prov);
            }
        }
        // The province of the article is no key: a national leader visiting a province is not a second person there.
        // Without a post a person is known by name only; the article's province stays as a hint (name|~62) that the
        // entities graph uses to pick among namesakes (EntityGraph.personLinks), never to split one official.
        String articleProvince = null;
        Map<String, Integer> count = new HashMap<>();
        for (Mention m : mentions) if (m.type() == EntityType.PLACE && m.attr("adminCode") != null) count.merge(m.attr("adminCode").substring(0, 2), 1, Integer::sum);
        for (var e : count.entrySet()) if (articleProvince == null || e.getValue() > count.get(articleProvince)) articleProvince = e.getKey();
        Map<Mention, String> out = new IdentityHashMap<>();
        for (Mention m : mentions) if (m.type() == EntityType.PERSON) {
            String p = byName.get(m.label());
            if (p != null) out.put(m, p);
            else if (articleProvince != null) out.put(m, "~" + articleProvince);
        }
        return out;
    }

    /** A program whose name ends another's (运输执法领域突出问题专项整治 ⊂ 道路交通安全和运输执法领域突出问题专项整治) is that program. */
    private static void mergeBySuffix(Map<String, List<Mention>> groups, Map<Mention, String> keyOf, EntityType type) {
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.removeIf(k -> groups.get(k).get(0).type() != type);
        keys.sort((x, y) -> Integer.compare(y.length(), x.length()));
        for (int i = 0; i < keys.size(); i++) {
            String longer = keys.get(i);
            if (!groups.containsKey(longer)) continue;
            for (int j = i + 1; j < keys.size(); j++) {
                String shorter = keys.get(j);
                if (!groups.containsKey(shorter) || shorter.length() < "program:".length() + 4) continue;
                // 公安交管放管服改革 is narrower than the national 放管服改革 (linked by skos:broader), not another name of it
                if (groups.get(shorter).stream().anyMatch(m -> "true".equals(m.attr("national")))) continue;
                if (longer.endsWith(shorter.substring(shorter.indexOf(':') + 1))) groups.get(longer).addAll(groups.remove(shorter));
            }
        }
    }

    /**
     * An organization named without its place or parent (坞城派出所) is the one organization of the article whose
     * full name ends with it (太原市公安局小店分局坞城派出所), when exactly one does.
     */
    private static void mergeOrganizationTails(Map<String, List<Mention>> groups) {
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.removeIf(k -> groups.get(k).get(0).type() != EntityType.ORGANIZATION);
        for (String shorter : keys) {
            String name = shorter.substring("org:".length());
            if (name.contains("|") || name.length() < 4 || !groups.containsKey(shorter)) continue;
            String target = null;
            int found = 0;
            for (String longer : keys) {
                if (longer.equals(shorter) || !groups.containsKey(longer)) continue;
                String rest = longer.substring(longer.indexOf('|') + 1);
                String fullLabel = groups.get(longer).get(0).label();
                if (longer.endsWith(name) || rest.endsWith(name) || fullLabel.endsWith(name) && fullLabel.length() > name.length()) {
                    target = longer;
                    found++;
                }
            }
            if (found == 1) groups.get(target).addAll(groups.remove(shorter));
        }
    }

    /** Mentions of events with the same head word in one article are one occurrence (the headline and the body name it differently). */
    private static void mergeEvents(Map<String, List<Mention>> groups, Map<Mention, String> keyOf) {
        Map<String, String> firstKeyOfHead = new HashMap<>();
        for (String k : new ArrayList<>(groups.keySet())) {
            List<Mention> g = groups.get(k);
            if (g == null || g.get(0).type() != EntityType.EVENT) continue;
            String head = g.get(0).attr("head");
            String into = firstKeyOfHead.putIfAbsent(head, k);
            if (into != null) groups.get(into).addAll(groups.remove(k));
        }
    }

    /**
     * The name a mention gives its entity. A body is the same in every term (第十八届中共中央政治局 is 中共中央政治局), so
     * an organization's term-qualified form is an alias, never the label; it would otherwise win as the longest form.
     */
    private static String bodyName(Mention m) {
        if (m.type() != EntityType.ORGANIZATION) return m.label();
        String termless = OrganizationNames.TERM_NUMBER.matcher(m.label()).replaceAll("");
        return termless.length() >= 2 ? termless : m.label();
    }

    /** @param refs back-references: they join the entity but add no name (该局, 区委书记 are not its names) */
    private Entity entity(String key, List<Mention> group, Map<Mention, Mention> refs) {
        Mention first = group.get(0);
        String label = null;
        for (Mention m : group) {
            if (refs.containsKey(m)) continue;
            String name = bodyName(m);
            if (FullestName.better(name, label)) label = name;
        }
        if (label == null) label = first.label();
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, String> attrs = new HashMap<>();
        for (Mention m : group) {
            m.attrs().forEach(attrs::putIfAbsent);
            if (refs.containsKey(m)) continue;
            aliases.add(m.label());
            aliases.addAll(m.aliases());
            if (m.type() != EntityType.PLACE && m.type() != EntityType.PERSON) aliases.add(MARKS.matcher(m.surface()).replaceAll(""));
        }
        aliases.remove(label);
        aliases.removeIf(String::isBlank);
        String finalKey = key;
        if (first.type() == EntityType.EVENT) finalKey = "event:" + label + "|" + attrs.getOrDefault("date", "");
        String iri = first.type() == EntityType.PLACE && first.attr("adminCode") != null
                ? iris.place(first.attr("adminCode")) : iris.entity(first.type(), finalKey);
        return new Entity(first.type(), finalKey, iri, label, aliases, attrs);
    }
}
