package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated occurrences: meetings, ceremonies, study sessions, inspections named by a head word
 * (部署会, 推进会, 开班仪式, 集体学习, 常务会议 …) with a specific name before it (a bare 会议 is no event).
 * The name runs left to a boundary or a verb such as 召开/举行. Date: an explicit M月D日 in the
 * sentence resolved against the article date, else the article's date; place: a place after 在 in
 * the sentence; participants: the people of the sentence; organizer: its first organization.
 */
public final class EventExtractor implements Extractor {
    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private final Lexicons lex;

    public EventExtractor(Lexicons lex) {
        this.lex = lex;
    }

    @Override public String name() { return "event"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PLACE, Layer.ORGANIZATION, Layer.PERSON, Layer.DOCUMENT); }
    @Override public Set<Layer> writes() { return Set.of(Layer.EVENT); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        for (var e : lex.eventHeads.entrySet()) {
            String head = e.getKey();
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length();
                if (a.overlaps(at, end, EntityType.EVENT)) continue;
                // 人民大会堂: a word that runs on past the head is a place, not a meeting
                govkg.nlp.Token last = a.tokenCovering(end - 1);
                if (last != null && last.end() > end) continue;
                // 人民代表大会制度, 大会代表, 会议室: the head is part of another thing's name
                if (RUN_ON.matcher(text.substring(end, Math.min(text.length(), end + 3))).lookingAt()) continue;
                int start = eventStart(text, at);
                // 他高度重视…, 下午就…进行, 记者从…: pronouns, adverbs, prepositions, times and people open a clause
                start = NameStart.afterClauseWords(a, start, at, false, false);
                // 召开一次联席会议, 本次常委会会议: a count or a pronoun names no particular meeting
                java.util.regex.Matcher counted = COUNTED.matcher(text.substring(start, at));
                if (counted.lookingAt()) start += counted.end();
                if (end - start < head.length() + 2) continue;
                String label = text.substring(start, end);
                if (lex.eventHeads.containsKey(label)) continue;     // a bare head (开班仪式, 新闻发布会) names no particular event
                if (insideDocument(a, start, end)) continue;
                Map<String, String> attrs = new HashMap<>();
                attrs.put("eventKind", e.getValue());
                attrs.put("head", head);
                date(a, start).ifPresent(d -> attrs.put("date", d.toString()));
                Mention ev = new Mention(EntityType.EVENT, label, Set.of(), label, start, end, name(), Confidence.PATTERN, attrs);
                a.add(ev);
                link(a, ev);
            }
        }
    }

    /** Words before an event's name that end it going left: verbs taking the event as object, dates, conjunctions. */
    private static final String[] STOPS = {"组织召开", "召开", "举行", "举办", "主持", "出席", "参加", "参与", "列席", "提交", "传达学习", "传达",
            "审议", "筹备", "围绕", "宣布", "提请", "领会", "落实", "贯彻", "学习", "学好", "认真", "深入", "重视", "完善", "推动", "总结", "了解",
            "按照", "为", "在", "于", "日前", "近日",
            "日", "的", "和", "与"};
    private static final Pattern RUN_ON = Pattern.compile("(?:制度|代表|堂|室|厅|主席团|秘书处|常务委员会)");
    private static final Pattern COUNTED = Pattern.compile("(?:[一二两三四五六七八九十几]+(?:次|场|个|届)|本次|此次|这次|该次|每次|每月|每周|每年|一些|有关|相关|各类|各种|多个|这些)");

    /** The start of an event name ending at {@code headAt}: after a boundary, a launching verb or a date. */
    private static int eventStart(String text, int headAt) {
        int b = headAt;
        int limit = Math.max(0, headAt - 60);
        while (b > limit) {
            char c = text.charAt(b - 1);
            // a quoted name inside an event's name (新时代“枫桥经验”座谈会) is part of it
            if (c == '”') {
                int open = text.lastIndexOf('“', b - 1);
                if (open >= 0 && b - open <= 20 && text.substring(open, b).chars().noneMatch(ch -> "，。；！？\n".indexOf(ch) >= 0)) { b = open; continue; }
            }
            if (c == '“') { b--; continue; }
            // the document an event discusses (《…条例（草案）》专家论证会) is part of its name
            if (c == '》') {
                int open = text.lastIndexOf('《', b - 1);
                if (open >= 0 && b - open <= 40) { b = open; continue; }
            }
            // names may hold 县(市、区) and 暨; other punctuation ends them
            if (c == '(' || c == ')' || c == '（' || c == '）' || c == '、' && insideParens(text, b - 1)) { b--; continue; }
            if (TextScan.isBoundary(c)) break;
            boolean stop = false;
            for (String s : STOPS) {
                if (b - s.length() >= 0 && text.startsWith(s, b - s.length())) { stop = true; break; }
            }
            if (stop) break;
            b--;
        }
        return b;
    }

    /** True when [start,end) lies inside a document title (《…会议纪要》 names a document, not a meeting). */
    private static boolean insideDocument(ArticleAnalysis a, int start, int end) {
        for (Mention d : a.mentions(EntityType.DOCUMENT)) if (d.begin() <= start && end <= d.end()) return true;
        return false;
    }

    private static boolean insideParens(String text, int at) {
        int open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
        int close = Math.max(text.lastIndexOf(')', at), text.lastIndexOf('）', at));
        return open > close;
    }

    private static java.util.Optional<LocalDate> date(ArticleAnalysis a, int at) {
        String sentence = a.sentenceAt(at);
        Matcher m = DAY.matcher(sentence);
        java.util.Optional<LocalDate> ref = a.article().date();
        if (m.find()) {
            if (m.group(1) != null) {
                try {
                    return java.util.Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    return java.util.Optional.empty();
                }
            }
            return govkg.ingest.BylineParser.resolve(java.util.Optional.of(Integer.parseInt(m.group(2))),
                    java.util.Optional.of(Integer.parseInt(m.group(3))), ref);
        }
        return ref;
    }

    private void link(ArticleAnalysis a, Mention ev) {
        String text = a.text();
        int s = ev.begin(), e = ev.end();
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        while (e < text.length() && "。！？\n".indexOf(text.charAt(e)) < 0) e++;
        for (Mention m : a.mentions(EntityType.PLACE)) {
            if (m.begin() >= s && m.end() <= e && m.begin() > 0 && text.charAt(m.begin() - 1) == '在' && m.attr("adminCode") != null) {
                a.add(new Relation(ev, Relation.Kind.EVENT_PLACE, m, s, e, name(), Confidence.WEAK_PATTERN));
                break;
            }
        }
        for (Mention m : a.mentions(EntityType.PERSON)) {
            if (m.begin() >= s && m.end() <= e && m.attr("byline") == null)
                a.add(new Relation(ev, Relation.Kind.PARTICIPANT, m, s, e, name(), Confidence.WEAK_PATTERN));
        }
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) {
            if (m.begin() >= s && m.end() <= ev.begin()) {
                a.add(new Relation(ev, Relation.Kind.ORGANIZED_BY, m, s, e, name(), Confidence.WEAK_PATTERN));
                break;
            }
        }
    }
}
