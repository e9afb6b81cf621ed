package govkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terms in quotation marks (“…”, 「…」, ‘…’) with their spans, quotes excluded. Stateless. */
final class QuotedTerms {
    record Quoted(String term, int begin, int end) {
        /** Offset right after the closing mark. */
        int after() {
            return end + 1;
        }
    }

    private static final Pattern QUOTED = Pattern.compile("[“「‘]([^“”「」‘’\\n]{2,30})[”」’]");

    private QuotedTerms() {}

    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) out.add(new Quoted(m.group(1), m.start(1), m.end(1)));
        return out;
    }
}
