package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.nlp.HanLpAdapter;
import govkg.nlp.Token;

import java.util.Set;

/**
 * Decides where a person's name that starts at a given offset ends, and whether a candidate can be a
 * name at all: a surname first, two or three characters, no role word or common word inside.
 * HanLP's segmentation is evidence (a word starting right after two characters means a two-character
 * name), never the decision. Thread-safe.
 */
public final class PersonNames {
    private final Lexicons lex;
    /** Words that follow a name in reports (person-cue speech, activity, after-name, case-name and passive): a name stops before them. */
    private final TermIndex afterName;
    /** Words a name never ends in or holds after its surname (person-cue not-name, honorific, activity: 王同志, 李先生, 张一行). */
    private final java.util.List<String> notNameWords;
    /** Words that join names (person-cue conjunction: 和, 与, 等). */
    private final Set<String> conjunctions;
    /** Characters that end names of places, bodies and cases (person-cue head: 市, 村, 案). */
    private final Set<String> heads;
    /** Titles of address and honorifics said after a name (小姐, 先生, 主席). */
    private final Set<String> addresses;
    /** Characters of a written number or count (numeral: 三, 百, 余). */
    private final Set<String> numerals;
    /** Modifiers said before a role word (副, 常务, 原): a "name" made of nothing else is the start of a title. */
    private final TermIndex roleModifiers;

    public PersonNames(Lexicons lex) {
        this.lex = lex;
        this.afterName = lex.index(LexiconKind.PERSON_CUE, "speech", "activity", "after-name", "held-post", "copula", "case-name", "passive", "conjunction", "list-end", "title-after");
        this.notNameWords = lex.withValues(LexiconKind.PERSON_CUE, "not-name", "honorific", "activity");
        this.conjunctions = Set.copyOf(lex.withValues(LexiconKind.PERSON_CUE, "conjunction", "list-end"));
        this.heads = Set.copyOf(lex.withValues(LexiconKind.PERSON_CUE, "head"));
        this.numerals = lex.words(LexiconKind.NUMERAL);
        this.addresses = Set.copyOf(lex.withValues(LexiconKind.PERSON_CUE, "address", "honorific"));
        this.roleModifiers = lex.index(LexiconKind.PERSON_CUE, "role-modifier");
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
            // 李克强同/p 欧盟…: a one-character preposition after HanLP's name ends it
        if (first != null && first.isPersonName() && first.word().length() >= 2 && first.word().length() <= 3 && valid(first.word())
                && prepositionAt(a, pos + first.word().length())) return first.word().length();
        // 于晓明代表说: HanLP reads 于晓/nr 明代/t, but the character after its name and a word that follows names make a third
            if (first.word().length() == 2 && end + 1 < text.length() && TextScan.isHan(text.charAt(end)) && !startsAfterNameWord(text, end)
                    && afterName.startingAt(text, end + 1, 2) != null && valid(text.substring(pos, end + 1))) return 3;
            if (end == text.length() || !TextScan.isHan(text.charAt(end)) || TextScan.isBoundary(text.charAt(end))
                    || startsAfterNameWord(text, end) || wordStartsAt(a, end) || nameStartsAt(a, end)) return first.word().length();
            // 王晓/nr 晖/nz 以/p: a character HanLP left between its two-character name and a preposition completes the name
            if (first.word().length() == 2 && leftOverGivenCharacter(a, end) && valid(text.substring(pos, end + 1)) && rolesFit(a, pos, end + 1)) return 3;
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

    private static boolean prepositionAt(ArticleAnalysis a, int at) {
        Token t = a.tokenAt(at);
        return t != null && t.word().length() == 1 && t.nature().equals("p");
    }

    /** A one-character word of a bound morpheme's or proper noun's kind (晖/nz, 琳/ng) at {@code at}, right before a preposition. */
    private static boolean leftOverGivenCharacter(ArticleAnalysis a, int at) {
        Token mid = a.tokenAt(at), next = a.tokenAt(at + 1);
        if (mid == null || next == null || mid.word().length() != 1 || next.word().length() != 1 || !next.nature().equals("p")) return false;
        String n = mid.nature();
        return n.equals("nz") || n.equals("ng") || n.equals("x") || n.equals("g");
    }

    /** 刘黎和王某: HanLP's three-character name ends in 和 and more follows, so 和 joins two names; 魏某和出席 keeps it. */
    private boolean endsInConjunction(String text, int pos, String word) {
        if (!conjunctions.contains(word.substring(word.length() - 1))) return false;
        int after = pos + word.length();
        return after < text.length() && TextScan.isHan(text.charAt(after)) && !startsAfterNameWord(text, after);
    }

    private boolean isFunctionWord(Token t) {
        String n = t.nature();
        // verbs only when they are the verbs that follow names (强调, 表示): 雷鸣/vi is a name as well as thunder
        return n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.equals("d") || n.startsWith("r")
                || n.startsWith("v") && startsAfterNameWord(t.word(), 0) && t.word().length() >= 2;
    }

    boolean startsAfterNameWord(String text, int at) {
        return afterName.startingAt(text, at, 1) != null;
    }

    /**
     * 王立新李国栋: in a run of full names without separators (lists of members) HanLP's next name starts at
     * {@code at}. Only three-character names count: shorter adjacent "names" are more often an unknown word HanLP
     * cut into pieces (呼格/nr 吉勒/nr).
     */
    private static boolean nameStartsAt(ArticleAnalysis a, int at) {
        Token prev = a.tokenCovering(at - 1), t = a.tokenAt(at);
        return t != null && prev != null && prev.word().length() == 3 && t.word().length() == 3 && t.nature().equals("nr");
    }

    /** True when HanLP puts a word of two or more characters (not a name part) at {@code at}. */
    private static boolean wordStartsAt(ArticleAnalysis a, int at) {
        Token t = a.tokenAt(at);
        return t != null && t.word().length() >= 2 && !t.isPersonName();
    }

    public boolean valid(String name) {
        if (name.length() < 2 || name.length() > 4 || !TextScan.isHan(name)) return false;
        if (!lex.isSurnameStart(name)) return false;
        for (String tail : notNameWords) if (name.endsWith(tail) || name.startsWith(tail, 1)) return false;
        if (lex.roleIndex.occursIn(name, 2)) return false;
        return !onlyRoleModifiers(name);
    }

    /** 原副 (…委员会原副主任委员): role modifiers and nothing else are the start of a title, not a name. */
    boolean onlyRoleModifiers(String words) {
        if (words.isEmpty()) return false;
        for (int at = 0; at < words.length(); ) {
            String w = roleModifiers.startingAt(words, at, 1);
            if (w == null) return false;
            at += w.length();
        }
        return true;
    }

    /** How often a given name must be in the dictionary as a common word before it is read as that word (向社会). */
    private static final int COMMON_WORD = 50;
    /** How often the surname's character and the next must be a dictionary word before a three-character name is read as that word. */
    private static final int COMMON_HEAD = 20;
    /** How often a one-character given name must be in the dictionary as a word before a two-character name is read as a phrase. */
    private static final int FREE_WORD = 500;

    /**
     * Whether a name HanLP alone proposes at [begin, end), with no cue around it, passes the general filters for
     * what its recognizer mistakes for names: not right after a number (3时许, 100余件); no dictionary word that is no
     * name (安全); not ending in a function word or adverb (关的, 林火仍); no frequent common word after the surname
     * (向社会, 金莲花); not ending in or standing before a place's, body's or case's head (林盖市, 张某村, 张某公司).
     */
    /** What a number after a name may be: a date or time (王立新3日会见, 8时许). */
    private static final String DATE_UNITS = "日号月年时点";

    /**
     * 蒙东100万千瓦: a number right after the word that counts something (not a date: 王立新3日) makes the word a
     * place's or a thing's, as in a headline; HanLP's name with no cue is none there.
     */
    private static boolean beforeCount(String text, int end) {
        int at = end;
        while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
        return at > end && at < text.length() && DATE_UNITS.indexOf(text.charAt(at)) < 0 && text.charAt(at) != '.' && text.charAt(at) != '-';
    }

    public boolean plausibleAlone(ArticleAnalysis a, int begin, int end) {
        String text = a.text();
        if (begin > 0 && isNumeral(text.charAt(begin - 1))) return false;
        if (beforeCount(text, end)) return false;
        String name = text.substring(begin, end);
        // 玉山·买买提: a name right before or after a name's dot is one part of a transliterated name
        if (begin > 0 && ForeignNames.isDot(text.charAt(begin - 1)) || end < text.length() && ForeignNames.isDot(text.charAt(end))) return false;
        // 在常和长、严和实上下功夫: items of one shape around a conjunction, listed side by side, are pairs of words
        if (coordinatedPair(a, begin, end)) return false;
        HanLpAdapter.DictionaryEntry whole = a.dictionaryEntry(name);
        if (whole.known() && !whole.canBeName()) return false;
        // 李鹏, 马克思: a person the dictionary knows by this name is one, whatever words stand around it (举行李鹏致辞)
        boolean known = whole.known() && whole.natures().get(0).startsWith("nr");
        if (known && !quoted(text, begin, end)) return true;
        HanLpAdapter.DictionaryEntry last = a.dictionaryEntry(name.substring(name.length() - 1));
        if (last.known() && !last.canBeName() && isFunction(last.natures().get(0))) return false;
        int surname = name.length() > 3 || lex.surnames.contains(name.substring(0, Math.min(2, name.length()))) && name.length() > 2 ? 2 : 1;
        HanLpAdapter.DictionaryEntry first = a.dictionaryEntry(name.substring(0, 1));
        if (surname == 1 && first.known() && first.natures().get(0).equals("p") && begin > 0) {
            // 诞生于上个世纪, 问需于民: a surname's character read first as a preposition, right after a verb, is that preposition
            // (an intransitive or one-character verb: 会见于明远 keeps its object)
            Token verb = a.tokenCovering(begin - 1);
            if (verb != null && verb.end() == begin && (verb.nature().equals("vi") || verb.nature().startsWith("v") && verb.word().length() == 1)) return false;
        }
        if (surname == 1 && first.known() && isFunction(first.natures().get(0)) && name.length() == 3) {
            // 都能看, 向海岸: a surname's character that is mostly an adverb or preposition, before a word or a verb, starts a phrase
            HanLpAdapter.DictionaryEntry rest = a.dictionaryEntry(name.substring(1));
            if (rest.known() && !rest.canBeName() || last.known() && last.natures().get(0).startsWith("v")) return false;
        }
        if (surname == 1 && name.length() == 3) {
            // 程序繁: the surname's character and the next make a common word of their own
            HanLpAdapter.DictionaryEntry head = a.dictionaryEntry(name.substring(0, 2));
            String n = head.known() ? head.natures().get(0) : "";
            if (head.frequency() >= COMMON_HEAD && (n.startsWith("n") && !n.startsWith("nr") || n.startsWith("v") || n.startsWith("a"))) return false;
        }
        if (name.length() - surname >= 2) {
            HanLpAdapter.DictionaryEntry given = a.dictionaryEntry(name.substring(surname));
            String n = given.known() ? given.natures().get(0) : "";
            if (!given.canBeName() && given.frequency() >= COMMON_WORD && (n.startsWith("n") && !n.startsWith("ns") && !n.startsWith("nz") || n.startsWith("a")))
                return false;
        }
        // 伊朗东南部…, 该国北部…: a region of a country (a direction word ending in 部) is followed by a place, not a person
        Token before = begin > 0 ? a.tokenCovering(begin - 1) : null;
        if (before != null && before.end() == begin && before.nature().startsWith("f") && before.word().length() >= 2 && before.word().endsWith("部")) return false;
        // “韦帕”, “放管服”: a quoted word is a term (a typhoon's, a brand's, a slogan's), not a person
        if (quoted(text, begin, end)) return false;
        // 黄百铁路, 金风科技: a noun right after makes the "name" its modifier; people are followed by verbs and particles
        // …, but a title of address after a name is what follows people (张丽小姐)
        Token next = a.tokenAt(end);
        if (next != null && !addresses.contains(next.word()) && next.word().length() >= 2 && next.nature().startsWith("n") && !next.nature().startsWith("nr") && !next.nature().startsWith("nnt")) return false;
        if (name.length() == 2) {
            // 稳中向好: a given name that is a frequent word of its own, and no name character, makes a phrase
            HanLpAdapter.DictionaryEntry given = a.dictionaryEntry(name.substring(1));
            if (!given.canBeName() && given.frequency() >= FREE_WORD) return false;
            // 对方应为: the surname's character ends a word with the one before (对方), or the given name starts one with the next (应为)
            if (begin > 0 && isCommonWord(a, text.substring(begin - 1, begin + 1))) return false;
            if (end < text.length() && isCommonWord(a, text.substring(end - 1, end + 1))) return false;
        }
        if (heads.contains(name.substring(name.length() - 1))) return false;
        if (end < text.length() && heads.contains(text.substring(end, end + 1))) return false;
        return end >= text.length() || lex.orgSuffixIndex.startingAt(text, end, 2) == null;
    }

    /**
     * Whether the three characters at [begin, end) are X和Y (a conjunction in the middle) and a 、 joins them to a
     * neighbouring item of the same shape (常和长、严和实): a list of pairs of words, not of names.
     */
    private boolean coordinatedPair(ArticleAnalysis a, int begin, int end) {
        String text = a.text();
        if (end - begin != 3 || !conjunctions.contains(text.substring(begin + 1, begin + 2))) return false;
        // 王和平、李和顺 are names: the first character is read first as a noun (a surname), not as an adjective or adverb
        HanLpAdapter.DictionaryEntry first = a.dictionaryEntry(text.substring(begin, begin + 1));
        String n = first.known() ? first.natures().get(0) : "n";
        if (!(n.startsWith("a") || n.startsWith("d") || n.startsWith("v"))) return false;
        boolean before = begin >= 4 && text.charAt(begin - 1) == '、' && text.substring(begin - 3, begin - 2).equals(text.substring(begin + 1, begin + 2));
        boolean after = end + 3 <= text.length() && text.charAt(end) == '、' && text.substring(end + 2, end + 3).equals(text.substring(begin + 1, begin + 2));
        return before || after;
    }

    /** How often HanLP's person-role dictionary must have seen a character as a one-character given name before an uncued two-character name may end in it. */
    private static final int SINGLE_GIVEN_SEEN = 10;
    /** How often it must have seen a character in a two-character given name (first or last) before an uncued three-character name may hold it. */
    private static final int GIVEN_SEEN = 5;
    /** The smallest share of a character's name roles that must be given-name roles for it to stand in a given name. */
    private static final double GIVEN_SHARE = 0.1;

    /**
     * Whether each character of a Chinese name HanLP alone proposes at [begin, end) can stand where the name puts it,
     * by the person-role statistics HanLP's own recognizer is trained on: the surname's character was seen as a
     * surname (锡斯坦: 锡 only starts given names); a one-character given name was seen as one (应尽, 敬师: 尽 and 师
     * hardly ever); each character of a two-character given name was seen in given names, and not almost only as a
     * surname (余部整, 车北车: 整 and 部 hardly ever, 车 nearly always a surname). A character the role dictionary does
     * not know at all is no evidence either way (rare characters of real names); a withheld name (毕某) has no given name.
     */
    public boolean rolesFit(ArticleAnalysis a, int begin, int end) {
        String name = a.text().substring(begin, end);
        if (name.length() < 2 || name.length() > 3 || name.endsWith("某") || lex.surnames.contains(name.substring(0, Math.min(2, name.length()))) && name.length() > 2
                && !lex.surnames.contains(name.substring(0, 1))) return true;     // double surnames: the roles are of single characters
        HanLpAdapter.DictionaryEntry whole = a.dictionaryEntry(name);
        if (whole.known() && whole.natures().get(0).startsWith("nr")) return true;
        int[] surname = a.personRoles(name.substring(0, 1));
        if (seen(surname) && surname[0] == 0) return false;
        if (name.length() == 2) {
            int[] given = a.personRoles(name.substring(1));
            return !seen(given) || given[1] >= SINGLE_GIVEN_SEEN;
        }
        return givenCharacter(a.personRoles(name.substring(1, 2))) && givenCharacter(a.personRoles(name.substring(2)));
    }

    private static boolean seen(int[] roles) {
        return roles[0] + roles[1] + roles[2] + roles[3] > 0;
    }

    /** A character seen in given names often enough, and in them at least {@link #GIVEN_SHARE} of the times it is seen. */
    private static boolean givenCharacter(int[] roles) {
        int given = roles[1] + roles[2] + roles[3];
        return !seen(roles) || given >= GIVEN_SEEN && given >= GIVEN_SHARE * (given + roles[0]);
    }

    /** How many times HanLP must recognise the same three-character name in one article for its recurrence to outweigh the filters. */
    private static final int RECURRING = 3;
    /** Share of a surname's character's person roles that must be the surname role for {@link #recurringName}. */
    private static final double SURNAME_SHARE = 0.9;

    /**
     * Whether HanLP's name {@code t} recurs often enough in the article to be a name though a filter for names proposed
     * alone rejects it (a historical figure whose given name ends in an adverb's character): three characters, a
     * character that is almost only a surname, and at least {@link #RECURRING} whole-word recognitions. Words HanLP
     * mistakes for names once rarely recur as the same name with such a surname.
     */
    public boolean recurringName(ArticleAnalysis a, Token t, java.util.Map<String, Integer> nrCounts) {
        String w = t.word();
        if (w.length() != 3 || !valid(w) || nrCounts.getOrDefault(w, 0) < RECURRING) return false;
        int[] r = a.personRoles(w.substring(0, 1));
        int all = r[0] + r[1] + r[2] + r[3];
        return all > 0 && r[0] >= SURNAME_SHARE * all;
    }

    private static boolean quoted(String text, int begin, int end) {
        return begin > 0 && OPENING_QUOTES.indexOf(text.charAt(begin - 1)) >= 0 || end < text.length() && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
    }

    private static final String OPENING_QUOTES = "“‘「『\"";
    private static final String CLOSING_QUOTES = "”’」』\"";

    private static boolean isCommonWord(ArticleAnalysis a, String w) {
        HanLpAdapter.DictionaryEntry e = a.dictionaryEntry(w);
        return e.known() && !e.canBeName();
    }

    private static boolean isFunction(String nature) {
        return nature.startsWith("u") || nature.equals("p") || nature.equals("c") || nature.startsWith("y") || nature.equals("e") || nature.equals("d");
    }

    private boolean isNumeral(char c) {
        return Character.isDigit(c) || numerals.contains(String.valueOf(c));
    }
}
