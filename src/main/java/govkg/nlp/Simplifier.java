package govkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import govkg.ingest.HanScript;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Traditional Chinese to Simplified for extraction, through HanLP's converter, keeping every character where it
 * was: the result always has the text's length, so an offset into it is an offset into the original. HanLP
 * converts phrase by phrase; where a phrase changes length (regional vocabulary such as 資訊 → 信息), that stretch
 * is converted character by character instead.
 *
 * <p>Only text that looks Traditional is converted (at least {@value #MIN_CHANGED_SHARE} of its Han characters
 * change in context), so Simplified text is left as it is even where a character such as 乾 or 著 alone would
 * convert.
 *
 * <p>Most reports are Simplified already, and converting one costs about a twentieth of segmenting it. So a text is
 * first counted against the characters HanLP's dictionary can change at all ({@link #CONVERTIBLE}); when they are
 * fewer than the share above, no conversion could reach it and none is made. The answer is the same, only cheaper.
 * Stateless and thread-safe (HanLP's conversion dictionaries are read-only once loaded).
 */
public final class Simplifier {
    /** Share of Han characters that must change for a text to count as Traditional. */
    static final double MIN_CHANGED_SHARE = 0.03;
    /**
     * Every character that HanLP's Traditional→Simplified dictionary (t2s.txt, the only one its converter uses) can
     * replace: the characters of its keys where the value differs. Null when the dictionary cannot be read; then every
     * text is converted and compared, as before.
     */
    private static final BitSet CONVERTIBLE = convertible();

    private Simplifier() {}

    /** The text in Simplified characters, same length; the text itself when it is not Traditional. */
    public static String toSimplified(String text) {
        if (!mayBeTraditional(text)) return text;
        String converted = convert(text);
        return changedShare(text, converted) >= MIN_CHANGED_SHARE ? converted : text;
    }

    /** True when enough of the text's Han characters have a different Simplified form in context. */
    public static boolean looksTraditional(String text) {
        return mayBeTraditional(text) && changedShare(text, convert(text)) >= MIN_CHANGED_SHARE;
    }

    /** False when too few of the text's Han characters could change at all for it to count as Traditional. */
    static boolean mayBeTraditional(String text) {
        if (CONVERTIBLE == null) return true;
        int han = 0, convertible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!HanScript.is(c)) continue;
            han++;
            if (CONVERTIBLE.get(c)) convertible++;
        }
        return han > 0 && (double) convertible / han >= MIN_CHANGED_SHARE;
    }

    private static BitSet convertible() {
        String path = HanLP.Config.tcDictionaryRoot + "t2s.txt";
        BitSet out = new BitSet(1 << 16);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(IOUtil.newInputStream(path), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq <= 0) continue;
                String key = line.substring(0, eq), value = line.substring(eq + 1);
                for (int i = 0; i < key.length(); i++)
                    if (key.length() != value.length() || key.charAt(i) != value.charAt(i)) out.set(key.charAt(i));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
            if (!HanScript.is(c)) continue;
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
        if (!HanScript.is(c)) return c;
        String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }
}
