package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named programs: a quoted term followed by a program head word (“精网微格”工程, “驻企警务专员”服务企业模式,
 * “A、B”专项行动, a run of quoted terms sharing one head), national programs known by name (lexicon,
 * with or without quotes and 新时代 prefixes), and campaigns named after a launching verb
 * (开展…专项整治). Quoted terms followed by 执法 or no head word (“一刀切”执法) are not programs.
 * Links a program to the organization or place in its sentence that launches it.
 */
public final class ProgramExtractor implements Extractor {
    private static final Pattern LAUNCH = Pattern.compile("(?:开展|实施|启动|部署|推进|深化|组织开展|全面开展)");
    /** Longest first, so 专项整治行动 wins over its 专项整治 in every run (a Set.of would iterate in a per-JVM random order). */
    private static final List<String> CAMPAIGN_HEADS = List.of("专项整治行动", "专项整治", "专项行动", "专项斗争", "攻坚行动", "试点");
    private final Lexicons lex;

    public ProgramExtractor(Lexicons lex) {
        this.lex = lex;
    }

    @Override public String name() { return "program"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PLACE, Layer.ORGANIZATION, Layer.PERSON, Layer.DOCUMENT); }
    @Override public Set<Layer> writes() { return Set.of(Layer.PROGRAM); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        List<QuotedTerms.Quoted> quoted = QuotedTerms.find(text);
        for (int i = 0; i < quoted.size(); i++) {
            QuotedTerms.Quoted q = quoted.get(i);
            // a run of quoted terms (“A”“B”等机制) shares the head after the last one
            int j = i;
            while (j + 1 < quoted.size() && quoted.get(j + 1).begin() - 1 == quoted.get(j).after()) j++;
            int headAt = quoted.get(j).after();
            if (text.startsWith("等", headAt)) headAt++;
            String head = headAfter(text, headAt);
            if (head == null) {
                if (lex.programs.containsKey(q.term())) add(a, q.term(), q.term(), q.begin() - 1, q.after(), Map.of(), Confidence.LEXICON);
                else unheaded(a, q);
                continue;
            }
            for (int k = i; k <= j; k++) {
                QuotedTerms.Quoted t = quoted.get(k);
                int headEnd = text.indexOf(head, headAt) + head.length();
                String label = t.term() + text.substring(headAt, headEnd);
                // 冬季治安打击整治“百日攻坚”行动: unquoted modifiers before a lone quoted name belong to it
                int start = i == j ? modifierStart(a, text, t.begin() - 1) : t.begin() - 1;
                Map<String, String> attrs = Map.of("programKind", lex.programHeads.get(head));
                if (start < t.begin() - 1) add(a, text.substring(start, t.begin() - 1) + label, t.term(), Set.of(label), start, headEnd, attrs, Confidence.PATTERN);
                else add(a, label, t.term(), t.begin() - 1, k == j ? headEnd : t.after(), attrs, Confidence.PATTERN);
            }
            i = j;
        }
        lexiconPrograms(a, text);
        designations(a, text);
        launchedCampaigns(a, text);
        lexiconAliases(a, text);
    }

    /**
     * A national program by its short name (扫黑除恶 for 扫黑除恶专项斗争, 放管服 for 放管服改革), where no longer name
     * of a program, organization or document holds it (常态化扫黑除恶斗争领导小组 is a body). Last, so full names win.
     */
    private void lexiconAliases(ArticleAnalysis a, String text) {
        for (var e : lex.programs.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            for (String alias : e.getValue().split("\\|")) {
                if (alias.length() < 3) continue;
                for (int at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length())) {
                    int end = at + alias.length();
                    if (a.overlaps(at, end, EntityType.PROGRAM, EntityType.ORGANIZATION, EntityType.DOCUMENT)) continue;
                    add(a, e.getKey(), e.getKey(), Set.of(alias), at, end, Map.of(), Confidence.LEXICON);   // one program, keyed by its name
                }
            }
        }
    }

    /** The program head word starting within a few characters of {@code at} (服务企业模式, 统筹协调机制), or null. */
    private String headAfter(String text, int at) {
        for (int skip = 0; skip <= 4 && at + skip < text.length(); skip++) {
            if (skip > 0 && (!TextScan.isHan(text.charAt(at + skip - 1)) || text.charAt(at + skip - 1) == '的')) return null;
            for (String h : lex.programHeads.keySet()) {
                if (text.startsWith(h, at + skip)) return skip == 0 || h.length() >= 2 ? h : null;
            }
            if (text.startsWith("执法", at + skip)) return null;
        }
        return null;
    }

    /** Verbs that launch, spread or adopt an initiative: what they take in quotes is one (推行“首违不罚”). */
    private static final Pattern ADOPT = Pattern.compile("(?:推广|推行|推出|实行|探索|打造|创建|争创|开展|建立|设立|启动|深化|纳入|推进|实施|试行|创新|首创|开设|开办|叫响|擦亮|做强|升级)(?:了)?$");
    /** Generic words after a quoted name that say it is an initiative without being part of its name. */
    private static final Pattern INITIATIVE_AFTER = Pattern.compile("^(?:做法|建设|服务|品牌|项目|理念|工作|经验做法|创建|改革|平台|制度|举措)");
    /** Words after quotes that mark a criticised practice or a manner, not a program (“一刀切”执法, “运动式”治理). */
    private static final Pattern NOT_PROGRAM_AFTER = Pattern.compile("^(?:执法|现象|问题|行为|作风|式|的问题|心态|思维|难题)");

    private static final java.util.regex.Pattern LATIN_OR_DIGIT = java.util.regex.Pattern.compile("[0-9A-Za-z·]");

    /**
     * A quoted term with no head word after it is a program when it names one itself (“军门经验”, “百日行动”),
     * when a generic initiative word follows (“法治岳麓”建设), or when a verb of launching or adopting takes it
     * (推行“首违不罚”). Speech, slogans, criticised practices and quoted organizations are not.
     */
    private void unheaded(ArticleAnalysis a, QuotedTerms.Quoted q) {
        String text = a.text(), term = q.term();
        if (term.length() > 12 || !TextScan.isHan(LATIN_OR_DIGIT.matcher(term).replaceAll("")) || a.overlaps(q.begin(), q.end(), EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PERSON)) return;
        String after = text.substring(q.after(), Math.min(text.length(), q.after() + 6));
        if (NOT_PROGRAM_AFTER.matcher(after).find()) return;
        String ownHead = null;
        for (String h : lex.programHeads.keySet()) if (term.endsWith(h) && term.length() > h.length() + 1) { ownHead = h; break; }
        if (ownHead != null) {
            // 夏季治安打击整治“百日行动”: the unquoted words before the quotes belong to the name
            int start = modifierStart(a, text, q.begin() - 1);
            String full = text.substring(start, q.begin() - 1) + term;
            Map<String, String> attrs = Map.of("programKind", lex.programHeads.get(ownHead));
            if (start < q.begin() - 1) add(a, full, term, Set.of(), start, q.after(), attrs, Confidence.PATTERN);
            else add(a, term, term, q.begin() - 1, q.after(), attrs, Confidence.PATTERN);
            return;
        }
        String before = text.substring(Math.max(0, q.begin() - 6), q.begin() - 1);
        if (INITIATIVE_AFTER.matcher(after).find() || ADOPT.matcher(before).find())
            add(a, term, term, q.begin() - 1, q.after(), Map.of("programKind", "model"), Confidence.WEAK_PATTERN);
    }

    /** Verbs that belong to campaign names (夏季治安打击整治“百日行动”). */
    private static final Set<String> CAMPAIGN_VERBS = Set.of("打击", "整治", "治理", "扫黑", "除恶", "禁毒", "反诈", "防范", "护航", "攻坚", "清理", "排查", "打非", "净化");

    /** Start of the unquoted modifiers right before an opening quote at {@code quote}: nouns and campaign verbs, not a clause. */
    private static int modifierStart(ArticleAnalysis a, String text, int quote) {
        int windowStart = quote;
        while (windowStart > Math.max(0, quote - 12) && TextScan.isHan(text.charAt(windowStart - 1))) windowStart--;
        if (windowStart == quote) return quote;
        List<govkg.nlp.Token> words = a.segmentPlain(text.substring(windowStart, quote));
        int start = quote - windowStart;
        for (int i = words.size() - 1; i >= 0; i--) {
            govkg.nlp.Token t = words.get(i);
            String n = t.nature(), w = t.word();
            boolean part = CAMPAIGN_VERBS.contains(w) || w.endsWith("季") || n.equals("n") || n.equals("nz") || n.equals("vn") || n.equals("b");
            // 全省公安机关夏季…: the bodies that run a campaign are not part of its name
            if (!part || w.startsWith("全") || LAUNCH.matcher(w).matches() || ADOPT.matcher(w).find() || w.matches(".*(机关|部门|系统|单位)")) break;
            start = t.begin();
        }
        return windowStart + start;
    }

    /** Designations a place or body strives for or wins: 创建全国市域社会治理现代化示范区, 荣获全省平安建设先进县. */
    private static final Pattern DESIGNATION = Pattern.compile("(?:创建|争创|获评|荣获|被评为|命名为|获得|成为|入选)((?:全国|全省|全市|国家级|省级)[\u4e00-\u9fff]{2,20}?(?:示范区|示范县|示范市|示范单位|示范点|示范村|先进区|先进县|先进市|先进单位|试点县|试点市|试点单位))");

    private void designations(ArticleAnalysis a, String text) {
        Matcher m = DESIGNATION.matcher(text);
        while (m.find()) {
            if (a.overlaps(m.start(1), m.end(1), EntityType.PROGRAM)) continue;
            add(a, m.group(1), m.group(1), m.start(1), m.end(1), Map.of("programKind", "pilot"), Confidence.PATTERN);
        }
    }

    private void lexiconPrograms(ArticleAnalysis a, String text) {
        for (var e : lex.programs.entrySet()) {
            String name = e.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (a.overlaps(at, at + name.length(), EntityType.PROGRAM)) continue;
                add(a, name, name, at, at + name.length(), Map.of(), Confidence.LEXICON);
            }
            // quoted inside a longer name: 新时代“枫桥经验”
            String quotedForm = "“" + name + "”";
            for (int at = text.indexOf(quotedForm); at >= 0; at = text.indexOf(quotedForm, at + 1)) {
                if (!a.overlaps(at, at + quotedForm.length(), EntityType.PROGRAM))
                    add(a, name, name, at, at + quotedForm.length(), Map.of(), Confidence.LEXICON);
            }
        }
    }

    private void launchedCampaigns(ArticleAnalysis a, String text) {
        for (String head : CAMPAIGN_HEADS) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length();
                if (a.overlaps(at, end, EntityType.PROGRAM)) continue;
                // the name runs from the launching verb of its clause (开展A和B专项整治 keeps 和), past a 的 modifier
                int clause = at;
                while (clause > Math.max(0, at - 30) && !TextScan.isBoundary(text.charAt(clause - 1))) clause--;
                Matcher v = LAUNCH.matcher(text.substring(clause, at));
                int start = -1;
                while (v.find()) start = clause + v.end();
                if (start < 0) continue;
                int de = text.lastIndexOf('的', at - 1);
                if (de >= start) start = de + 1;
                if (end - start < head.length() + 4) continue;
                String label = text.substring(start, end);
                add(a, label, label, start, end, Map.of("programKind", lex.programHeads.getOrDefault(head, "campaign")), Confidence.PATTERN);
            }
        }
    }

    private void add(ArticleAnalysis a, String label, String core, int begin, int end, Map<String, String> attrs, double conf) {
        add(a, label, core, Set.of(), begin, end, attrs, conf);
    }

    private void add(ArticleAnalysis a, String label, String core, Set<String> moreAliases, int begin, int end, Map<String, String> attrs, double conf) {
        if (a.overlaps(begin, end, EntityType.PROGRAM)) return;
        Map<String, String> at = new HashMap<>(attrs);
        at.put("core", core);
        Set<String> aliases = new java.util.HashSet<>(moreAliases);
        aliases.add(core);
        aliases.remove(label);
        Mention m = new Mention(EntityType.PROGRAM, label, aliases,
                a.text().substring(begin, end), begin, end, name(), conf, at);
        a.add(m);
        linkImplementers(a, m);
    }

    /** The organization (else place) in the same sentence before the program launches it. */
    private void linkImplementers(ArticleAnalysis a, Mention program) {
        String text = a.text();
        int s = program.begin();
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        Mention org = null, place = null;
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.begin() >= s && m.end() <= program.begin()) org = m;
        for (Mention m : a.mentions(EntityType.PLACE)) if (m.begin() >= s && m.end() <= program.begin() && m.attr("adminCode") != null) place = m;
        if (org != null) a.add(new Relation(program, Relation.Kind.IMPLEMENTED_BY, org, s, program.end(), name(), Confidence.WEAK_PATTERN));
        if (place != null) a.add(new Relation(program, Relation.Kind.IMPLEMENTED_IN, place, s, program.end(), name(), Confidence.WEAK_PATTERN));
    }
}
