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

    ForeignNames(Lexicons lex, PersonNames names) {
        this.chars = lex.words(LexiconKind.TRANSLITERATION);
        this.countries = lex.index(LexiconKind.COUNTRY);
        this.names = names;
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
        while (begin > 1 && isDot(text.charAt(begin - 1))) {
            Token prev = a.tokenCovering(begin - 2);
            if (prev == null || !prev.isPersonName() && !allTransliteration(prev.word())) break;
            begin = prev.begin();
        }
        int end = tailEnd(a, t.end());
        while (end + 1 < text.length() && isDot(text.charAt(end))) {
            Token next = a.tokenAt(end + 1);
            if (next == null || !next.isPersonName() && !allTransliteration(next.word())) break;
            end = tailEnd(a, next.end());
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
            if (next == null || next.word().length() != 1 || next.nature().equals("w")) break;
            end++;
        }
        return end;
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
