package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.nlp.Token;

import java.util.Set;

/**
 * Decides where a person's name that starts at a given offset ends, and whether a candidate can be a
 * name at all: a surname first, two or three characters, no role word or common word inside.
 * HanLP's segmentation is evidence (a word starting right after two characters means a two-character
 * name), never the decision. Thread-safe.
 */
public final class PersonNames {
    /** Words that follow a name in reports: a name stops before them. */
    static final String[] AFTER_NAME = {
            "出席", "表示", "介绍", "指出", "强调", "说", "主持", "参加", "带队", "一行", "同志", "等人", "在", "到", "来", "对",
            "要求", "认为", "透露", "告诉", "讲话", "作", "代表", "陪同", "调研", "督导", "检查", "率", "和", "与", "及", "等",
            "为", "向", "就", "也", "还", "都", "是", "的", "任", "分别", "宣读", "通报", "部署", "提出", "会见", "看望", "慰问",
            "走访", "一同", "先后", "亲自", "主持召开", "听取", "致辞", "发言", "答", "称", "坦言", "感慨", "笑着", "受", "兼", "宣布",
            "犯", "涉嫌", "因"};
    static final Set<String> NOT_NAME_TAILS = Set.of("主任", "书记", "局长", "部长", "队长", "同志", "先生", "女士",
            "记者", "干部", "群众", "市长", "县长", "区长", "委员", "常委", "领导");

    private final Lexicons lex;

    public PersonNames(Lexicons lex) {
        this.lex = lex;
    }

    /** Length (2 or 3, or 4 for a double surname) of the name starting at {@code pos}, or 0 when none can start there. */
    public int nameLength(ArticleAnalysis a, int pos) {
        String text = a.text();
        int sl = pos + 2 <= text.length() && lex.surnames.contains(text.substring(pos, pos + 2)) ? 2
                : pos < text.length() && lex.surnames.contains(text.substring(pos, pos + 1)) ? 1 : 0;
        if (sl == 0) return 0;
        // 关于, 和, 强调: a preposition, conjunction or verb HanLP reads there is no surname
        Token first = a.tokenAt(pos);
        if (first != null && !first.isPersonName() && isFunctionWord(first)) return 0;
        // HanLP's own name of two or three characters here is the best evidence of where the name ends (刘昆受… → 刘昆)
        if (first != null && first.isPersonName() && first.word().length() >= 2 && first.word().length() <= 3 && valid(first.word())
                && !endsInConjunction(text, pos, first.word())) {
            int end = pos + first.word().length();
            if (end == text.length() || !TextScan.isHan(text.charAt(end)) || TextScan.isBoundary(text.charAt(end))
                    || startsAfterNameWord(text, end) || wordStartsAt(a, end)) return first.word().length();
        }
        // 任主任, 王书记: a role word right after the surname makes it no name
        if (lex.roleIndex.startingAt(text, pos + sl, 2) != null) return 0;
        for (int len = sl + 1; len <= sl + 2; len++) {
            int end = pos + len;
            if (end > text.length() || !TextScan.isHan(text.charAt(end - 1))) return 0;
            if (end == text.length() || TextScan.isBoundary(text.charAt(end)) || !TextScan.isHan(text.charAt(end))
                    || startsAfterNameWord(text, end) || wordStartsAt(a, end)) {
                return valid(text.substring(pos, end)) ? len : 0;
            }
        }
        return 0;
    }

    /** 刘黎和王某: HanLP's three-character name ends in 和 and more follows, so 和 joins two names; 魏某和出席 keeps it. */
    private static boolean endsInConjunction(String text, int pos, String word) {
        if ("和与及等".indexOf(word.charAt(word.length() - 1)) < 0) return false;
        int after = pos + word.length();
        return after < text.length() && TextScan.isHan(text.charAt(after)) && !startsAfterNameWord(text, after);
    }

    private static boolean isFunctionWord(Token t) {
        String n = t.nature();
        // verbs only when they are the verbs that follow names (强调, 表示): 雷鸣/vi is a name as well as thunder
        return n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.equals("d") || n.startsWith("r")
                || n.startsWith("v") && startsAfterNameWord(t.word(), 0) && t.word().length() >= 2;
    }

    static boolean startsAfterNameWord(String text, int at) {
        return TextScan.startsWithAny(text, at, AFTER_NAME);
    }

    /** True when HanLP puts a word of two or more characters (not a name part) at {@code at}. */
    private static boolean wordStartsAt(ArticleAnalysis a, int at) {
        Token t = a.tokenAt(at);
        return t != null && t.word().length() >= 2 && !t.isPersonName();
    }

    public boolean valid(String name) {
        if (name.length() < 2 || name.length() > 4 || !TextScan.isHan(name)) return false;
        if (!lex.isSurnameStart(name)) return false;
        for (String tail : NOT_NAME_TAILS) if (name.endsWith(tail) || name.substring(1).startsWith(tail)) return false;
        if (lex.roleIndex.occursIn(name, 2)) return false;
        return true;
    }
}
