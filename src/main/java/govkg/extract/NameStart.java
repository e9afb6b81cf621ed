package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
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
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");

    /** Verbs that are part of names of bodies (依法治市办, 扫黑除恶斗争领导小组), not clause words. */
    private final Set<String> nameVerbs;
    /** Words that take an organization as their object or stand before it in a clause; a name starts after them. */
    private final Set<String> clauseWords;
    /** Scope words an event's name holds (全省…工作会议). */
    private final Set<String> scopes;
    /** One-character modal and light verbs, which end a clause even before an event's name. */
    private final Set<String> lightVerbs;
    /** Village and street words: a "person" right before one names the place a body is named after. */
    private final Set<String> settlementHeads;
    /** The business a company's brand names right after it (科技, 能源): a "person" before one is the brand. */
    private final Set<String> brandFields;
    /** Heads of venue names (大厅, 广场). */
    private final List<String> venueHeads;
    /** Counters after a number that number a term or session (届, 次). */
    private final Set<String> termCounters;
    /** Ends of time words an event's name holds (季, 年度). */
    private final List<String> periodEnds;
    /** Numerals that count loosely (一两几). */
    private final Set<String> vagueNumerals;
    /** Words a name never starts with (召开, 根据, 在 …), indexed by their last character for {@link #leftEdge}. */
    private final TermIndex leftStops;
    private final Set<String> leftStopWords;
    /** Modifiers said before a role word (副, 常务, 原). */
    private final TermIndex roleModifiers;

    NameStart(Lexicons lex) {
        this.nameVerbs = Set.copyOf(lex.withValues(LexiconKind.NAME_BOUNDARY, "name-verb"));
        this.clauseWords = Set.copyOf(lex.withValues(LexiconKind.NAME_BOUNDARY, "clause-word", "clause-scope"));
        this.scopes = Set.copyOf(lex.withValues(LexiconKind.NAME_BOUNDARY, "scope", "clause-scope"));
        this.lightVerbs = Set.copyOf(lex.withValues(LexiconKind.NAME_BOUNDARY, "light-verb"));
        this.settlementHeads = Set.copyOf(lex.withValues(LexiconKind.NAME_BOUNDARY, "settlement-head"));
        this.brandFields = Set.copyOf(lex.withValues(LexiconKind.NAME_BOUNDARY, "brand-field"));
        this.venueHeads = lex.withValues(LexiconKind.NAME_BOUNDARY, "venue-head");
        this.termCounters = Set.copyOf(lex.withValues(LexiconKind.NAME_BOUNDARY, "term-counter"));
        this.periodEnds = lex.withValues(LexiconKind.NAME_BOUNDARY, "period-end");
        this.vagueNumerals = Set.copyOf(lex.withValues(LexiconKind.NUMERAL, "vague"));
        this.leftStops = lex.index(LexiconKind.NAME_LEFT_STOP);
        this.leftStopWords = lex.words(LexiconKind.NAME_LEFT_STOP);
        this.roleModifiers = lex.index(LexiconKind.PERSON_CUE, "role-modifier");
    }

    /** True for the one-character stop words (在, 由, 和 …); callers decide about them by token (据 in 数据 is none). */
    boolean isSingleCharStop(String word) {
        return word.length() == 1 && leftStopWords.contains(word);
    }

    /**
     * Start of the name that ends at {@code end}: walks left at most {@code max} characters, stopping at punctuation
     * and at stop words of two or more characters. One-character stop words are left to the caller, which cuts by
     * HanLP's words ({@link #afterClauseWords}): as characters they stand inside names too (有 in 有限公司, 据 in 数据).
     */
    int leftEdge(String text, int end, int max) {
        int b = end;
        int limit = Math.max(0, end - max);
        while (b > limit) {
            if (TextScan.isBoundary(text.charAt(b - 1))) break;
            // the index answers longest first: a one-character answer means no longer stop word ends here
            String stop = b < end ? leftStops.endingAt(text, b) : null;
            if (stop != null && stop.length() > 1) break;
            b--;
        }
        return b;
    }

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
    int afterClauseWords(ArticleAnalysis a, int windowStart, int end, boolean rolesEnd) {
        return afterClauseWords(a, windowStart, end, rolesEnd, true);
    }

    /**
     * @param verbsEnd whether any verb ends a clause; event names hold verbs of their topic (执法司法能力提升培训班),
     *                 so for them only the other clause words count
     */
    int afterClauseWords(ArticleAnalysis a, int windowStart, int end, boolean rolesEnd, boolean verbsEnd) {
        if (windowStart >= end) return windowStart;
        int cut = 0;
        List<Token> words = a.segmentPlain(a.text().substring(windowStart, end));
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            // a one-character verb before more single characters is a piece of an unknown name (响/v 石/ng 岭/ng)
            boolean pieceOfName = t.word().length() == 1 && i + 1 < words.size() && words.get(i + 1).word().length() == 1
                    && !isSingleCharStop(t.word());
            // the gazetteer knows places the dictionary splits into pieces (豫/b 章/q 街道)
            boolean inPlace = a.overlaps(windowStart + t.begin(), windowStart + t.end(), EntityType.PLACE);
            // a classifier counts things (3个) unless it numbers a term (第九届)
            boolean count = !t.nature().equals("q") || i > 0 && words.get(i - 1).nature().startsWith("m") && !ordinal(words, i - 1);
            // 十八届中央委员: a number before 届 or 次 numbers a term or session
            boolean termNumber = t.nature().startsWith("m") && i + 1 < words.size() && termCounters.contains(words.get(i + 1).word());
            if (termNumber) { i++; continue; }
            // 第/mq 十九/m 中学: the number of an ordinal is part of the name it numbers, not a count
            if (t.nature().equals("m") && i > 0 && words.get(i - 1).word().equals("第")) continue;
            if (isClauseWord(t, rolesEnd) && !pieceOfName && !inPlace && count && !(!verbsEnd && partOfEventName(t, words, i))) cut = t.end();
            // 在人民大会堂北大厅…仪式: the venue before an event's head is where it is held, not its name
            else if (!verbsEnd && t.word().length() > 1 && endsWithAny(t.word(), venueHeads)) cut = t.end();
        }
        int start = windowStart + cut;
        // people are never part of an organization's name: 区委书记于海洋代表区委常委会
        for (int at = start; at < end; ) {     // the article's words in the name only (a scan of all was quadratic)
            Token t = a.tokenCovering(at);
            if (t == null) break;
            if (t.begin() >= start && t.end() <= end && t.isPersonName() && !a.overlaps(t.begin(), t.end(), EntityType.PLACE) && !namesABody(a, t)
                    && !modifiersOnly(t.word()))
                start = t.end();
            at = t.end();
        }
        return start;
    }

    /** 原副/nr in 委员会原副主任委员: HanLP's "name" made of role modifiers only is part of the title. */
    private boolean modifiersOnly(String word) {
        for (int at = 0; at < word.length(); ) {
            String w = roleModifiers.startingAt(word, at, 1);
            if (w == null) return false;
            at += w.length();
        }
        return true;
    }

    /**
     * A "person" right before an institution word (石岭/nr 派出所/nis, 余村/nr 党支部/nis) or a village or street word
     * (石塘/nr 村/n) or a company's business (金石/nr 科技/n) is the place or brand the body is named after: HanLP's person recognizer takes unknown place
     * names for given names, and a person standing before a body is separated from it by a verb or a title.
     */
    boolean namesABody(ArticleAnalysis a, Token t) {
        Token next = a.tokenCovering(t.end());
        return next != null && next.begin() == t.end()
                && (next.nature().equals("nis") || settlementHeads.contains(next.word()) || brandFields.contains(next.word()));
    }

    /**
     * Words an event's name holds though they end other names: the verbs of its topic (执法司法能力提升培训班), the
     * scope (全省平安建设工作会议), the year (2023年全区政法工作会议), the season (夏季…推进会) and numbers in quotes.
     * Modal and light verbs (要, 作, 是) still end a clause.
     */
    private boolean partOfEventName(Token t, List<Token> words, int i) {
        String n = t.nature(), w = t.word();
        if (n.startsWith("v")) return !clauseWords.contains(w) && !(w.length() == 1 && lightVerbs.contains(w));
        if (scopes.contains(w)) return true;
        if (YEAR.matcher(w).matches() && i + 1 < words.size() && words.get(i + 1).word().startsWith("年")) return true;
        if (w.equals("年") && i > 0 && YEAR.matcher(words.get(i - 1).word()).matches()) return true;
        if (n.startsWith("t") && endsWithAny(w, periodEnds)) return true;
        return n.startsWith("m") && !(w.length() == 1 && vagueNumerals.contains(w));
    }

    private boolean isClauseWord(Token t, boolean rolesEnd) {
        String n = t.nature(), w = t.word();
        if ("“”‘’「」".contains(w)) return false;     // quotes belong to names (新时代“枫桥经验”座谈会)
        if (clauseWords.contains(w) || isSingleCharStop(w)) return true;
        // dates and counts (20日, 3个), and people's roles (主讲人, 书记) stand before a name, never inside it
        if (!TextScan.isHan(w) || n.equals("q") || rolesEnd && n.startsWith("nnt") || w.length() > 1 && w.endsWith("人") && n.startsWith("n")) return true;
        if (nameVerbs.contains(w) || n.endsWith("g")) return false;     // bound morphemes (兆/vg) are pieces of an unknown name
        // (a Han character tagged w is one HanLP does not know, 澥 in a place's name: a piece of the name, no mark)
        return (n.startsWith("v") && !n.startsWith("vn")) || n.equals("d") || n.startsWith("t") || n.equals("p") || n.equals("c")
                || n.startsWith("u") || n.startsWith("r") || n.equals("m") && w.length() > 1 && !w.startsWith("第");
    }


    private static boolean endsWithAny(String w, List<String> ends) {
        for (String e : ends) if (w.endsWith(e)) return true;
        return false;
    }
}
