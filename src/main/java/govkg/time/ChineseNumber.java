package govkg.time;

/**
 * Small numbers as dates write them: Arabic digits (also full-width), Chinese numerals up to 三十一
 * (十, 二十五, 三十一) and four-digit years digit by digit (二〇一三, 二零一三).
 */
final class ChineseNumber {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {}

    /** The value of {@code s}, or -1 when it is not a number of these forms. */
    static int parse(String s) {
        if (s.isEmpty()) return -1;
        if (isArabic(s.charAt(0))) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!isArabic(c)) return -1;
                v = v * 10 + (c >= '０' ? c - '０' : c - '0');
            }
            return v;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {      // digit by digit: 二〇一三
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digit(s.charAt(i));
                if (d < 0) return -1;
                v = v * 10 + d;
            }
            return v;
        }
        if (s.indexOf('十', ten + 1) >= 0) return -1;
        int tens = ten == 0 ? 1 : ten == 1 ? digit(s.charAt(0)) : -1;
        int units = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1;
        return tens <= 0 || units < 0 ? -1 : tens * 10 + units;
    }

    static boolean isArabic(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** True for a character a number is written with (digits, 〇一…九, 十, 零, 两). */
    static boolean isNumeral(char c) {
        return isArabic(c) || digit(c) >= 0 || c == '十' || c == '两' || c == '百' || c == '千';
    }

    private static int digit(char c) {
        if (c == '零' || c == 'О' || c == 'o' || c == 'O') return 0;
        return DIGITS.indexOf(c);
    }
}
