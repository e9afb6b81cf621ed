package govkg.eval;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The normal form names are compared in: NFKC, without whitespace, quotation marks or book-title marks. */
public final class Names {
    private static final Pattern DROP = Pattern.compile("[\\s“”‘’\"'「」『』《》〈〉]");

    private Names() {}

    /** 《 中华人民共和国 宪法 》 → 中华人民共和国宪法; full-width letters and digits become ASCII. */
    public static String normalize(String s) {
        return DROP.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }
}
