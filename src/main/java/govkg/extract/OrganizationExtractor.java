package govkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organizations by the suffix grammar of their names (…党委, …政法委, …委员会办公室,
 * …公安局…分局, …人民法院, …有限公司, 成华区委, 区委依法治区办). A name runs left from its
 * suffix to a boundary or stop word; chained names (济南市公安局市中分局) are one organization
 * whose inner parent is recorded as {@link Relation.Kind#SUB_ORGANIZATION_OF}; places inside a name
 * give its {@link Relation.Kind#JURISDICTION}. Names without a place prefix need a strong suffix.
 */
public final class OrganizationExtractor implements Extractor {
    private static final Set<String> WEAK_START = Set.of("全", "本", "该", "各", "此", "其", "一", "我", "两", "多", "新", "原", "大", "小", "年", "月");
    private final Lexicons lex;
    private final OrganizationNames names;

    public OrganizationExtractor(Lexicons lex) {
        this.lex = lex;
        this.names = new OrganizationNames(lex);
    }

    @Override public String name() { return "organization-suffix"; }
    @Override public Set<String> requires() { return Set.of("place"); }
    @Override public Set<String> provides() { return Set.of("organization"); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        List<int[]> spans = new ArrayList<>();
        // every end of a suffix, with the suffix's start
        Map<Integer, Integer> suffixStartAtEnd = new HashMap<>();
        for (int e = 1; e <= text.length(); e++) {
            String suf = names.suffixEndingAt(text, e, 12);
            if (suf == null) continue;
            if (e < text.length() && continuesWord(text, e, suf)) continue;
            suffixStartAtEnd.put(e, e - suf.length());
        }
        Set<Integer> used = new HashSet<>();
        List<Integer> ends = new ArrayList<>(suffixStartAtEnd.keySet());
        ends.sort(null);
        for (int i = ends.size() - 1; i >= 0; i--) {
            int end = ends.get(i);
            if (used.contains(end)) continue;
            int start = cutAtClauseWords(a, TextScan.leftEdge(text, suffixStartAtEnd.get(end), 24), suffixStartAtEnd.get(end));
            String name = text.substring(start, end);
            // inner suffix ends inside this name are parents of a chained name, not names of their own
            List<Integer> inner = new ArrayList<>();
            for (int e2 : ends) if (e2 > start + 1 && e2 < end) { inner.add(e2); used.add(e2); }
            if (!acceptable(a, name, start, end)) continue;
            spans.add(new int[]{start, end});
            Mention org = mention(a, name, start, end);
            a.add(org);
            addPlaceLinks(a, org, start, end);
            for (int e2 : inner) {
                String parentName = text.substring(start, e2);
                if (isSubUnit(name) && acceptable(a, parentName, start, e2) && hasPlacePrefix(a, start, e2)) {
                    Mention parent = mention(a, parentName, start, e2);
                    a.add(parent);
                    a.add(new Relation(org, Relation.Kind.SUB_ORGANIZATION_OF, parent, start, end, name(), Confidence.PATTERN));
                }
            }
        }
    }

    /** Verbs, adverbs, time words and pronouns that HanLP finds inside the window end a clause, not a name. */
    private static final Set<String> NAME_VERBS = Set.of("治", "建设", "服务", "管理", "监督", "发展", "改革", "创建", "审批", "执法",
            "保障", "调解", "监察", "检察", "审判", "安全", "救援", "规划", "保护", "促进", "协调", "整治", "研究", "宣传", "维护", "稳定", "依法");

    private static int cutAtClauseWords(ArticleAnalysis a, int start, int suffixStart) {
        int cut = start;
        for (var t : a.tokens()) {
            if (t.begin() < start || t.end() > suffixStart) continue;
            String n = t.nature();
            boolean clause = (n.startsWith("v") && !n.startsWith("vn") && !NAME_VERBS.contains(t.word()))
                    || n.equals("d") && !NAME_VERBS.contains(t.word()) || n.startsWith("t") || n.equals("p") || n.equals("c")
                    || n.startsWith("u") || n.equals("r") || n.equals("rz");
            if (clause) cut = t.end();
        }
        return cut;
    }

    /** A branch named inside its parent's name (济南市公安局市中分局). */
    private static boolean isSubUnit(String name) {
        return name.matches(".*(分局|派出所|支队|大队|看守所|司法所|中队)$");
    }

    /** 公安局长 is a title, 委员会委员 a person: a suffix followed by more of a word is no name end. */
    private boolean continuesWord(String text, int e, String suf) {
        char next = text.charAt(e);
        if ("长员".indexOf(next) >= 0 && !suf.endsWith("员会")) return true;
        return suf.equals("党委") && text.startsWith("常委", e - 1);
    }

    private boolean acceptable(ArticleAnalysis a, String name, int start, int end) {
        String suf = names.suffixOf(name);
        if (suf == null || name.length() < suf.length() + 2 || !TextScan.isHan(name.replace("(", "").replace(")", ""))) return false;
        if (WEAK_START.contains(name.substring(0, 1)) && !hasPlacePrefix(a, start, end)) return false;
        if (insideTitleMarks(a.text(), start)) return false;
        boolean strong = suf.length() >= 3 || hasPlacePrefix(a, start, end)
                || name.startsWith("中共") || name.startsWith("中央") || name.startsWith("国家") || name.startsWith("全国")
                || "省市县区".indexOf(name.charAt(0)) >= 0 || name.startsWith("自治区");
        return strong;
    }

    /** Names inside 《…》 belong to the document's title, not to an organization of their own. */
    private static boolean insideTitleMarks(String text, int at) {
        return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
    }

    private boolean hasPlacePrefix(ArticleAnalysis a, int start, int end) {
        Mention p = a.mentionAt(EntityType.PLACE, start);
        return p != null && p.end() < end;
    }

    private Mention mention(ArticleAnalysis a, String surface, int start, int end) {
        String label = names.expand(surface);
        Set<String> aliases = new HashSet<>();
        if (!label.equals(surface)) aliases.add(surface);
        String qualified = names.qualify(label, level -> ArticlePlaces.mainPlace(a, level));
        double conf = hasPlacePrefix(a, start, end) ? Confidence.PATTERN : Confidence.WEAK_PATTERN;
        if (qualified != null) {
            aliases.add(label);
            aliases.add(names.qualify(surface, level -> ArticlePlaces.mainPlace(a, level)));
            label = qualified;
            conf = Confidence.CONTEXT + 0.1;
        }
        aliases.remove(label);
        aliases.remove(null);
        return new Mention(EntityType.ORGANIZATION, label, aliases, surface, start, end, name(), conf,
                Map.of("orgKind", names.kindOf(surface)));
    }

    private void addPlaceLinks(ArticleAnalysis a, Mention org, int start, int end) {
        Mention last = null;
        for (Mention p : a.mentions(EntityType.PLACE)) {
            if (p.begin() >= start && p.end() <= end && p.attr("adminCode") != null) {
                if (last == null || p.begin() > last.begin()) last = p;
            }
        }
        if (last == null && org.label().length() > org.surface().length()) {
            // a qualified name (自治区党委 → 西藏自治区党委) serves the article's place of that level
            last = ArticlePlaces.mainPlaceMention(a, org.label());
        }
        if (last != null) a.add(new Relation(org, Relation.Kind.JURISDICTION, last, start, end, name(), org.confidence()));
    }
}
