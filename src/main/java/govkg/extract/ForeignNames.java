package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Transliterated foreign names (默克尔, 约翰·史密斯): where one starts and ends, and its forms with and without
 * the separating dot. A foreign name is a run of characters of the transliteration table (transliteration.txt),
 * parts joined by a dot; HanLP tags many of them nrf, and cuts some short (库/n 琴/n 斯基/nr), which the run
 * repairs. Thread-safe.
 */
final class ForeignNames {
    /** Dots that join the parts of a foreign name (·, the full-width and the katakana middle dots). */
    private static final String DOTS = "·•・‧";
    private static final int MAX_PART = 8;

    private final Set<String> chars;
    private final TermIndex countries;
    private final PersonNames names;
    /** Titles and forms of address said after a name (总统, 先生): where a name cut into characters ends. */
    private final TermIndex roles, addresses;
    /** One-character short forms of countries (美, 俄): 美方 is the American side. */
    private final Set<String> abbreviations;
    /** Every name of a country, the short ones too (沙特 for 沙特阿拉伯). */
    private final TermIndex countryForms;

    ForeignNames(Lexicons lex, PersonNames names) {
        this.chars = lex.words(LexiconKind.TRANSLITERATION);
        this.countries = lex.index(LexiconKind.COUNTRY);
        this.names = names;
        this.roles = lex.roleIndex;
        this.abbreviations = lex.entries(LexiconKind.COUNTRY_ABBREVIATION).keySet();
        List<String> all = new ArrayList<>();
        lex.entries(LexiconKind.COUNTRY).forEach((name, value) -> {
            all.add(name);
            String[] other = value.split("\\|");
            for (int i = 1; i < other.length; i++) if (!other[i].isBlank()) all.add(other[i].strip());
        });
        all.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.countryForms = new TermIndex(all);
        this.addresses = lex.index(LexiconKind.PERSON_CUE, "address", "honorific");
    }

    boolean isTransliteration(char c) {
        return chars.contains(String.valueOf(c));
    }

    static boolean isDot(char c) {
        return DOTS.indexOf(c) >= 0;
    }

    /** The country named right before {@code end} (美国 in 美国总统), or null. */
    String countryEndingAt(String text, int end) {
        return countries.endingAt(text, end);
    }

    /** The country named at {@code at} (伊朗 in 伊朗外交部发言人), or null. */
    String countryStartingAt(String text, int at) {
        return countries.startingAt(text, at, 2);
    }

    /**
     * End of the transliterated name that starts at {@code at}: parts of two or more table characters joined by
     * dots, each part stopping before a word that follows names (默克尔表示) or before a character outside the
     * table; 0 when none starts there.
     */
    int nameEnd(String text, int at) {
        int good = 0;
        for (int p = at; ; ) {
            int q = p;
            while (q < text.length() && q - p < MAX_PART && isTransliteration(text.charAt(q))
                    && !(q > p + 1 && names.startsAfterNameWord(text, q))) q++;
            if (q - p < 2) return good;
            good = q;
            if (q + 1 < text.length() && isDot(text.charAt(q)) && isTransliteration(text.charAt(q + 1))) p = q + 1;
            else return good;
        }
    }

    /**
     * The span of HanLP's foreign name at token {@code t} with the parts it joins by dots (约翰/nrf ·/w 史密斯/nrf)
     * and single table characters HanLP left before it (库/n 琴/n 斯基/nr), or null when the token is no foreign name.
     */
    int[] around(ArticleAnalysis a, Token t) {
        String text = a.text();
        int begin = t.begin();
        // single characters before the name HanLP split off (库/n 琴/n 斯基/nr): a table character in a one-character token
        while (begin > 0 && isTransliteration(text.charAt(begin - 1))) {
            Token prev = a.tokenCovering(begin - 1);
            if (prev == null || prev.word().length() != 1) break;
            begin--;
        }
        // 阿卜杜勒/nrf ·/w 卡拉勒/nrf: the parts before a dot
        while (begin > 1 && (isDot(text.charAt(begin - 1)) || isHyphen(text.charAt(begin - 1)))) {
            Token prev = a.tokenCovering(begin - 2);
            if (prev == null || !prev.isPersonName() && !allTransliteration(prev.word())) break;
            begin = prev.begin();
        }
        // only after a name HanLP calls foreign: a two-character "name" it tags nr is often a word's start (京昆/nr 通道)
        int end = t.nature().startsWith("nrf") ? longTail(a, begin, tailEnd(a, t.end())) : tailEnd(a, t.end());
        // 迪亚斯/nrf -/nx 卡/n 内尔/nrf: the parts after a dot or a hyphen, each with the name words HanLP cut it into
        while (end + 1 < text.length() && (isDot(text.charAt(end)) || isHyphen(text.charAt(end)))) {
            Token next = a.tokenAt(end + 1);
            if (next == null || !next.isPersonName() && !allTransliteration(next.word())) break;
            end = tailEnd(a, next.end());
            for (Token more = a.tokenAt(end); more != null && more.isPersonName() && allTransliteration(more.word()); more = a.tokenAt(end))
                end = more.end();
        }
        return end - begin >= 2 ? new int[]{begin, end} : null;
    }

    /**
     * End of a name at {@code end} with the table characters HanLP left after it as one-character words (塞迪/nr 略/d,
     * 戴安/nrf 娜/x), up to a word that follows names.
     */
    private int tailEnd(ArticleAnalysis a, int end) {
        String text = a.text();
        for (int n = 0; n < MAX_TAIL && end < text.length() && isTransliteration(text.charAt(end)) && !names.startsAfterNameWord(text, end); n++) {
            Token next = a.tokenAt(end);
            // 拜登/nrf 于/p 3日: a preposition, conjunction or particle is the clause's
            if (next == null || next.word().length() != 1 || next.nature().equals("w") || "pcu".indexOf(next.nature().charAt(0)) >= 0) break;
            end++;
        }
        return end;
    }

    /** Hyphens that join the parts of a double-barrelled foreign name (阿库福-阿多); kept as written. */
    private static final String HYPHENS = "-－‐";

    static boolean isHyphen(char c) {
        return HYPHENS.indexOf(c) >= 0;
    }

    /**
     * The span of a name-shaped word HanLP tagged nr at [begin, end) that is all of the transliteration table, with the
     * pieces of the same foreign name HanLP cut off around it: one-character table words before it that are no function
     * words (恩/ng 克/q 鲁玛/nr), name words right after it (伊斯莫/nr 伊洛夫/nr) and parts after a hyphen (阿库/nr 福/n
     * -/nx 阿多/nr); null when nothing joins it, or it is no transliteration.
     */
    int[] joined(ArticleAnalysis a, int begin, int end) {
        String text = a.text();
        if (!allTransliteration(text.substring(begin, end))) return null;
        int b = begin, e = end;
        while (b > 0 && isTransliteration(text.charAt(b - 1))) {
            Token prev = a.tokenCovering(b - 1);
            if (prev == null || prev.word().length() != 1 || FUNCTION.indexOf(prev.nature().charAt(0)) >= 0) break;
            b--;
        }
        for (boolean more = true; more; ) {
            more = false;
            e = tailEnd(a, e);
            Token next = a.tokenAt(e);
            if (next != null && next.isPersonName() && allTransliteration(next.word())) { e = next.end(); more = true; continue; }
            if (e + 1 < text.length() && (isHyphen(text.charAt(e)) || isDot(text.charAt(e)))) {
                Token part = a.tokenAt(e + 1);
                if (part != null && (part.isPersonName() || part.word().length() >= 2) && allTransliteration(part.word())) { e = part.end(); more = true; }
            }
        }
        return b == begin && e == end ? null : new int[]{b, e};
    }

    /** First letters of HanLP's natures of function words, directions, numbers and punctuation (在/p, 里/f, 内/f). */
    private static final String FUNCTION = "pcudrfmwy";
    /** The same and verbs. */
    private static final String FUNCTION_OR_VERB = FUNCTION + "v";

    /**
     * 米尔/nrf 济/vg 约/d 耶/b 夫/ng 总统: a name HanLP cut into pieces after its start reaches to the end of the table
     * characters when no piece is a longer word that is a verb or function word and a word that follows names (a title,
     * a speech verb, punctuation) comes next.
     */
    private int longTail(ArticleAnalysis a, int begin, int end) {
        String text = a.text();
        int run = nameEnd(text, begin);
        if (run <= end) return end;
        if (run == text.length() || TextScan.isBoundary(text.charAt(run)) || names.startsAfterNameWord(text, run)
                || roles.startingAt(text, run, 2) != null || addresses.startingAt(text, run, 1) != null) return piecesOfName(a, end, run) ? run : end;
        // before any other word: only when HanLP read every piece as a single character and none as a preposition,
        // conjunction or particle (拜登/nrf 于/p 3日)
        for (int at = end; at < run; at++) {
            Token piece = a.tokenAt(at);
            if (piece == null || piece.word().length() != 1 || "pcu".indexOf(piece.nature().charAt(0)) >= 0) return end;
        }
        return run;
    }

    /** Whether HanLP's words fill [from, to) with no longer word that is a verb or function word (约见). */
    private boolean piecesOfName(ArticleAnalysis a, int from, int to) {
        for (int at = from; at < to; ) {
            Token piece = a.tokenAt(at);
            // pieces of HanLP's that end inside the run; a word longer than a character must be no verb (约见)
            if (piece == null || piece.end() > to || piece.word().length() > 1 && FUNCTION_OR_VERB.indexOf(piece.nature().charAt(0)) >= 0) return false;
            at = piece.end();
        }
        return true;
    }

    /** The most one-character words a name takes on after it. */
    private static final int MAX_TAIL = 1;

    /**
     * Whether [begin, end) is a piece of a longer transliterated word (尼亚 of a country, 吉勒 of 呼格吉勒图): a table
     * character sticks to it inside a word of HanLP's, or it is a country's name.
     */
    boolean isPiece(ArticleAnalysis a, int begin, int end) {
        String text = a.text();
        if (countries.endingAt(text, end) != null && countries.endingAt(text, end).length() >= end - begin) return true;
        if (begin > 0 && isTransliteration(text.charAt(begin - 1))) return true;       // a one-character token there was taken in
        // 吐尔洪·托合尼亚孜: characters that start inside the part after a name's dot are a piece of that part
        for (int p = begin - 1; p >= 0 && p >= begin - MAX_PART; p--) {
            char c = text.charAt(p);
            if (isDot(c)) return p < begin - 1;
            if (!TextScan.isHan(c) || TextScan.isBoundary(c)) break;
        }
        return end < text.length() && isTransliteration(text.charAt(end)) && a.tokenCovering(end) != null && a.tokenCovering(end).word().length() > 1
                && a.tokenCovering(end).begin() == end && !a.tokenCovering(end).isPersonName();
    }

    /** Sides of talks that are no country: the European (欧方, 欧中) and the African (非方). */
    private static final String REGION_SIDES = "欧非";
    /** What follows a country's first character: its side (方), its pair with China (中), its media (巴媒). */
    private static final String SIDE_WORDS = "方中媒";
    /** Words that join two pairs of countries (罗中和欧中): after 中, the pair ends. */
    private static final String PAIR_JOINERS = "和与及";

    /**
     * 罗方愿, 沙方, 欧中, 罗中和欧中, 巴媒: a country's first character (of a country the text names, of its pair with China
     * the text names, 中斯, or a short form) and 方 (that country's side in talks), 中 (its pair with China) or 媒 (its media) is no name, though HanLP reads one; [begin, end) is the
     * candidate name, two or three characters (the third after 方 a verb HanLP took in, after 中 a joining word).
     */
    boolean sideOfTalks(ArticleAnalysis a, int begin, int end) {
        String text = a.text();
        if (end - begin < 2 || end - begin > 3) return false;
        char first = text.charAt(begin), second = text.charAt(begin + 1);
        if (SIDE_WORDS.indexOf(second) < 0 || second == '媒' && end - begin != 2) return false;
        if (end - begin == 3 && second == '中' && PAIR_JOINERS.indexOf(text.charAt(begin + 2)) < 0) return false;
        String c = String.valueOf(first);
        if (REGION_SIDES.contains(c) || abbreviations.contains(c)) return true;
        for (String country : countryForms.termsIn(text)) if (country.charAt(0) == first) return true;
        // 中斯 (China and Sri Lanka): the pair with China names the country by the same character
        return text.contains("中" + c) && first != '中';
    }

    boolean allTransliteration(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isTransliteration(s.charAt(i)) && !isDot(s.charAt(i))) return false;
        return true;
    }

    /** The other written forms of a foreign name: without its dots, and with the usual dot when it has another. */
    static Set<String> altForms(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < name.length(); i++) if (!isDot(name.charAt(i))) plain.append(name.charAt(i));
        if (plain.length() != name.length()) out.add(plain.toString());
        String standard = name.replaceAll("[" + DOTS + "]", "·");
        if (!standard.equals(name)) out.add(standard);
        return Set.copyOf(out);
    }
}
