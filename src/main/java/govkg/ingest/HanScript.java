package govkg.ingest;

/**
 * Unicode's Han script for one UTF-16 character (what the regex {@code \p{IsHan}} tests on the Basic Multilingual
 * Plane), decided without the script table for the common ideographs: extraction asks this for nearly every
 * character it reads. A surrogate half is never Han.
 */
public final class HanScript {
    private HanScript() {}

    public static boolean is(char c) {
        if (c < 0x2E80) return false;                       // no Han character below the CJK radicals
        if (c >= 0x4E00 && c <= 0x9FEF) return true;        // CJK Unified Ideographs, all assigned and Han
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;   // a surrogate half is UNKNOWN
    }
}
