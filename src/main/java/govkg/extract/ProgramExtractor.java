package govkg.extract;

import govkg.lexicon.LexiconKind;
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
    private final Lexicons lex;
    /** Verbs that launch or build a program (lexicon program-launch-verb). */
    private final Set<String> launch;
    /** The same verbs indexed longest first, to find them without running a pattern on a substring. */
    private final TermIndex launchVerbs;
    /** Unquoted campaign heads (lexicon campaign-head), indexed to split 防止错案机制和…负责制. */
    private final TermIndex campaignHeads;
    private final Set<String> campaignVerbs;
    /** Event heads: a quoted name before 评选活动 names an event, not a program. */
    private final TermIndex eventHeads;
    private final Set<String> nationalAliases;
    /** 相关, 有关, 各类: a name so starting is any of several, not one program (event-determiners.txt). */
    private final TermIndex determiners;
    /** Qualities a building campaign is named by (lexicon program-building-quality). */
    private final TermIndex buildingQualities;
    /** Units so broad that a quality of them is a goal (国家, 社会: lexicon program-broad-unit). */
    private final Set<String> broadUnits;
    /** Program head words (lexicon program-head) in the lexicon's order: which starts or ends here, without a scan of them all. */
    private final TermIndex programHeadIndex;
    /** The lexicon's program names alone (longest first), for the national program a sub-initiative's name holds. */
    private final TermIndex programNames;
    /** Each lexicon name's place in the lexicon's order (longest first). */
    private final Map<String, Integer> programOrder;
    /** Each lexicon program's aliases, split once (the values are written 扫黑除恶|扫黑除恶斗争). */
    private final List<Map.Entry<String, List<String>>> programAliases;
    /**
     * Heads of launched campaigns and policy instruments and the lexicon's program names and aliases, to find every
     * occurrence of them all in one pass. A head that is also a name is both: each use asks only for its own terms.
     */
    private final TermIndex headsAndNames;

    public ProgramExtractor(Lexicons lex) {
        this.lex = lex;
        this.launch = lex.words(LexiconKind.PROGRAM_LAUNCH_VERB);
        this.launchVerbs = new TermIndex(LexiconPatterns.longestFirst(launch));
        this.campaignHeads = lex.index(LexiconKind.CAMPAIGN_HEAD);
        this.campaignVerbs = lex.words(LexiconKind.CAMPAIGN_VERB);
        this.eventHeads = lex.index(LexiconKind.EVENT_HEAD);
        this.determiners = lex.index(LexiconKind.EVENT_DETERMINER);
        Set<String> aliases = new java.util.HashSet<>();
        for (String v : lex.programs.values()) for (String alias : v.split("\\|")) if (!alias.isBlank()) aliases.add(alias.replaceAll("[“”]", ""));
        this.nationalAliases = Set.copyOf(aliases);
        List<String> names = new java.util.ArrayList<>(lex.programs.keySet());
        for (String v : lex.programs.values()) for (String alias : v.split("\\|")) if (!alias.isEmpty()) names.add(alias);
        this.buildingQualities = lex.index(LexiconKind.PROGRAM_BUILDING_QUALITY);
        this.broadUnits = lex.words(LexiconKind.PROGRAM_BROAD_UNIT);
        this.programHeadIndex = new TermIndex(lex.programHeads.keySet());
        this.programNames = new TermIndex(lex.programs.keySet());
        Map<String, Integer> order = new HashMap<>();
        for (String name : lex.programs.keySet()) order.putIfAbsent(name, order.size());
        this.programOrder = Map.copyOf(order);
        List<Map.Entry<String, List<String>>> split = new java.util.ArrayList<>();
        for (var e : lex.programs.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            split.add(Map.entry(e.getKey(), List.of(e.getValue().split("\\|"))));
        }
        this.programAliases = List.copyOf(split);
        List<String> heads = new java.util.ArrayList<>(lex.entries(LexiconKind.CAMPAIGN_HEAD).keySet());
        heads.addAll(lex.words(LexiconKind.PROGRAM_INSTRUMENT));
        heads.addAll(names);
        this.headsAndNames = new TermIndex(heads);
        this.adopt = Pattern.compile(LexiconPatterns.alternation(lex.words(LexiconKind.PROGRAM_ADOPT_VERB)) + "(?:了)?$");
        this.initiativeAfter = Pattern.compile("^" + LexiconPatterns.alternation(lex.words(LexiconKind.PROGRAM_INITIATIVE_WORD)));
        this.notProgramAfter = Pattern.compile("^" + LexiconPatterns.alternation(lex.words(LexiconKind.PROGRAM_NOT_AFTER)));
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
            // “某五”期间…改革: a period, a manner or a criticised practice right after the quotes names no program
            if (notProgramAfter.matcher(text).region(headAt, Math.min(text.length(), headAt + 6)).lookingAt()) { i = j; continue; }
            if (text.startsWith("等", headAt)) headAt++;
            String head = headAfter(text, headAt);
            // “十大案件”评选活动, “某某杯”颁奖仪式: the quoted name with this head names an event
            if (head != null && eventHeads.startingAt(text, headAt, head.length() + 1) != null) { i = j; continue; }
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
        // launched names before the lexicon's: 实施农民工职业技能提升行动 is a program narrower than 职业技能提升行动
        // one pass for the heads of launched campaigns and instruments and the lexicon's names
        Map<String, List<Integer>> headsAt = headsAndNames.occurrences(text);
        launchedCampaigns(a, text, headsAt);
        instruments(a, text, headsAt);
        brandedBuilding(a, text);
        numberedPlans(a, text);
        Set<String> named = headsAt.keySet();     // the lookups below only for the lexicon names that are there
        lexiconPrograms(a, text, named);
        designations(a, text);
        lexiconAliases(a, text, named);
    }

    /**
     * A national program by its short name (扫黑除恶 for 扫黑除恶专项斗争, 放管服 for 放管服改革), where no longer name
     * of a program, organization or document holds it (常态化扫黑除恶斗争领导小组 is a body). Last, so full names win.
     */
    private void lexiconAliases(ArticleAnalysis a, String text, Set<String> named) {
        if (named.isEmpty()) return;
        for (var e : programAliases) {
            for (String alias : e.getValue()) {
                if (alias.length() < 3 || !named.contains(alias)) continue;
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
            String h = programHeadIndex.startingAt(text, at + skip, 1);     // the first head (lexicon order) starting here
            if (h != null) return skip == 0 || h.length() >= 2 ? h : null;
            if (text.startsWith("执法", at + skip)) return null;
        }
        return null;
    }

    /** Verbs that launch, spread or adopt an initiative: what they take in quotes is one (推行“首违不罚”). */
    private final Pattern adopt;
    /** Generic words after a quoted name that say it is an initiative without being part of its name. */
    private final Pattern initiativeAfter;
    /** Words after quotes that mark a criticised practice or a manner, not a program (“一刀切”执法, “运动式”治理). */
    private final Pattern notProgramAfter;

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
        if (notProgramAfter.matcher(after).find()) return;
        // the first head (lexicon order) the term ends with that leaves two characters of name before it
        String ownHead = programHeadIndex.endingAt(term, term.length(), term.length() - 2);
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
        if (initiativeAfter.matcher(after).find() || adopt.matcher(before).find())
            add(a, term, term, q.begin() - 1, q.after(), Map.of("programKind", "model"), Confidence.WEAK_PATTERN);
    }

    /** Start of the unquoted modifiers right before an opening quote at {@code quote}: nouns and campaign verbs, not a clause. */
    private int modifierStart(ArticleAnalysis a, String text, int quote) {
        int windowStart = quote;
        while (windowStart > Math.max(0, quote - 12) && TextScan.isHan(text.charAt(windowStart - 1))) windowStart--;
        if (windowStart == quote) return quote;
        List<govkg.nlp.Token> words = a.segmentPlain(text.substring(windowStart, quote));
        int start = quote - windowStart;
        for (int i = words.size() - 1; i >= 0; i--) {
            govkg.nlp.Token t = words.get(i);
            String n = t.nature(), w = t.word();
            boolean part = campaignVerbs.contains(w) || w.endsWith("季") || n.equals("n") || n.equals("nz") || n.equals("vn") || n.equals("b");
            // 全省公安机关夏季…: the bodies that run a campaign are not part of its name
            if (!part || w.startsWith("全") || launch.contains(w) || adopt.matcher(w).find() || w.matches(".*(机关|部门|系统|单位)")) break;
            start = t.begin();
        }
        return windowStart + start;
    }

    /** The verbs a designation follows (创建, 荣获 …). */
    private static final List<String> DESIGNATION_VERBS = List.of("创建", "争创", "获评", "荣获", "被评为", "命名为", "获得", "成为", "入选");

    /** Designations a place or body strives for or wins: 创建全国市域社会治理现代化示范区, 荣获全省平安建设先进县. */
    private static final Pattern DESIGNATION = Pattern.compile("(?:" + String.join("|", DESIGNATION_VERBS) + ")((?:全国|全省|全市|国家级|省级)[\u4e00-\u9fff]{2,20}?(?:示范区|示范县|示范市|示范单位|示范点|示范村|先进区|先进县|先进市|先进单位|试点县|试点市|试点单位))");

    /** First characters of the verbs DESIGNATION opens with. */
    private static final String DESIGNATION_VERB_STARTS = DESIGNATION_VERBS.stream().map(v -> v.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    private void designations(ArticleAnalysis a, String text) {
        // every designation ends in 示范…, 先进… or 试点…: without them the pattern need not be tried at every character
        if (!text.contains("示范") && !text.contains("先进") && !text.contains("试点")) return;
        // tried only where one of the verbs starts (their first characters), not at every character
        Matcher m = DESIGNATION.matcher(text);
        int searchFrom = 0;
        for (int at = 0; at < text.length(); at++) {
            if (at < searchFrom || DESIGNATION_VERB_STARTS.indexOf(text.charAt(at)) < 0 || !m.region(at, text.length()).lookingAt()) continue;
            searchFrom = m.end();
            if (a.overlaps(m.start(1), m.end(1), EntityType.PROGRAM)) continue;
            add(a, m.group(1), m.group(1), m.start(1), m.end(1), Map.of("programKind", "pilot"), Confidence.PATTERN);
        }
    }

    private void lexiconPrograms(ArticleAnalysis a, String text, Set<String> named) {
        if (named.isEmpty()) return;
        for (var e : lex.programs.entrySet()) {
            String name = e.getKey();
            if (!named.contains(name)) continue;     // neither plain nor quoted in the text
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                // 乡村振兴促进法, 乡村振兴局: a program's name inside a document's or a body's is not the program cited
                if (a.overlaps(at, end, EntityType.PROGRAM, EntityType.DOCUMENT, EntityType.ORGANIZATION) || !a.alignsWithTokens(at, end)) continue;
                add(a, name, name, at, end, Map.of(), Confidence.LEXICON);
            }
            // quoted inside a longer name: 新时代“枫桥经验”
            String quotedForm = "“" + name + "”";
            for (int at = text.indexOf(quotedForm); at >= 0; at = text.indexOf(quotedForm, at + 1)) {
                if (!a.overlaps(at, at + quotedForm.length(), EntityType.PROGRAM))
                    add(a, name, name, at, at + quotedForm.length(), Map.of(), Confidence.LEXICON);
            }
        }
    }

    private static final Pattern COUNT_PREFIX = Pattern.compile("(?:[\\d一二三四五六七八九十百千两几多]+(?:个|项|批|类|条|座|处|家|所|大)|一系列)");

    /** 等多项, 等三项 before the head of an enumeration of programs (开展A、B等多项改革试点). */
    private static final Pattern ENUMERATION = Pattern.compile("等(?:多项|多个|[一二三四五六七八九十两\\d]+项)?$");

    /**
     * Programs named without quotes after a launching verb of their clause (开展…专项整治, 深化国防和军队改革, 建立…机制,
     * 实施…提升行动): the name runs from the verb, past a 的 modifier, to the head (lexicon campaign-head). An
     * enumeration before a shared head (开展A、B等多项改革试点) gives one program per item; two names joined by 和
     * (建立A机制和B负责制) two programs.
     */
    private void launchedCampaigns(ArticleAnalysis a, String text, Map<String, List<Integer>> headsAt) {
        if (headsAt.isEmpty()) return;
        for (var h : lex.entries(LexiconKind.CAMPAIGN_HEAD).entrySet()) {
            String head = h.getKey();
            List<Integer> found = headsAt.get(head);
            if (found == null) continue;
            Map<String, String> attrs = Map.of("programKind", h.getValue().isEmpty() ? "campaign" : h.getValue());
            for (int at : found) {
                int end = at + head.length();
                if (a.overlaps(at, end, EntityType.PROGRAM, EntityType.DOCUMENT, EntityType.ORGANIZATION)) continue;
                // …的法律制度和执行机制: a head before 和 is the first of two heads the later one's name covers
                if (end < text.length() && "和与及".indexOf(text.charAt(end)) >= 0) continue;
                int clause = at;
                // the clause runs left to punctuation, across the 、 of an enumeration
                while (clause > Math.max(0, at - 40) && (!TextScan.isBoundary(text.charAt(clause - 1)) || text.charAt(clause - 1) == '、')) clause--;
                int start = lastLaunchEnd(text, clause, at);
                if (start < 0) continue;
                // 实施…政策协调, 提供…制度保障, …等改革措施: a noun right after the head takes the head as its modifier
                if (modifiesNextNoun(a, end)) continue;
                // 开展丰富多彩的…: a 的 modifier stays out of the name, unless it names the program's domain (a place)
                int de = text.lastIndexOf('的', at - 1);
                if (de >= start && !a.overlaps(start, de, EntityType.PLACE)) start = de + 1;
                while (start < at && "了着".indexOf(text.charAt(start)) >= 0) start++;
                // 实施26个治理工程, 建成一批示范工程: a count names several, not one program
                Matcher count = COUNT_PREFIX.matcher(text.substring(start, at));
                if (count.lookingAt() || determiners.startingAt(text, start, 2) != null) continue;
                String body = text.substring(start, at);
                Matcher en = ENUMERATION.matcher(body);
                if (en.find() && body.indexOf('、') > 0) {
                    int from = start;
                    for (String item : body.substring(0, en.start()).split("、")) {
                        if (item.length() >= 2 && TextScan.isHan(item))
                            add(a, item, item, Set.of(item + head), from, from + item.length(), attrs, Confidence.PATTERN);
                        from += item.length() + 1;
                    }
                    continue;
                }
                int and = body.indexOf('和');
                if (and > 0 && body.lastIndexOf('的', and) < 0 && campaignHeads.endOf(body.substring(0, and)) != null && end - (start + and + 1) >= head.length() + 4) {
                    String first = body.substring(0, and);
                    String firstHead = campaignHeads.endOf(first);
                    if (first.length() >= firstHead.length() + 4)
                        add(a, first, first, start, start + and, Map.of("programKind", nonEmpty(lex.entries(LexiconKind.CAMPAIGN_HEAD).get(firstHead))), Confidence.PATTERN);
                    start += and + 1;
                }
                // 激励保障机制, 有关监管制度: a bare mechanism or system needs a name of some length to be one to track
                int minName = head.length() <= 2 && "model".equals(h.getValue()) ? 6 : 4;
                if (end - start < head.length() + minName || !TextScan.isHan(LATIN_OR_DIGIT.matcher(text.substring(start, end)).replaceAll(""))) continue;
                String label = text.substring(start, end);
                add(a, label, label, start, end, attrs, Confidence.PATTERN);
            }
        }
    }

    /**
     * Whether the word right after a head takes the head as its modifier: a noun (制度/保障 vn, 改革/措施 n) or a verb
     * ending the clause (政策/协调 v).
     */
    private static boolean modifiesNextNoun(ArticleAnalysis a, int end) {
        govkg.nlp.Token next = a.tokenCovering(end);
        if (next == null || next.begin() != end || !TextScan.isHan(next.word())) return false;
        String n = next.nature();
        if (n.equals("n") || n.equals("vn") || n.equals("nz")) return true;
        // 实施…政策协调，: a verb that ends the clause right after the head is what the launching verb takes
        String text = a.text();
        return n.equals("v") && (next.end() >= text.length() || TextScan.isBoundary(text.charAt(next.end())));
    }

    /**
     * End of the last launching verb in text[from, to), read left to right taking the longest verb at each place
     * (as the alternation of the verbs, longest first, would find them), or -1 when there is none.
     */
    private int lastLaunchEnd(String text, int from, int to) {
        int last = -1;
        for (int p = from; p < to; ) {
            String verb = launchVerbs.startingAt(text, p, 1, to);
            if (verb == null) { p++; continue; }
            p += verb.length();
            last = p;
        }
        return last;
    }

    /** Natures of the words that modify a policy instrument: nouns, abbreviations, distinctives (申报, a verbal noun, opens a clause). */
    private static boolean modifierNature(String nature) {
        return nature.equals("n") || nature.equals("nz") || nature.equals("b") || nature.equals("j") || nature.equals("nnt");
    }

    /**
     * Policy instruments named by what they support (某某技改贴息, 支农再贷款, lexicon program-instrument): the nouns
     * before the instrument word, two characters at least; 政策 after it is an alternative form.
     */
    private void instruments(ArticleAnalysis a, String text, Map<String, List<Integer>> headsAt) {
        if (headsAt.isEmpty()) return;
        for (String head : lex.words(LexiconKind.PROGRAM_INSTRUMENT)) {
            List<Integer> found = headsAt.get(head);
            if (found == null) continue;
            for (int at : found) {
                int end = at + head.length();
                if (a.overlaps(at, end, EntityType.PROGRAM, EntityType.DOCUMENT, EntityType.ORGANIZATION)) continue;
                // 贴息贷款: a kind of loan, the instrument's own word; 专项再贷款: a generic word names no one program
                if (text.startsWith("贷款", end)) continue;
                int start = nounsBefore(a, text, at, 8);
                if (at - start < 2 || determiners.startingAt(text, start, 2) != null || text.startsWith("专项", start) && at - start == 2) continue;
                String label = text.substring(start, end);
                Set<String> alts = text.startsWith("政策", end) ? Set.of(label + "政策") : Set.of();
                add(a, label, label, alts, start, end, Map.of("programKind", "policy"), Confidence.PATTERN);
            }
        }
    }

    /**
     * Start of the run of modifier nouns ending at {@code at}, at most {@code max} characters long. A verbal noun
     * belongs to it inside (国债/n 技改/vn), never at its start (申报/vn opens the clause).
     */
    private static int nounsBefore(ArticleAnalysis a, String text, int at, int max) {
        int start = at, nounStart = at;
        while (start > Math.max(0, at - max)) {
            govkg.nlp.Token t = a.tokenCovering(start - 1);
            if (t == null || t.end() != start || t.begin() < at - max || !TextScan.isHan(t.word())) break;
            if (modifierNature(t.nature())) nounStart = t.begin();
            else if (!t.nature().equals("vn")) break;
            start = t.begin();
        }
        return nounStart;
    }

    /**
     * Building campaigns named by a quality and a kind of unit (美丽乡村建设, 平安校园建设, 清廉机关建设: lexicon
     * program-building-quality): quality, one common noun, 建设. A place after the quality (平安中国) is a broad goal.
     */
    private void brandedBuilding(ArticleAnalysis a, String text) {
        for (int at = text.indexOf("建设"); at >= 0; at = text.indexOf("建设", at + 1)) {
            govkg.nlp.Token unit = a.tokenCovering(at - 1);
            if (unit == null || unit.end() != at || !unit.nature().equals("n") || unit.word().length() < 2) continue;
            String quality = buildingQualities.endingAt(text, unit.begin());
            // 法治国家建设, 平安社会建设: the whole country or society is a broad goal, not a campaign to track
            if (quality == null || broadUnits.contains(unit.word())) continue;
            int start = unit.begin() - quality.length(), end = at + 2;
            if (!a.alignsWithTokens(start, end) || a.overlaps(start, end, EntityType.PROGRAM, EntityType.ORGANIZATION, EntityType.DOCUMENT)) continue;
            String label = text.substring(start, end);
            add(a, label, label, Set.of(label.substring(0, label.length() - 2)), start, end, Map.of("programKind", "campaign"), Confidence.PATTERN);
        }
    }

    /** Plans numbered by their years and their scale: 三年百万…计划, 五年千村…工程. */
    private static final Pattern NUMBERED_PLAN = Pattern.compile("(?<![一二三四五六七八九十两\\d第近这今前后])[一二三四五六七八九十两]年[百千万]{1,2}[\\u4e00-\\u9fff]{2,10}?(?:行动计划|计划|工程|行动)");

    private void numberedPlans(ArticleAnalysis a, String text) {
        // a match starts at the numeral before a 年 that a 百, 千 or 万 follows: the pattern is tried only there, not at
        // every character (nearly every report has a 年); transparent bounds let its look-behind see before the start
        Matcher m = NUMBERED_PLAN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int searchFrom = 0;
        for (int year = text.indexOf('年', 1); year >= 0 && year + 1 < text.length(); year = text.indexOf('年', year + 1)) {
            if (year - 1 < searchFrom || "一二三四五六七八九十两".indexOf(text.charAt(year - 1)) < 0 || "百千万".indexOf(text.charAt(year + 1)) < 0) continue;
            if (!m.region(year - 1, text.length()).lookingAt()) continue;
            searchFrom = m.end();
            if (m.group().indexOf('的') >= 0 || a.overlaps(m.start(), m.end(), EntityType.PROGRAM)) continue;
            add(a, m.group(), m.group(), Set.of(m.group().substring(2)), m.start(), m.end(), Map.of("programKind", "campaign"), Confidence.PATTERN);
        }
    }

    private static String nonEmpty(String kind) {
        return kind == null || kind.isEmpty() ? "campaign" : kind;
    }

    private void add(ArticleAnalysis a, String label, String core, int begin, int end, Map<String, String> attrs, double conf) {
        add(a, label, core, Set.of(), begin, end, attrs, conf);
    }

    private void add(ArticleAnalysis a, String label, String core, Set<String> moreAliases, int begin, int end, Map<String, String> attrs, double conf) {
        if (a.overlaps(begin, end, EntityType.PROGRAM)) return;
        // “一带一路”科技创新行动: a sub-initiative of a national program is a program of its own, keyed by its full name
        if (!core.equals(label) && isNational(core)) core = label;
        Map<String, String> at = new HashMap<>(attrs);
        // a national program by its lexicon name: the canonical label, never merged into a longer sub-initiative
        if (conf == Confidence.LEXICON && lex.programs.containsKey(label)) at.put("national", "true");
        at.put("core", core);
        Set<String> aliases = new java.util.HashSet<>(moreAliases);
        aliases.add(core);
        aliases.remove(label);
        Mention m = new Mention(EntityType.PROGRAM, label, aliases,
                a.text().substring(begin, end), begin, end, name(), conf, at);
        a.add(m);
        linkImplementers(a, m);
        linkParent(a, m);
    }

    /**
     * A named sub-initiative (一带一路科技创新行动) is a program of its own, narrower than the national program its
     * name holds (一带一路): that program is mentioned too, and linked as the broader one.
     */
    private void linkParent(ArticleAnalysis a, Mention child) {
        String label = child.label();
        String parent = null;
        // of the lexicon's names inside the label, other than the label itself, the first (longest: the nearest parent)
        for (String found : programNames.termsIn(label))
            if (!found.equals(label) && (parent == null || programOrder.get(found) < programOrder.get(parent))) parent = found;
        if (parent != null) {
            int sAt = child.surface().indexOf(parent);
            int begin = sAt >= 0 ? child.begin() + sAt : child.begin(), end = sAt >= 0 ? begin + parent.length() : child.end();
            Mention p = new Mention(EntityType.PROGRAM, parent, Set.of(), a.text().substring(begin, end), begin, end, name(),
                    Confidence.LEXICON, Map.of("core", parent, "national", "true"));
            a.add(p);
            a.add(new Relation(child, Relation.Kind.BROADER, p, child.begin(), child.end(), name(), Confidence.PATTERN));
            return;
        }
    }

    private static final Pattern NEW_ERA = Pattern.compile("^新时代");

    /** A national program's lexicon name or alias (新时代枫桥经验 is 枫桥经验's). */
    private boolean isNational(String name) {
        String bare = NEW_ERA.matcher(name).replaceFirst("");
        return lex.programs.containsKey(bare) || nationalAliases.contains(name) || nationalAliases.contains(bare);
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
