package govkg.extract;

/** Character tests the extractors share. Stateless. */
final class TextScan {
    private TextScan() {}

    /** Whether one of {@code words} starts at {@code at}. */
    static boolean startsWithAny(String text, int at, String[] words) {
        for (String w : words) if (text.startsWith(w, at)) return true;
        return false;
    }

    static boolean isHan(char c) {
        return govkg.ingest.HanScript.is(c);
    }

    static boolean isHan(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isHan(s.charAt(i))) return false;
        return true;
    }

    /** Punctuation and spaces that end a name or title going leftwards or rightwards. */
    static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || "，。；：！？、,.;:!?（）()“”‘’「」《》【】—…\"'·　".indexOf(c) >= 0;
    }
}
