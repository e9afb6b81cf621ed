package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import govkg.nlp.Token;

/**
 * People and the posts they hold, from title-before-name chains (自治区党委常委、政法委书记刘江 gives
 * two posts), names before speech verbs (X介绍, X指出), an official's activity (X出席) or a role (X书记), names after
 * a party-to-a-case word (被告人X), and later mentions of a name already found.
 * A title's organization is the name before its role word (南苑街道党工委书记 → 南苑街道党工委),
 * completed from the chain (政法委 after 自治区党委 → 自治区党委政法委员会) and the article's places.
 */
public final class PersonPostExtractor implements Extractor {
    /** Bodies that belong to a party committee (its 政法委, 组织部 …), named after it in a title chain. */
    static final java.util.regex.Pattern PARTY_BODIES = java.util.regex.Pattern.compile("(政法委员会|政法委|组织部|宣传部|统战部|纪委|常委会|依法治.办|全面依法治.委员会.*)");
    static final String[] SPEECH = {"介绍", "表示", "指出", "强调", "说", "认为", "透露", "坦言", "告诉记者", "要求", "称"};
    /** What officials are reported doing, right after their name (刘建国出席, 王海一行, 陈明同志): people too. */
    static final String[] ACTIVITY = {"出席", "主持", "参加", "带队", "率队", "率团", "一行", "同志", "陪同", "调研", "督导",
            "会见", "看望", "慰问", "走访", "宣读", "通报", "致辞", "发言", "讲话", "宣布", "听取", "等领导", "等同志", "等人"};
    /** Words before the name of a party to a case; 判处 counts only when a sentence follows the name. */
    static final String[] CASE_PARTIES = {"被告人", "犯罪嫌疑人", "嫌疑人", "被害人", "受害人", "原告人", "上诉人", "被上诉人",
            "申请人", "被申请人", "当事人", "罪犯", "被执行人", "判处"};
    static final String[] SENTENCES = {"有期徒刑", "无期徒刑", "死刑", "拘役", "管制", "罚金"};
    /** After a full name (李强总理 is also said, like 总理李强), these mark a person as a role word does. */
    static final String[] HONORIFICS = {"先生", "女士", "老人"};
    private static final java.util.regex.Pattern BARE_LEVEL_COMMITTEE = java.util.regex.Pattern.compile("(省|市|县|区|州|旗)委");
    private static final java.util.regex.Pattern LEVEL_COMMITTEE = java.util.regex.Pattern.compile("(省|市|县|区|州)委");

    private final Lexicons lex;
    private final PersonNames names;
    private final OrganizationNames orgNames;

    public PersonPostExtractor(Lexicons lex) {
        this.lex = lex;
        this.names = new PersonNames(lex);
        this.orgNames = new OrganizationNames(lex);
    }

    @Override public String name() { return "person-title"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PLACE, Layer.ORGANIZATION, Layer.BYLINE); }
    @Override public Set<Layer> writes() { return Set.of(Layer.PERSON, Layer.POST, Layer.ORGANIZATION); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        Map<String, Mention> found = new LinkedHashMap<>();
        for (Mention m : a.mentions(EntityType.PERSON)) found.putIfAbsent(m.label(), m);
        // 1. title chains followed by a name
        for (int i = 0; i < text.length(); i++) {
            String role = roleEndingAt(text, i);
            if (role == null) continue;
            int nameLen = names.nameLength(a, i);
            if (nameLen == 0 || a.overlaps(i, i + nameLen, EntityType.PERSON)) continue;
            // 民警全部到岗: after an occupation a name needs HanLP's agreement, official titles need none
            if (lex.occupations.contains(role) && !hanLpSeesAName(a, i, i + nameLen)) continue;
            List<int[]> titles = titleChain(a, i, role);
            if (titles.isEmpty()) continue;
            String name = text.substring(i, i + nameLen);
            Mention person = Mention.of(EntityType.PERSON, name, name, i, i + nameLen, name(), Confidence.PATTERN);
            a.add(person);
            found.putIfAbsent(name, person);
            addPosts(a, person, titles);
            i += nameLen - 1;
            // 副市长钟立、唐思远: names after the first in a 、-list share its titles
            for (int next = i + 1; next < text.length() && text.charAt(next) == '、'; ) {
                Mention shared = listedName(a, next + 1);
                if (shared == null) break;
                a.add(shared);
                found.putIfAbsent(shared.label(), shared);
                addPosts(a, shared, titles);
                next = shared.end();
                i = next - 1;
            }
        }
        // 2a. an age before a name (67岁的岳某): people, when HanLP also calls the word a name
        java.util.regex.Matcher age = AGE.matcher(text);
        while (age.find()) {
            Mention p = listedName(a, age.end());
            if (p == null) continue;
            a.add(new Mention(EntityType.PERSON, p.label(), java.util.Set.of(), p.surface(), p.begin(), p.end(), "person-age", Confidence.WEAK_PATTERN, java.util.Map.of()));
            found.putIfAbsent(p.label(), p);
        }
        // 2b. a party to a case (被告人刘某, 犯罪嫌疑人王某某) and the sentenced (判处赵某有期徒刑): people, not posts
        for (String cue : CASE_PARTIES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
                int from = at + cue.length();
                Mention p = namedAt(a, from);
                if (p == null) continue;
                if (cue.equals("判处") && !TextScan.startsWithAny(text, p.end(), SENTENCES)) continue;
                a.add(new Mention(EntityType.PERSON, p.label(), java.util.Set.of(), p.surface(), p.begin(), p.end(), "person-party", Confidence.PATTERN, java.util.Map.of()));
                found.putIfAbsent(p.label(), p);
            }
        }
        // 2c. a name right before a speech verb (郭震华介绍), an official's activity (刘建国出席) or a role (王立新书记), when HanLP also calls it a name
        for (var t : a.tokens()) {
            if (!t.isPersonName() || a.overlaps(t.begin(), t.end(), EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) continue;
            int len = names.nameLength(a, t.begin());
            if (len == 0) continue;
            int end = t.begin() + len;
            String cue = TextScan.startsWithAny(text, end, SPEECH) ? "person-speech" : TextScan.startsWithAny(text, end, ACTIVITY) ? "person-activity"
                    : lex.roleIndex.startingAt(text, end, 2) != null || TextScan.startsWithAny(text, end, HONORIFICS) ? "person-title-after" : null;
            if (cue == null) continue;
            String name = text.substring(t.begin(), end);
            // a name already confirmed by a title keeps that confidence when it speaks again
            Mention known = found.get(name);
            double conf = known == null ? Confidence.WEAK_PATTERN : Math.max(known.confidence(), Confidence.WEAK_PATTERN);
            Mention p = Mention.of(EntityType.PERSON, name, name, t.begin(), end, cue, conf);
            a.add(p);
            found.putIfAbsent(name, p);
        }
        // 3. every later occurrence of a name already confirmed in this article
        for (Mention known : new ArrayList<>(found.values())) {
            String n = known.label();
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                if (a.overlaps(at, at + n.length(), EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) continue;
                int len = names.nameLength(a, at);
                if (len != n.length()) continue;
                a.add(Mention.of(EntityType.PERSON, n, n, at, at + n.length(), "person-repeat", known.confidence()));
            }
        }
    }

    /**
     * A name at {@code at}: HanLP's (as {@link #listedName}), or a withheld one (王某, 李某某: how courts and the
     * police name parties), which HanLP does not always see. Words with a surname's first character (方面, 全部)
     * are no names, so nothing weaker counts.
     */
    private Mention namedAt(ArticleAnalysis a, int at) {
        Mention p = listedName(a, at);
        if (p != null) return p;
        java.util.regex.Matcher m = WITHHELD.matcher(a.text()).region(at, a.text().length());
        if (!m.lookingAt() || !lex.surnames.contains(m.group(1))) return null;
        int end = m.end();
        if (a.overlaps(at, end, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) return null;
        String name = a.text().substring(at, end);
        return Mention.of(EntityType.PERSON, name, name, at, end, name(), Confidence.PATTERN);
    }

    private static final java.util.regex.Pattern WITHHELD = java.util.regex.Pattern.compile("(\\p{IsHan})某某?");

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[0-9一二三四五六七八九十]{1,3}岁的");

    /** A name at {@code at} that HanLP also recognises as a person's name and that no other mention covers, or null. */
    private Mention listedName(ArticleAnalysis a, int at) {
        Token t = a.tokenAt(at);
        if (t == null || !t.isPersonName()) return null;
        int len = names.nameLength(a, at);
        if (len == 0 || a.overlaps(at, at + len, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) return null;
        String name = a.text().substring(at, at + len);
        return Mention.of(EntityType.PERSON, name, name, at, at + len, name(), Confidence.PATTERN);
    }

    /** Whether HanLP tags a word inside [begin, end) as a person's name (it may split the surname off: 陈/vg 明远/nr). */
    private static boolean hanLpSeesAName(ArticleAnalysis a, int begin, int end) {
        for (int at = begin; at < end; ) {
            Token t = a.tokenCovering(at);
            if (t == null) return false;
            if (t.isPersonName()) return true;
            at = t.end();
        }
        return false;
    }

    /** The role word that ends exactly at {@code end}, or null. */
    private String roleEndingAt(String text, int end) {
        return lex.roleIndex.endingAt(text, end);
    }

    /** Spans of the titles before a name at {@code nameStart}, last first, separated by 、. */
    private List<int[]> titleChain(ArticleAnalysis a, int nameStart, String role) {
        String text = a.text();
        List<int[]> out = new ArrayList<>();
        int end = nameStart;
        String r = role;
        while (r != null) {
            int start = TextScan.leftEdge(text, end - r.length(), 20);
            // 主讲人全国人大常委会委员: the title starts after the words of the clause before it
            int edge = start;
            start = NameStart.afterClauseWords(a, start, end - r.length(), false);
            // 该局局长: the pronoun stays with the title, the resolver reads it as the bureau named before
            int pronoun = text.lastIndexOf('该', start - 1);
            if (pronoun >= edge && start - pronoun <= 3) start = pronoun;
            // an organization found whole before the role keeps its whole name in the title (安居宝物业服务有限公司总经理)
            for (Mention org : a.mentions(EntityType.ORGANIZATION))
                if (org.end() == end - r.length() && org.begin() < start && org.begin() >= edge) start = org.begin();
            out.add(new int[]{start, end});
            if (start < 1 || text.charAt(start - 1) != '、') break;
            end = start - 1;
            r = roleEndingAt(text, end);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private void addPosts(ArticleAnalysis a, Mention person, List<int[]> titles) {
        Mention previousOrg = null;
        for (int[] t : titles) {
            String title = a.text().substring(t[0], t[1]);
            String role = lex.roleAtEnd(title);
            String orgPart = title.substring(0, title.length() - role.length());
            String bare = bareRoleAfterOrgSuffix(orgPart, role);
            if (bare != null) {
                // 南湖街道党工委书记: the role word 党工委书记 holds the organization's suffix; the post is 书记 of 南湖街道党工委
                orgPart = orgPart + role.substring(0, role.length() - bare.length());
                role = bare;
            }
            if (orgPart.endsWith("副") || orgPart.endsWith("原") || orgPart.endsWith("常务")) {
                // 副局长 is a role of its own: keep the modifier with the role
                int cut = orgPart.endsWith("常务") ? 2 : 1;
                role = orgPart.substring(orgPart.length() - cut) + role;
                orgPart = orgPart.substring(0, orgPart.length() - cut);
            }
            Mention org = organizationOf(a, orgPart, t[0], previousOrg, role);
            a.add(new PostHolding(person, title, role, Optional.ofNullable(org), t[0], person.end(), name(),
                    org == null ? Confidence.WEAK_PATTERN : Confidence.PATTERN));
            if (org != null) previousOrg = org;
        }
    }

    /**
     * The bare role when {@code role} is an organization suffix plus a role (党工委书记, 党委书记) and the
     * title's other part names no organization by itself (a place: 南湖街道, 城关镇); else null.
     */
    private String bareRoleAfterOrgSuffix(String orgPart, String role) {
        if (orgPart.isEmpty() || orgNames.suffixOf(orgPart) != null) return null;
        for (String suf : lex.orgSuffixes.keySet()) {
            if (role.length() > suf.length() && role.startsWith(suf) && lex.roles.contains(role.substring(suf.length())))
                return role.substring(suf.length());
        }
        return null;
    }

    /** A head word standing alone (派出所, 办公室), not a committee named by its level (省委, 县委), which the article's place qualifies. */
    private boolean isBareHead(String name) {
        return name.equals(orgNames.suffixOf(name)) && !BARE_LEVEL_COMMITTEE.matcher(name).matches();
    }

    /** The organization a title names or implies, added to the article when it is new. */
    private Mention organizationOf(ArticleAnalysis a, String orgPart, int start, Mention previousOrg, String role) {
        int end = start + orgPart.length();
        if (orgPart.startsWith("该")) return null;      // 该局局长: a back-reference the resolver reads
        if (orgPart.startsWith("原") && orgPart.length() > 3) {
            // 原北京市公安局…派出所民警: a former post in a body that still is the body; the title keeps 原
            orgPart = orgPart.substring(1);
            start++;
        }
        // 院党组书记、院长: a bare role after a post in a court, bureau or procuratorate is held in the same body;
        // after a party post (区委常委、副区长) it is not, the government is another body
        if (orgPart.isEmpty()) return previousOrg != null && orgNames.isStateBody(previousOrg.label()) ? previousOrg : null;
        if (orgPart.length() > 2 && (orgPart.endsWith("党委") || orgPart.endsWith("党组")) && orgNames.suffixOf(orgPart.substring(0, orgPart.length() - 2)) != null
                && orgNames.isStateBody(orgPart.substring(0, orgPart.length() - 2))) {
            // 省公安厅党委委员: a post in the bureau's party committee; the bureau is the organization we keep
            orgPart = orgPart.substring(0, orgPart.length() - 2);
            end = start + orgPart.length();
        }
        Mention existing = null;
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.begin() == start && m.end() == end) existing = m;
        if (existing != null) return existing;
        String surface = orgPart;
        String label;
        if (isBareHead(orgPart) && previousOrg == null && !role.startsWith("党")) {
            // 派出所所长: the one organization of the article with that head, if there is exactly one
            Mention only = null;
            int count = 0;
            for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.label().endsWith(orgPart) && !m.label().equals(orgPart) && (only == null || !only.label().equals(m.label()))) { only = m; count++; }
            return count == 1 ? only : null;
        }
        Mention placeAtStart = a.mentionAt(EntityType.PLACE, start);
        if (orgNames.suffixOf(orgPart) != null && (role.startsWith("党委") || role.startsWith("党组")) && orgNames.isStateBody(orgPart)) {
            // 省公安厅党委委员: a post in the party committee of the bureau, which is the organization we keep
            label = orgNames.expand(surface);
        } else if (role.startsWith("党委") || role.startsWith("党工委")) {
            // 街道党工委书记: the organization is the party committee the role names
            surface = orgPart + role.substring(0, role.indexOf("委") + 1);
            label = surface;
        } else if (orgNames.suffixOf(surface) != null) {
            label = orgNames.expand(surface);
        } else if (!surface.isEmpty() && "省市县区州".indexOf(surface.charAt(surface.length() - 1)) >= 0 && placeAtStart != null && placeAtStart.end() == end
                && (role.endsWith("常委") || role.endsWith("书记"))) {
            label = surface + "委";       // 南京市常委 → 南京市委
        } else {
            return null;
        }
        if (LEVEL_COMMITTEE.matcher(label).matches() && orgNames.qualify(label, level -> ArticlePlaces.mainPlace(a, level)) == null
                && previousOrg == null) {
            return null;    // a bare 县委 whose county the article never names: leave the organization unstated
        }
        Map<String, String> attrs = new HashMap<>();
        attrs.put("orgKind", orgNames.kindOf(surface));
        Mention place = placeAtStart;
        String qualified = place == null ? orgNames.qualify(label, level -> ArticlePlaces.mainPlace(a, level)) : null;
        if (qualified != null) label = qualified;
        else if (place == null && previousOrg != null && !label.startsWith(previousOrg.label())) {
            String prevSuffix = orgNames.suffixOf(previousOrg.label());
            if (PARTY_BODIES.matcher(label).matches()) {
                // 政法委 after 自治区党委 in one chain is that committee's 政法委
                label = previousOrg.label() + label;
            } else if (prevSuffix != null && label.equals(orgNames.suffixOf(label)) && "community".equals(orgNames.kindOf(label))) {
                // 居委会主任 after 科技园社区党委书记: the 居委会 of the same community
                label = previousOrg.label().substring(0, previousOrg.label().length() - prevSuffix.length()) + label;
            }
        }
        if (isBareHead(label)) return null;      // a bare 办公室 names no body
        java.util.Set<String> aliases = new java.util.HashSet<>(java.util.List.of(surface, orgNames.expand(surface)));
        aliases.remove(label);
        Mention org = new Mention(EntityType.ORGANIZATION, label, aliases, surface, start, start + surface.length(), name(),
                qualified != null || previousOrg != null ? Confidence.CONTEXT + 0.1 : Confidence.PATTERN, attrs);
        a.add(org);
        if (place != null) a.add(new Relation(org, Relation.Kind.JURISDICTION, place, start, end, name(), org.confidence()));
        return org;
    }
}
