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

    /** Words that end an organization name or title going leftwards (a name never contains them at its start). */
    static final String[] LEFT_STOPS = {
            "组织召开", "召开", "举行", "举办", "主持", "出席", "参加", "结合", "会同", "联合", "牵头", "依托", "通过", "组建",
            "邀请", "协调", "指导", "推动", "推进", "开展", "实施", "成立", "设立", "派驻", "提交", "带领", "陪同", "深入",
            "日前", "近日", "近期", "目前", "此前", "今年", "去年", "同时", "此外", "其中", "并且", "以及", "按照", "根据", "记者",
            "在", "由", "和", "与", "及", "是", "有", "了", "的", "对", "向", "为", "将", "把", "被", "从", "于", "经", "据", "让",
            "使", "请", "以", "任", "并", "等", "到", "即", "又", "也", "还", "均", "所", "给", "跟", "随"};

    /** True for the one-character stop words (在, 由, 和 …); callers decide about them by token (据 in 数据 is none). */
    static boolean isSingleCharStop(String word) {
        if (word.length() != 1) return false;
        for (String s : LEFT_STOPS) if (s.equals(word)) return true;
        return false;
    }

    /**
     * Start of the name that ends at {@code end}: walks left at most {@code max} characters, stopping at punctuation
     * and at stop words of two or more characters. One-character stop words are left to the caller, which cuts by
     * HanLP's words ({@link NameStart}): as characters they stand inside names too (有 in 有限公司, 据 in 数据).
     */
    static int leftEdge(String text, int end, int max) {
        int b = end;
        int limit = Math.max(0, end - max);
        while (b > limit) {
            char c = text.charAt(b - 1);
            if (isBoundary(c)) break;
            boolean stop = false;
            for (String s : LEFT_STOPS) {
                if (s.length() > 1 && b - s.length() >= 0 && text.startsWith(s, b - s.length()) && b < end) {
                    stop = true;
                    break;
                }
            }
            if (stop) break;
            b--;
        }
        return b;
    }
}
