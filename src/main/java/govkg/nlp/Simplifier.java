package govkg.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional Chinese to Simplified for extraction, through HanLP's converter, keeping every character where it
 * was: the result always has the text's length, so an offset into it is an offset into the original. HanLP
 * converts phrase by phrase; where a phrase changes length (regional vocabulary such as 資訊 → 信息), that stretch
 * is converted character by character instead.
 *
 * <p>Only text that looks Traditional is converted (at least {@value #MIN_CHANGED_SHARE} of its Han characters
 * change in context), so Simplified text is left as it is even where a character such as 乾 or 著 alone would
 * convert.
 * Stateless and thread-safe (HanLP's conversion dictionaries are read-only once loaded).
 */
public final class Simplifier {
    /** Share of Han characters that must change for a text to count as Traditional. */
    static final double MIN_CHANGED_SHARE = 0.03;

    private Simplifier() {}

    /** The text in Simplified characters, same length; the text itself when it is not Traditional. */
    public static String toSimplified(String text) {
        String converted = convert(text);
        return changedShare(text, converted) >= MIN_CHANGED_SHARE ? converted : text;
    }

    /** True when enough of the text's Han characters have a different Simplified form in context. */
    public static boolean looksTraditional(String text) {
        return changedShare(text, convert(text)) >= MIN_CHANGED_SHARE;
    }

    private static String convert(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // line by line keeps HanLP's phrase matching local, so one odd phrase costs one line, not the file
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl + 1;
            out.append(convertSameLength(text.substring(from, end)));
            from = end;
        }
        return out.toString();
    }

    private static double changedShare(String text, String converted) {
        int han = 0, changed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
            han++;
            if (converted.charAt(i) != c) changed++;
        }
        return han == 0 ? 0 : (double) changed / han;
    }

    private static String convertSameLength(String line) {
        String s = HanLP.convertToSimplifiedChinese(line);
        if (s.length() == line.length()) return s;
        char[] c = line.toCharArray();
        for (int i = 0; i < c.length; i++) if (!Character.isSurrogate(c[i])) c[i] = simplifiedChar(c[i]);
        return new String(c);
    }

    private static char simplifiedChar(char c) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return c;
        String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }
}
