package govkg.extract;

import govkg.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Where a name or title starts inside a window of text that ends at its head word. The window is
 * re-segmented with dictionary words only, because HanLP's organization recognizer glues the verb before
 * a name into it (推广坞城派出所/nt); the name starts after the last word that belongs to a clause
 * (a verb, adverb, preposition, pronoun, count or role of a person), and after any person's name.
 */
final class NameStart {
    private NameStart() {}

    private static final java.util.regex.Pattern VENUE = java.util.regex.Pattern.compile("(堂|厅|馆|广场)\\z");
    private static final java.util.regex.Pattern SCOPE = java.util.regex.Pattern.compile("全[省市区县国]|各级");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    /** Verbs that are part of names of bodies (依法治市办, 扫黑除恶斗争领导小组), not clause words. */
    private static final Set<String> NAME_VERBS = Set.of("治", "建设", "服务", "管理", "监督", "发展", "改革", "创建", "审批", "执法",
            "保障", "调解", "监察", "检察", "审判", "安全", "救援", "规划", "保护", "促进", "协调", "整治", "研究", "宣传", "维护", "稳定", "依法",
            "打击", "治理", "监管", "服务中心", "公共", "综合", "应急", "援助", "信访", "督查", "巡视", "执行",
            "扫黑", "除恶", "禁毒", "反诈", "防范", "处置", "化解", "攻坚", "斗争", "调查", "侦查", "领导", "深化");
    /** Words that take an organization as their object or stand before it in a clause; a name starts after them. */
    private static final Set<String> CLAUSE_WORDS = Set.of("代表", "要求", "推广", "推行", "表示", "认为", "指出", "介绍", "希望", "督促",
            "责成", "协助", "配合", "支持", "帮助", "会同", "同", "向", "联合", "邀请", "委托", "组织", "召集", "会议", "全区", "全市", "全省",
            "全县", "各级", "本市", "本区", "该区", "该市", "进行", "所有", "全部", "部分", "其他", "其它", "有关", "相关", "各类", "各地", "多个", "每个");

    /** Whether the run of numerals ending at {@code last} starts with 第 (第/mq 九/m). */
    private static boolean ordinal(List<Token> words, int last) {
        int i = last;
        while (i > 0 && words.get(i - 1).nature().startsWith("m")) i--;
        return words.get(i).word().startsWith("第");
    }

    /**
     * Start of the name that ends at {@code end}, at or after {@code windowStart}.
     *
     * @param rolesEnd whether a title word (书记, 主讲人) ends a clause: yes before an organization's name, no inside a
     *                 title, where 市委常委副市长 holds several
     */
    static int afterClauseWords(ArticleAnalysis a, int windowStart, int end, boolean rolesEnd) {
        return afterClauseWords(a, windowStart, end, rolesEnd, true);
    }

    /**
     * @param verbsEnd whether any verb ends a clause; event names hold verbs of their topic (执法司法能力提升培训班),
     *                 so for them only the other clause words count
     */
    static int afterClauseWords(ArticleAnalysis a, int windowStart, int end, boolean rolesEnd, boolean verbsEnd) {
        if (windowStart >= end) return windowStart;
        int cut = 0;
        List<Token> words = a.segmentPlain(a.text().substring(windowStart, end));
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            // a one-character verb before more single characters is a piece of an unknown name (响/v 石/ng 岭/ng)
            boolean pieceOfName = t.word().length() == 1 && i + 1 < words.size() && words.get(i + 1).word().length() == 1
                    && !TextScan.isSingleCharStop(t.word());
            // the gazetteer knows places the dictionary splits into pieces (豫/b 章/q 街道)
            boolean inPlace = a.overlaps(windowStart + t.begin(), windowStart + t.end(), EntityType.PLACE);
            // a classifier counts things (3个) unless it numbers a term (第九届)
            boolean count = !t.nature().equals("q") || i > 0 && words.get(i - 1).nature().startsWith("m") && !ordinal(words, i - 1);
            // 十八届中央委员: a number before 届 or 次 numbers a term or session
            boolean termNumber = t.nature().startsWith("m") && i + 1 < words.size() && ("届".equals(words.get(i + 1).word()) || "次".equals(words.get(i + 1).word()));
            if (termNumber) { i++; continue; }
            if (isClauseWord(t, rolesEnd) && !pieceOfName && !inPlace && count && !(!verbsEnd && partOfEventName(t, words, i))) cut = t.end();
            // 在人民大会堂北大厅…仪式: the venue before an event's head is where it is held, not its name
            else if (!verbsEnd && t.word().length() > 1 && VENUE.matcher(t.word()).find()) cut = t.end();
        }
        int start = windowStart + cut;
        // people are never part of an organization's name: 区委书记于海洋代表区委常委会
        for (int at = start; at < end; ) {     // the article's words in the name only (a scan of all was quadratic)
            Token t = a.tokenCovering(at);
            if (t == null) break;
            if (t.begin() >= start && t.end() <= end && t.isPersonName() && !a.overlaps(t.begin(), t.end(), EntityType.PLACE) && !namesABody(a, t))
                start = t.end();
            at = t.end();
        }
        return start;
    }

    /**
     * A "person" right before an institution word (石岭/nr 派出所/nis, 余村/nr 党支部/nis) or a village or street word
     * (石塘/nr 村/n) is the place or brand the body is named after: HanLP's person recognizer takes unknown place
     * names for given names, and a person standing before a body is separated from it by a verb or a title.
     */
    static boolean namesABody(ArticleAnalysis a, Token t) {
        Token next = a.tokenCovering(t.end());
        return next != null && next.begin() == t.end() && (next.nature().equals("nis") || PLACE_HEADS.contains(next.word()));
    }

    private static final Set<String> PLACE_HEADS = Set.of("村", "镇", "乡", "街道", "社区", "屯", "寨", "嘎查");

    /**
     * Words an event's name holds though they end other names: the verbs of its topic (执法司法能力提升培训班), the
     * scope (全省平安建设工作会议), the year (2023年全区政法工作会议), the season (夏季…推进会) and numbers in quotes.
     * Modal and light verbs (要, 作, 是) still end a clause.
     */
    private static boolean partOfEventName(Token t, List<Token> words, int i) {
        String n = t.nature(), w = t.word();
        if (n.startsWith("v")) return !CLAUSE_WORDS.contains(w) && !(w.length() == 1 && LIGHT_VERBS.contains(w));
        if (SCOPE.matcher(w).matches()) return true;
        if (YEAR.matcher(w).matches() && i + 1 < words.size() && words.get(i + 1).word().startsWith("年")) return true;
        if (w.equals("年") && i > 0 && YEAR.matcher(words.get(i - 1).word()).matches()) return true;
        if (n.startsWith("t") && (w.endsWith("季") || w.endsWith("年度"))) return true;
        return n.startsWith("m") && !(w.length() == 1 && "一两几".indexOf(w.charAt(0)) >= 0);
    }

    private static final String LIGHT_VERBS = "作是有到称说让使请给要将会";

    private static boolean isClauseWord(Token t, boolean rolesEnd) {
        String n = t.nature(), w = t.word();
        if ("“”‘’「」".contains(w)) return false;     // quotes belong to names (新时代“枫桥经验”座谈会)
        if (CLAUSE_WORDS.contains(w) || TextScan.isSingleCharStop(w)) return true;
        // dates and counts (20日, 3个), and people's roles (主讲人, 书记) stand before a name, never inside it
        if (!TextScan.isHan(w) || n.equals("q") || rolesEnd && n.startsWith("nnt") || w.length() > 1 && w.endsWith("人") && n.startsWith("n")) return true;
        if (NAME_VERBS.contains(w) || n.endsWith("g")) return false;     // bound morphemes (兆/vg) are pieces of an unknown name
        return (n.startsWith("v") && !n.startsWith("vn")) || n.equals("d") || n.startsWith("t") || n.equals("p") || n.equals("c")
                || n.startsWith("u") || n.startsWith("r") || n.equals("w") || n.equals("m") && w.length() > 1 && !w.startsWith("第");
    }

}
