package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import govkg.nlp.Token;

/**
 * Finds organizations by the suffix grammar of their names (…党委, …政法委, …委员会办公室,
 * …公安局…分局, …人民法院, …有限公司, 成华区委, 区委依法治区办). A name runs left from its
 * suffix to a boundary or stop word; chained names (济南市公安局市中分局) are one organization
 * whose inner parent is recorded as {@link Relation.Kind#SUB_ORGANIZATION_OF}; places inside a name
 * give its {@link Relation.Kind#JURISDICTION}. Names without a place prefix need a strong suffix.
 */
public final class OrganizationExtractor implements Extractor {
    /** A count right before the suffix (六个派出所), matched against the name without its suffix. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("[一二两三四五六七八九十几多数0-9]+(个|家|支|批|所|座)\\z");

    /** A count of one or some (一家, 几所) anywhere before a weak head. */
    private static final java.util.regex.Pattern COUNT_INSIDE = java.util.regex.Pattern.compile("(?<!第)[一几两数多][家所个座]");

    private final Lexicons lex;
    /** Where names start in a window of text (clause words, verbs of names). */
    private final NameStart nameStarts;
    /** One-character units of divisions down to the county (省, 市, 县 …) and down to the township (level-units.txt). */
    private final String countyLevelChars, levelChars;
    private final OrganizationNames names;
    private final NationalBodyFinder bodies;
    private final OrganizationUnits units;
    /** The grammar's cue words (org-cues.txt), by role. */
    private final Set<String> weakHeads, weakStarts;
    private final TermIndex commonNouns, deedsWords, partyStarts, subUnits, criminalWords, strongStarts, unplacedStarts, levelStarts;
    private final Set<String> placeBound, everyWords;
    private final TermIndex joiners;
    /** China's own names (中国): before a brand, part of a company's name. */
    private final Set<String> ownStateNames;
    /** Kinds of body whose place or level word the bodies listed after them share (省公安厅、司法厅). */
    private static final Set<String> LISTED_KINDS = Set.of("party", "government", "security", "judicial", "committee");
    /** At most this many characters in one listed body's own name (人力资源和社会保障厅). */
    private static final int MAX_LISTED = 12;

    public OrganizationExtractor(Lexicons lex) {
        this.lex = lex;
        this.nameStarts = new NameStart(lex);
        var units = new govkg.gazetteer.LevelUnits(lex);
        this.countyLevelChars = units.chars(govkg.gazetteer.AdminLevel.PROVINCE, govkg.gazetteer.AdminLevel.COUNTY);
        this.levelChars = units.chars(govkg.gazetteer.AdminLevel.PROVINCE, govkg.gazetteer.AdminLevel.TOWNSHIP);
        this.names = new OrganizationNames(lex);
        this.bodies = new NationalBodyFinder(lex, name());
        this.units = new OrganizationUnits(lex, name());
        // a team's head (救援队) is weak like a weak head and named inside its parent's name like a branch
        this.weakHeads = Set.copyOf(lex.withValues(LexiconKind.ORG_CUE, "weak-head", "team"));
        this.commonNouns = cueIndex(lex, "common-noun");
        this.weakStarts = lex.withValue(LexiconKind.ORG_CUE, "weak-start");
        this.placeBound = lex.withValue(LexiconKind.ORG_CUE, "place-bound");
        this.deedsWords = cueIndex(lex, "deeds");
        this.everyWords = lex.withValue(LexiconKind.ORG_CUE, "every");
        this.partyStarts = new TermIndex(longestFirst(Set.copyOf(lex.withValues(LexiconKind.ORG_KEY_FOLD, "start"))));
        this.subUnits = new TermIndex(longestFirst(Set.copyOf(lex.withValues(LexiconKind.ORG_CUE, "sub-unit", "team"))));
        this.criminalWords = cueIndex(lex, "criminal");
        this.strongStarts = cueIndex(lex, "strong-start");
        this.levelStarts = new TermIndex(longestFirst(lex.withValue(LexiconKind.PLACE_REFERENCE, "unit")));
        Set<String> unplaced = new HashSet<>(lex.withValue(LexiconKind.ORG_CUE, "unplaced-start"));
        unplaced.addAll(lex.withValue(LexiconKind.ORG_CUE, "strong-start"));
        this.unplacedStarts = new TermIndex(longestFirst(unplaced));
        this.joiners = lex.index(LexiconKind.LIST_JOINER);
        this.ownStateNames = lex.words(LexiconKind.OWN_STATE_NAME);
    }

    private static TermIndex cueIndex(Lexicons lex, String role) {
        return new TermIndex(longestFirst(lex.withValue(LexiconKind.ORG_CUE, role)));
    }

    private static List<String> longestFirst(Set<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        return out;
    }

    @Override public String name() { return "organization-suffix"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PLACE); }
    @Override public Set<Layer> writes() { return Set.of(Layer.ORGANIZATION); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        // known central, foreign and international bodies first: their names are not cut or grown by the grammar below
        List<int[]> known = bodies.find(a);
        // then armies, numbered units and quoted units or movements, which no suffix names
        known.addAll(units.find(a));
        List<int[]> spans = new ArrayList<>();
        // every end of a suffix, with the suffix's start
        Map<Integer, Integer> suffixStartAtEnd = new HashMap<>();
        for (int e = 1; e <= text.length(); e++) {
            String suf = names.suffixEndingAt(text, e, 12);
            if (suf == null) continue;
            if (e < text.length() && (continuesWord(text, e, suf) || tokenRunsOn(a, e))) continue;
            suffixStartAtEnd.put(e, e - suf.length());
        }
        Set<Integer> used = new HashSet<>();
        List<Mention> found = new ArrayList<>();
        List<Integer> ends = new ArrayList<>(suffixStartAtEnd.keySet());
        ends.sort(null);
        for (int i = ends.size() - 1; i >= 0; i--) {
            int end = ends.get(i);
            if (used.contains(end)) continue;
            int suffixStart = suffixStartAtEnd.get(end);
            int start = wholePlaceAt(a, nameStart(a, nameStarts.leftEdge(text, suffixStart, 24), suffixStart, end));
            start = honoureeStart(a, start, suffixStart);
            // the 党组/党委 of a court, procuratorate or bureau: posts in it (党组书记) belong to that body
            Integer organEnd = organBefore(text, start, suffixStart);
            int groupEnd = end;
            if (organEnd != null) {
                end = organEnd;
                used.add(end);
            }
            if (knownBodyDecides(known, start, end)) continue;
            String name = text.substring(start, end);
            // inner suffix ends inside this name are parents of a chained name, not names of their own
            List<Integer> inner = new ArrayList<>();
            for (int e2 : ends) if (e2 > start + 1 && e2 < end) inner.add(e2);
            String honouree = honoureeElsewhere(a, name, start);
            if (honouree == null && !acceptable(a, name, start, end)) continue;     // an inner name (政务服务中心 in …中心大厅) may still stand
            used.addAll(inner);
            spans.add(new int[]{start, end});
            Mention org = honouree != null ? mention(a, honouree + name, name, start, end)
                    : mention(a, withoutRankMark(a, withoutFormerMark(a, start, end, inner), start), name, start, end);
            // the person a group is named after is still named there (read by the people's extractor)
            if (deedsNamed(a, name, start, names.suffixOf(name))) org = org.withAttr("namedAfter", "person");
            a.add(org);
            found.add(org);
            addPlaceLinks(a, org, start, end);
            if (organEnd != null && names.suffixOf(name).endsWith("政府")) partyGroupOf(a, org, start, groupEnd);
            for (int e2 : inner) {
                String parentName = text.substring(start, e2);
                if (isSubUnit(name) && acceptable(a, parentName, start, e2) && hasPlacePrefix(a, start, e2)) {
                    Mention parent = mention(a, parentName, start, e2);
                    a.add(parent);
                    a.add(new Relation(org, Relation.Kind.SUB_ORGANIZATION_OF, parent, start, end, name(), Confidence.PATTERN));
                }
            }
        }
        for (Mention head : found) listedAfter(a, head, suffixStartAtEnd, known, spans);
    }

    /**
     * 省发展改革委、财政厅、人社厅; 北京市公安局和司法局: bodies listed right after a body share the place or level
     * word its name starts with (省财政厅, 省人社厅). Each item is a suffix word of a state or party body with at most
     * a few characters before it, with no place or level word of its own (then it names itself), and not a branch
     * (派出所: a branch of some body in the place, not the place's). The items are added as the place's bodies.
     */
    private void listedAfter(ArticleAnalysis a, Mention head, Map<Integer, Integer> suffixEnds, List<int[]> known, List<int[]> spans) {
        String text = a.text();
        if (!LISTED_KINDS.contains(head.attr("orgKind"))) return;
        String prefix = sharedPrefix(a, head);
        if (prefix == null) return;
        for (int at = head.end(), n = 0; n < 8; n++) {
            String joiner = joiners.startingAt(text, at, 1);
            if (joiner == null) return;
            int itemStart = at + joiner.length();
            if (a.mentionAt(EntityType.PLACE, itemStart) != null || levelStarts.startingAt(text, itemStart, 1) != null) return;
            int itemEnd = -1;
            for (int e = itemStart + 2; e <= Math.min(text.length(), itemStart + MAX_LISTED) && !TextScan.isBoundary(text.charAt(e - 1)); e++) {
                if (suffixEnds.containsKey(e)) { itemEnd = e; break; }
            }
            if (itemEnd < 0 || covered(spans, itemStart, itemEnd) || knownBodyDecides(known, itemStart, itemEnd)) return;
            String item = text.substring(itemStart, itemEnd), suf = names.suffixOf(item);
            if (!TextScan.isHan(item) || !LISTED_KINDS.contains(names.kindOf(item)) || isSubUnit(item)
                    || commonNouns.endOf(item) != null) return;
            Mention org = mention(a, prefix + item, item, itemStart, itemEnd);
            a.add(org);
            addPlaceLinks(a, org, head.begin(), head.end(), head.begin(), itemEnd);
            at = itemEnd;
        }
    }

    /**
     * What the bodies listed after {@code head} share: the body its name starts with (县委 of 县委组织部, 市委 of
     * 市委政法委), else the place (湖北省, 武汉市江汉区) or level word (省, 自治区) it starts with; null when none.
     */
    private String sharedPrefix(ArticleAnalysis a, Mention head) {
        String surface = head.surface(), suf = names.suffixOf(surface);
        if (suf != null && suf.length() >= 2 && surface.length() > suf.length()) {
            String rest = surface.substring(0, surface.length() - suf.length());
            if (rest.length() >= 2 && names.suffixOf(rest) != null && LISTED_KINDS.contains(names.kindOf(rest))) return rest;
        }
        int at = head.begin();
        for (Mention p = a.mentionAt(EntityType.PLACE, at); p != null && p.begin() == at && p.end() < head.end(); p = a.mentionAt(EntityType.PLACE, at))
            at = p.end();
        if (at == head.begin()) {
            String level = levelStarts.startingAt(a.text(), at, 1);
            if (level == null || at + level.length() >= head.end()) return null;
            at += level.length();
        }
        return a.text().substring(head.begin(), at);
    }

    private static boolean covered(List<int[]> spans, int begin, int end) {
        for (int[] s : spans) if (s[0] < end && begin < s[1]) return true;
        return false;
    }

    /**
     * Whether a known body's name decides a candidate [start, end) of the grammar: one inside a known name
     * (法律委员会 in 宪法和法律委员会), one ending where it ends (第五至七届全国人大常委会: the term is no part of the
     * permanent body) or one starting inside it and running on (an overlap the finder did not take as a department).
     */
    private static boolean knownBodyDecides(List<int[]> known, int start, int end) {
        for (int[] k : known) {
            if (k[1] <= start || end <= k[0]) continue;
            if (end <= k[1] || start > k[0]) return true;
        }
        return false;
    }

    /**
     * Where a name whose suffix starts at {@code suffixStart} begins, inside the window [{@code windowStart}, suffix).
     * The window is re-segmented with dictionary words only, because HanLP's organization recognizer glues the
     * verb before a name into it (推广坞城派出所/nt); the name starts after the last clause word. A company's
     * brand is any word (安居宝物业), so a company name starts at the place before it, else at the window start.
     */
    private int nameStart(ArticleAnalysis a, int windowStart, int suffixStart, int end) {
        int quoted = quotedNameStart(a.text(), suffixStart, end);
        if (quoted >= 0) return quoted;
        if (windowStart >= suffixStart) return windowStart;
        if ("company".equals(names.kindOf(a.text().substring(suffixStart, end)))) {
            int bracketed = bracketedRegionStart(a, windowStart);
            if (bracketed >= 0) return bracketed;
            Mention place = placeChainNearest(a, windowStart, suffixStart);
            int brand = brandStart(a, windowStart, suffixStart);
            // 阿里巴巴集团和腾讯公司: a stop word between the place and the brand ends the place's clause
            if (place != null && !(brand >= 0 && stopWordBefore(a, place.begin(), brand))) return place.begin();
            return brand >= 0 ? brand : windowStart;
        }
        int start = nameStarts.afterClauseWords(a, windowStart, suffixStart, true);
        // 第十九届中央纪律检查委员会: a term number belongs to the name
        if (start < suffixStart && "届次".indexOf(a.text().charAt(start)) >= 0) {
            int b = start;
            while (b > windowStart && "第一二三四五六七八九十百零〇0123456789".indexOf(a.text().charAt(b - 1)) >= 0) b--;
            if (b < start && a.text().charAt(b) == '第') start = b;
        }
        return start;
    }

    /**
     * 某某(中国)投资有限公司: a company's name holds its region in brackets, so when the window stops at a closing
     * bracket the name starts at the brand before the opening one (after any clause word); -1 when it does not.
     */
    private int bracketedRegionStart(ArticleAnalysis a, int windowStart) {
        String text = a.text();
        if (windowStart < 1 || (text.charAt(windowStart - 1) != ')' && text.charAt(windowStart - 1) != '）')) return -1;
        int open = Math.max(text.lastIndexOf('(', windowStart - 1), text.lastIndexOf('（', windowStart - 1));
        if (open < 1 || windowStart - open > 8 || !TextScan.isHan(text.substring(open + 1, windowStart - 1))) return -1;
        int brandWindow = nameStarts.leftEdge(text, open, 16), start = open;
        // a brand may look like a person's name (葛兰素史克/nrf): walk back over words that are no function words
        // 被告单位葛兰素史克(中国): a common noun before a proper name is the clause's, not the brand's
        boolean proper = false;
        for (Token t = a.tokenCovering(start - 1); t != null && t.begin() >= brandWindow && t.end() == start && isBrandWord(t)
                && !(proper && !isProperName(t)); t = a.tokenCovering(start - 1)) {
            start = t.begin();
            proper |= isProperName(t);
        }
        return start < open ? start : -1;
    }

    /**
     * 泰康/nz 公司, 葛兰素史克/nrf 总公司: proper names (brands, transliterated names, abbreviations) right before a
     * company's head name the company though no place stands before them; the start of the first, or -1 when the
     * word before the head is no proper name. A Chinese person's name (nr) is left out: 张三公司 is rarely a name.
     */
    private int brandStart(ArticleAnalysis a, int windowStart, int suffixStart) {
        int start = suffixStart;
        for (Token t = a.tokenCovering(start - 1); t != null && t.begin() >= windowStart && t.end() == start && isProperName(t); t = a.tokenCovering(start - 1))
            start = t.begin();
        if (start == suffixStart) return -1;
        // 中国南水北调集团: the country's own name before a brand is part of the company's name
        Token own = a.tokenCovering(start - 1);
        return own != null && own.end() == start && own.begin() >= windowStart && ownStateNames.contains(own.word()) ? own.begin() : start;
    }

    /**
     * 泰康公司, 约翰斯·霍普金斯大学: a body whose name before its weak head [start, headAt) is proper names only (a brand,
     * a transliterated name) is named by them.
     */
    private boolean namedByBrand(ArticleAnalysis a, String kind, int start, int headAt) {
        if (headAt <= start || brandStart(a, start, headAt) != start) return false;
        if ("company".equals(kind)) return true;
        // other bodies: only a transliterated or organization name; HanLP's nz also tags terms (高端, 事业单位)
        for (Token t = a.tokenCovering(start); t != null && t.begin() < headAt; t = a.tokenCovering(t.end()))
            if (!t.nature().equals("nrf") && !t.nature().startsWith("nt") && !ownStateNames.contains(t.word())) return false;
        return true;
    }

    /**
     * 中国摄影家协会, 中国农业大学: the country's own name, a field of two or more characters and a weak head name a
     * national society or institution; a company's head after them (中国科技公司) says "Chinese companies". Only for
     * weak heads: a strong one (纪委) after a company's name is that company's body.
     */
    private boolean nationalSociety(ArticleAnalysis a, String name, int start, String suf, String kind) {
        // 某国-中国友好协会: a society of two countries, whose name starts before the dash
        if ("company".equals(kind) || !weakHeads.contains(suf) || start > 0 && "-－—".indexOf(a.text().charAt(start - 1)) >= 0) return false;
        for (String own : ownStateNames) if (name.startsWith(own) && name.length() - own.length() - suf.length() >= 2) return true;
        return false;
    }

    /** A brand, transliterated name (约翰斯·霍普金斯), organization name or abbreviation (nz, nrf, nt…, nx, j) of two or more characters. */
    private static boolean isProperName(Token t) {
        String n = t.nature();
        return t.word().length() >= 2 && TextScan.isHan(t.word().replace("·", ""))
                && (n.equals("nz") || n.equals("nrf") || n.startsWith("nt") || n.equals("nx") || n.equals("j"));
    }

    /** A word that can be part of a brand: a name, noun or the like, not a verb, preposition, pronoun, particle or count. */
    private static boolean isBrandWord(Token t) {
        String n = t.nature();
        return !(n.startsWith("v") || n.startsWith("p") || n.startsWith("r") || n.startsWith("c") || n.startsWith("u")
                || n.startsWith("d") || n.startsWith("w") || n.startsWith("m") || n.startsWith("q") || n.startsWith("t") || n.startsWith("f"));
    }

    /**
     * A name in quotation marks is whole: “商圈联合调解中心” starts after its opening mark, and a quoted brand before
     * the suffix (“文艺路邻里帮”志愿服务队) starts at its opening mark. Else -1.
     */
    private static int quotedNameStart(String text, int suffixStart, int end) {
        if (suffixStart > 0 && text.charAt(suffixStart - 1) == '”') {
            int open = text.lastIndexOf('“', suffixStart - 1);
            return open >= 0 && suffixStart - open <= 16 && !containsBoundary(text, open + 1, suffixStart - 1) ? open : -1;
        }
        if (end < text.length() && text.charAt(end) == '”') {
            int open = text.lastIndexOf('“', suffixStart);
            return open >= 0 && end - open <= 20 && !containsBoundary(text, open + 1, suffixStart) ? open + 1 : -1;
        }
        return -1;
    }

    private static boolean containsBoundary(String text, int begin, int end) {
        for (int i = begin; i < end; i++) if (TextScan.isBoundary(text.charAt(i))) return true;
        return false;
    }

    /**
     * A long chained name (某省某市公安局某某开发区分局某某派出所) may run past the window a name is looked for in, which
     * then starts inside a place's name: the name starts where that place and the places chained before it start.
     */
    private static int wholePlaceAt(ArticleAnalysis a, int start) {
        Mention p = start > 0 ? a.mentionAt(EntityType.PLACE, start) : null;
        if (p == null || p.begin() == start) return start;
        for (Mention before = a.mentionAt(EntityType.PLACE, p.begin() - 1); before != null && before.end() == p.begin() && contains(before, p);
             before = a.mentionAt(EntityType.PLACE, p.begin() - 1)) {
            p = before;
        }
        return p.begin();
    }

    /** The first place of the chain of places (西安市雁塔区) nearest before {@code end} in [begin, end), or null. */
    private static Mention placeChainNearest(ArticleAnalysis a, int begin, int end) {
        Mention last = null;
        for (Mention p : a.mentions(EntityType.PLACE)) {
            if (p.begin() >= begin && p.end() <= end && (last == null || p.begin() > last.begin())) last = p;
        }
        for (Mention before = last == null ? null : a.mentionAt(EntityType.PLACE, last.begin() - 1);
             before != null && before.end() == last.begin() && before.begin() >= begin && contains(before, last);
             before = a.mentionAt(EntityType.PLACE, last.begin() - 1)) {
            last = before;
        }
        return last;
    }

    /**
     * Whether place {@code outer} contains {@code inner} (西安市 contains 雁塔区), so that they chain into one place
     * name; a city before a province (五家渠市新疆…) starts no chain. Places without codes chain as before.
     */
    private static boolean contains(Mention outer, Mention inner) {
        String o = outer.attr("adminCode"), i = inner.attr("adminCode");
        return o == null || i == null || i.startsWith(o);
    }

    /**
     * A dictionary word that runs past a suffix (大学生, 中心城区) means the suffix does not end a name there, unless
     * a role word starts right after the suffix (督导组组长, glued as 组组/长): that is the title of the body's head.
     */
    private boolean tokenRunsOn(ArticleAnalysis a, int e) {
        Token t = a.tokenCovering(e - 1);
        return t != null && t.end() > e && !t.nature().startsWith("nt") && !t.nature().equals("nis")
                && lex.roleIndex.startingAt(a.text(), e, 2) == null && !headTitleShares(a.text(), e);
    }

    /**
     * 公安局长, 司法厅长: a role word ending in 长 that shares the last character of a suffix of two or more characters
     * names the body's head (a one-character suffix, as in 副局长 or 局局长, is the role's own first character; so is a
     * repeated suffix, as in 支队支队长).
     */
    private boolean headTitleShares(String text, int e) {
        if (e >= text.length() || text.charAt(e) != '长' || lex.roleIndex.startingAt(text, e - 1, 2) == null) return false;
        String suf = names.suffixEndingAt(text, e, 12);
        // 网安支队支队长: the suffix repeated before the role is the body, the second one is the title's
        return suf != null && suf.length() >= 2 && !text.startsWith(suf, e - 2 * suf.length());
    }

    /**
     * The end of a state body right before a 党组/党委 suffix (南山区人民检察院党组, 甘肃省公安厅党委), or null.
     * Such a party group is that body's leadership; the graph keeps the body and the title (党组书记) says the rest.
     */
    private Integer organBefore(String text, int start, int suffixStart) {
        String suffix = text.substring(suffixStart, Math.min(text.length(), suffixStart + 2));
        if (!suffix.equals("党组") && !suffix.equals("党委")) return null;
        // 中共某某政协党组: the party's name in front names the party group itself, no state body
        if (partyStarts.startingAt(text, start, 2) != null) return null;
        String organ = names.suffixOf(text.substring(start, suffixStart));
        return organ != null && names.isStateBody(organ) ? suffixStart : null;
    }

    /**
     * 自治区政府党组: the party group of a government is a body of its own (it meets, it is reported on, its members
     * are the government's leaders) and part of that government; added with the body's label before its own head.
     * The 党组/党委 of a court, procuratorate or bureau is read as the body only: posts in it are held in the body.
     */
    private void partyGroupOf(ArticleAnalysis a, Mention body, int start, int end) {
        String head = a.text().substring(body.end(), end);
        Mention group = mention(a, body.label() + head, a.text().substring(start, end), start, end);
        a.add(group);
        a.add(new Relation(group, Relation.Kind.SUB_ORGANIZATION_OF, body, start, end, name(), Confidence.PATTERN));
    }

    /** A branch named inside its parent's name (济南市公安局市中分局). */
    private boolean isSubUnit(String name) {
        return subUnits.endOf(name) != null;
    }

    /**
     * 委员会委员 is a person, 公安局员工 staff: a suffix followed by more of a word is no name end. 大庆市公安局长 is the
     * head of 大庆市公安局: a role word that shares the suffix's last character (局长, 厅长) names the body's head.
     */
    private boolean continuesWord(String text, int e, String suf) {
        char next = text.charAt(e);
        if (headTitleShares(text, e)) return false;
        if ("长员".indexOf(next) >= 0 && !suf.endsWith("员会")) return true;
        return suf.equals("党委") && text.startsWith("常委", e - 1);
    }

    private boolean acceptable(ArticleAnalysis a, String name, int start, int end) {
        String suf = names.suffixOf(name);
        boolean quoted = name.startsWith("“") || start > 0 && a.text().charAt(start - 1) == '“';
        name = name.replace("“", "").replace("”", "");
        if (suf == null || !TextScan.isHan(name.replace("(", "").replace(")", ""))) return false;
        // “枫桥式公安派出所” is a kind of police station (a model to emulate), not one
        if (name.contains("式")) return false;
        // 一派出所, 六个派出所, 四家公司: a numeral before the suffix counts, it does not name
        int sufAt = name.length() - suf.length();
        // (第一中学, 第十一中学: an ordinal numbers it)
        if (sufAt > 0 && name.charAt(sufAt - 1) == '一' && (sufAt < 2 || "第十百".indexOf(name.charAt(sufAt - 2)) < 0)) return false;
        if (COUNTED.matcher(name).region(0, sufAt).find()) return false;
        // 某县一家养老院: a count inside the name picks one of several, unnamed
        if (weakHeads.contains(suf) && COUNT_INSIDE.matcher(name).region(0, sufAt).find()) return false;
        // courts, procuratorates, police and bureaus are always some place's (or the supreme, national) body
        String kind = names.kindOf(suf);
        if (placeBound.contains(suf) && !hasPlacePrefix(a, start, end) && unplacedStarts.startingAt(name, 0, 1) == null) return false;
        if (pluralLevels(a, start)) return false;
        // 犯罪集团, 诈骗团伙: criminal groups are no companies
        if ("company".equals(names.kindOf(suf)) && criminalWords.occursIn(name, 1)) return false;
        // common nouns before a generic head (法官工作站, 网格员工作站) name no body; quotes or a place do
        if (weakHeads.contains(suf) && !quoted && !hasPlacePrefix(a, start, end) && !levelWordNames(a, name, start, suf) && !deedsNamed(a, name, start, suf)
                && !namedByBrand(a, kind, start, end - suf.length()) && !nationalDesignation(a, name, start, suf)
                && !nationalSociety(a, name, start, suf, kind)) return false;
        // 大厅, 格局, 中小学: everyday words that end in a head
        if (commonNouns.endOf(name) != null) return false;
        // 省公安厅, 市司法局: a level word alone before the suffix names the article's province, city …
        boolean levelOnly = name.length() == suf.length() + 1 && countyLevelChars.indexOf(name.charAt(0)) >= 0 && suf.length() >= 2;
        if (name.length() < suf.length() + 2 && !levelOnly) return false;
        // 政府 after a place or level word is a government; 法治政府, 服务型政府 are ideals
        if (suf.endsWith("政府") && !endsWithPlaceOrLevel(a, name, start, end - suf.length())) return false;
        if (weakStarts.contains(name.substring(0, 1)) && !hasPlacePrefix(a, start, end) && !quoted) return false;
        // 北京各大商场, 广东多家超市, 南京一商场: a counting or pointing word right after the place names several or any
        if (!quoted && weakAfterPlace(a, start, end)) return false;
        // 广州来的游客在商场: a company's name runs from its place over any brand, but never over a clause's stop word
        if ("company".equals(kind) && !quoted && stopWordBefore(a, start, end - suf.length())) return false;
        if (insideTitleMarks(a.text(), start)) return false;
        if (!quoted && (afterEveryWord(a, start) || verbOnHead(a, start, end - suf.length()))) return false;
        boolean strong = suf.length() >= 3 || hasPlacePrefix(a, start, end) || strongStarts.startingAt(name, 0, 1) != null
                || (weakHeads.contains(suf) || "company".equals(kind)) && namedByBrand(a, kind, start, end - suf.length())
                || nationalDesignation(a, name, start, suf) || nationalSociety(a, name, start, suf, kind);
        return strong;
    }

    /**
     * 某省省级纪委, 某省级纪委: 级 right after a place that ends in its unit (省, 市, 县) makes the unit a rank of the
     * body (provincial-level), so the body is that place's own; the name without 级. {@code name} stands at start.
     */
    private String withoutRankMark(ArticleAnalysis a, String name, int start) {
        for (int i = 2; i < name.length() - 2; i++) {
            if (name.charAt(i) != '级' || countyLevelChars.indexOf(name.charAt(i - 1)) < 0) continue;
            Mention p = a.mentionAt(EntityType.PLACE, start + i - 1);
            if (p != null && p.end() == start + i) return name.substring(0, i) + name.substring(i + 1);
        }
        return name;
    }

    /**
     * 某县某镇某村原党支部书记: 原 right after the place a body is named after marks the post as former; the body's
     * name is the place and the head without it. So too after the parent body a unit is part of (某集团公司原党委常委:
     * {@code parentEnds}, where a suffix ends inside the name). The name at [start, end), so cleaned.
     */
    private static String withoutFormerMark(ArticleAnalysis a, int start, int end, java.util.Collection<Integer> parentEnds) {
        String text = a.text();
        for (int i = start + 1; i < end - 2; i++) {
            if (text.charAt(i) != '原') continue;
            Mention p = a.mentionAt(EntityType.PLACE, i - 1);
            boolean after = p != null && p.end() == i || parentEnds.contains(i);
            if (after && a.mentionAt(EntityType.PLACE, i) == null)
                return text.substring(start, i) + text.substring(i + 1, end);
        }
        return text.substring(start, end);
    }

    /** 各级党建工作领导小组: a name right after a word for each of a kind (各级, 各地) is every such body, none named. */
    private boolean afterEveryWord(ArticleAnalysis a, int start) {
        Token before = start > 0 ? a.tokenCovering(start - 1) : null;
        return before != null && before.end() == start && everyWords.contains(before.word());
    }

    /**
     * 深化工商联改革: a verb alone before the head is the clause's verb and the head its object; a verb is part of a
     * name only after the words that name the body (中央全面深化改革委员会) or before its own object (深化改革).
     */
    private static boolean verbOnHead(ArticleAnalysis a, int start, int suffixStart) {
        Token first = a.tokenAt(start);
        return first != null && first.nature().equals("v") && first.end() == suffixStart;
    }

    /**
     * 某某同志先进事迹报告团: a group (a weak head) that tells a person's deeds is named after that person: the name
     * starts with a person's name (as the segmenter tags it) and a deeds word stands right before the head.
     */
    private boolean deedsNamed(ArticleAnalysis a, String name, int start, String suf) {
        Token first = a.tokenAt(start);
        return first != null && first.isPersonName() && deedsWords.endOf(name.substring(0, name.length() - suf.length())) != null;
    }

    /**
     * 看望某某同志和先进事迹报告团成员: a deeds group named without its person (a weak head right after a deeds phrase,
     * nothing before) is the group of the person whose deeds the article names with that phrase elsewhere
     * (某某同志先进事迹报告会); that person's name and 同志, or null.
     */
    private String honoureeElsewhere(ArticleAnalysis a, String name, int start) {
        String suf = names.suffixOf(name), text = a.text();
        if (suf == null || !weakHeads.contains(suf) || name.length() == suf.length()) return null;
        String phrase = name.substring(0, name.length() - suf.length());
        if (deedsWords.endOf(phrase) == null || a.tokenAt(start) == null || a.tokenAt(start).isPersonName()) return null;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int p = text.startsWith("同志", at - 2) ? at - 2 : at;
            Token person = p > 0 ? a.tokenCovering(p - 1) : null;
            if (person != null && person.end() == p && person.isPersonName()) return text.substring(person.begin(), at);
        }
        return null;
    }

    /**
     * The start of a name that the name-start rules put after a person's name (people are no part of a body's name),
     * moved back over that name when a deeds word follows it before {@code suffixStart} (某某同志先进事迹报告团).
     */
    private int honoureeStart(ArticleAnalysis a, int start, int suffixStart) {
        Token before = start > 0 ? a.tokenCovering(start - 1) : null;
        if (before == null || before.end() != start || !before.isPersonName()) return start;
        String between = a.text().substring(start, suffixStart);
        return deedsWords.endOf(between) != null && between.length() <= 8 ? before.begin() : start;
    }

    /**
     * 市第一中学, 省人民医院, 自治区人民医院: a level word (place-references.txt, unit), then a word, then a weak head names the body of the article's
     * place of that level, and so does one right before a head of three characters or more (省博物馆, 县人民医院);
     * one right before a shorter head (市中心, 区医院) is an ordinary phrase.
     */
    private boolean levelWordNames(ArticleAnalysis a, String name, int start, String suf) {
        String level = levelStarts.startingAt(name, 0, 1);
        return level != null && (name.length() > level.length() + suf.length() || suf.length() >= 3) && !levelInWord(a, start, level);
    }

    /**
     * 区域养老服务中心, 县级医院: a level word that starts a longer word (区域, a region) or a rank (县级, county-level)
     * names no place of that level.
     */
    private static boolean levelInWord(ArticleAnalysis a, int start, String level) {
        int after = start + level.length();
        if (after < a.text().length() && a.text().charAt(after) == '级') return true;
        Token t = a.tokenAt(start);
        return t != null && t.word().length() > level.length()
                && !t.nature().startsWith("ns") && !t.nature().startsWith("nt") && !t.nature().startsWith("ni");
    }

    /**
     * 某某科技国家风电创新中心, 某某大学国家重点实验室: a centre or laboratory the state designated carries its holder's
     * name, then 国家, its field and the head. Needs a holder (a noun or name, not a verb, time or count) before 国家
     * and a field after it (国家级, a rank, is none): 建设国家科技创新中心 states a goal, 首个国家…中心 counts.
     */
    private boolean nationalDesignation(ArticleAnalysis a, String name, int start, String suf) {
        if ("company".equals(names.kindOf(suf))) return false;
        int at = name.lastIndexOf("国家", name.length() - suf.length() - 1);
        if (at < 2 || at + 2 >= name.length() - suf.length() || name.charAt(at + 2) == '级') return false;
        Token holder = a.tokenCovering(start + at - 1);
        return holder != null && (holder.nature().startsWith("n") || holder.nature().equals("j"));
    }

    /**
     * 乡镇派出所, 县市医院: a name that starts with a word of two level words (乡镇/n) names every body of those levels,
     * not one (省市场监管局 starts with 省 and 市场, no such word).
     */
    private boolean pluralLevels(ArticleAnalysis a, int start) {
        String text = a.text(), level = levelStarts.startingAt(text, start, 1);
        if (level == null) return false;
        String second = levelStarts.startingAt(text, start + level.length(), 1);
        Token t = a.tokenCovering(start);
        if (second != null && t != null && t.begin() == start && t.end() == start + level.length() + second.length()) return true;
        // 各区市党委: the name starts at the second of two level words (区市), every body of both levels again —
        // unless the first ends a place's name (某某区市场监管局 is no such pair)
        String first = start > 0 ? levelStarts.startingAt(text, start - 1, 1) : null;
        return first != null && first.length() == 1 && !a.overlaps(start - 1, start, EntityType.PLACE);
    }

    /** Whether a one-character stop word (的, 在, 和) stands as a word of its own in [begin, end). */
    private boolean stopWordBefore(ArticleAnalysis a, int begin, int end) {
        for (int at = begin; at < end; ) {
            Token t = a.tokenCovering(at);
            if (t == null) return false;
            if (t.begin() >= begin && t.end() <= end && nameStarts.isSingleCharStop(t.word())) return true;
            at = Math.max(t.end(), at + 1);
        }
        return false;
    }

    private boolean weakAfterPlace(ArticleAnalysis a, int start, int end) {
        int at = start;
        for (Mention p = a.mentionAt(EntityType.PLACE, at); p != null && p.begin() == at && p.end() < end; p = a.mentionAt(EntityType.PLACE, at))
            at = p.end();
        return at > start && at < end && weakStarts.contains(a.text().substring(at, at + 1));
    }

    private boolean endsWithPlaceOrLevel(ArticleAnalysis a, String name, int start, int at) {
        if (at <= start) return false;
        if (levelChars.indexOf(a.text().charAt(at - 1)) >= 0) return true;
        Mention p = a.mentionAt(EntityType.PLACE, at - 1);
        return p != null && p.end() == at;
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
        return mention(a, surface, surface, start, end);
    }

    /** A mention named {@code name} that stands as {@code surface} at [start, end) (a listed body's name has its list's place). */
    private Mention mention(ArticleAnalysis a, String name, String surface, int start, int end) {
        String bare = name.replace("“", "").replace("”", "");
        Set<String> aliases = new HashSet<>();
        // 道里区第十一届委员会 is the district committee of every term; the term stays an alias
        String termless = OrganizationNames.TERM_NUMBER.matcher(bare).replaceAll("");
        if (!termless.equals(bare)) {
            aliases.add(bare);
            bare = termless;
        }
        String label = names.expand(bare);
        if (!label.equals(bare)) aliases.add(bare);
        String belowProvince = withoutProvince(a, start, end);
        if (belowProvince != null) aliases.add(names.expand(belowProvince));
        String qualified = names.qualify(label, (unit, level) -> ArticlePlaces.mainPlace(a, unit, level));
        double conf = hasPlacePrefix(a, start, end) ? Confidence.PATTERN : Confidence.WEAK_PATTERN;
        if (qualified != null) {
            aliases.add(label);
            aliases.add(names.qualify(name, (unit, level) -> ArticlePlaces.mainPlace(a, unit, level)));
            label = qualified;
            conf = Confidence.CONTEXT + 0.1;
        }
        aliases.remove(label);
        aliases.remove(null);
        Map<String, String> attrs = new HashMap<>();
        attrs.put("orgKind", names.kindOf(name));
        return new Mention(EntityType.ORGANIZATION, label, aliases, surface, start, end, name(), conf, attrs);
    }

    /** 株洲市公安局 for 湖南省株洲市公安局: the name without a province that stands before a lower place. */
    private static String withoutProvince(ArticleAnalysis a, int start, int end) {
        Mention first = a.mentionAt(EntityType.PLACE, start);
        if (first == null || first.begin() != start || first.attr("adminCode") == null || first.attr("adminCode").length() != 2) return null;
        Mention next = a.mentionAt(EntityType.PLACE, first.end());
        return next != null && next.begin() == first.end() && next.end() < end ? a.text().substring(first.end(), end) : null;
    }

    private void addPlaceLinks(ArticleAnalysis a, Mention org, int start, int end) {
        addPlaceLinks(a, org, start, end, start, end);
    }

    /** The jurisdiction of {@code org}: the last coded place in [start, end), stated by the text at [from, to). */
    private void addPlaceLinks(ArticleAnalysis a, Mention org, int start, int end, int from, int to) {
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
        if (last != null) a.add(new Relation(org, Relation.Kind.JURISDICTION, last, from, to, name(), org.confidence()));
    }
}
