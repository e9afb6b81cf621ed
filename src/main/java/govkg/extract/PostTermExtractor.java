package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.time.DateResolver;
import govkg.time.TimeExpression;
import govkg.time.TimeValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a post began or ended, where the text says so: a {@code post-change} word in the post's clause — an end
 * word before the title or after the holder (免去县司法局局长李华的职务, 县司法局局长李华不再担任该职务), a start word
 * right before the title or before 为 and the title (出任县长, 任命张三为县长: only when the posts stage gives that
 * post). The bound is the date of
 * the clause, else the nearest before it in the sentence, else the report's (a notice dates its decision), at
 * the text's precision. A former post (原…, 曾任) states no bound of a current span and gets none; a post
 * stated without such a word gets none. Runs after the posts stage; thread-safe.
 */
public final class PostTermExtractor implements Extractor {
    private static final String CLAUSE_ENDS = "，；：,;:。！？!?\n";
    /** 原县长, 曾任县长: a former post, not one that begins or ends here */
    private static final String[] FORMER = {"原", "曾任", "前任"};
    private final DateResolver dates;
    private final Map<String, String> cues;

    public PostTermExtractor(Lexicons lex) {
        this.dates = new DateResolver(lex.entries(LexiconKind.RELATIVE_DATE));
        this.cues = lex.entries(LexiconKind.POST_CHANGE);      // longest first
    }

    @Override public String name() { return "post-term"; }
    @Override public Set<String> requires() { return Set.of("post"); }
    @Override public Set<String> provides() { return Set.of("post-term"); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        for (Fact f : List.copyOf(a.facts())) {
            if (!(f instanceof PostHolding p)) continue;
            int titleAt = text.indexOf(p.title(), p.begin());
            if (titleAt < 0 || titleAt >= p.end()) titleAt = p.begin();
            int clause = titleAt;
            while (clause > 0 && CLAUSE_ENDS.indexOf(text.charAt(clause - 1)) < 0) clause--;
            int clauseEnd = p.end();
            while (clauseEnd < text.length() && CLAUSE_ENDS.indexOf(text.charAt(clauseEnd)) < 0) clauseEnd++;
            int cueAt = -1;
            String cue = null;
            // before the title: 免去县司法局局长李华的职务; a start word only right before it or with 为 (任命…为县长):
            // 任命县公安局副局长张明为局长 does not start the 副局长 post
            for (int i = titleAt - 1; i >= clause && cue == null; i--) {
                for (String c : cues.keySet()) {
                    if (!text.startsWith(c, i)) continue;
                    String kind = cues.get(c);
                    boolean ok = switch (kind) {
                        case "start" -> i + c.length() == titleAt;
                        case "appoint" -> text.charAt(titleAt - 1) == '为' && i + c.length() < titleAt - 1;
                        default -> true;
                    };
                    if (ok) { cue = c; cueAt = i; }
                    break;
                }
            }
            // after the holder: 县司法局局长李华不再担任该职务, …局长李华退休
            for (int i = p.end(); i < clauseEnd && cue == null; i++) {
                for (String c : cues.keySet()) {
                    if (text.startsWith(c, i) && "end".equals(cues.get(c))) { cue = c; cueAt = i; break; }
                }
            }
            if (cue == null || former(text, clause, titleAt)) continue;
            Optional<TimeValue> when = date(a, cueAt).or(() -> a.article().date().map(TimeValue::of));
            if (when.isEmpty()) continue;
            boolean start = !"end".equals(cues.get(cue));
            a.add(new PostTerm(p, start ? when : Optional.empty(), start ? Optional.empty() : when, cue, cueAt, cueAt + cue.length(),
                    name(), Confidence.WEAK_PATTERN));
        }
    }

    /** 原, 曾任 right before the title (原县长) or opening its clause. */
    private static boolean former(String text, int clause, int titleAt) {
        for (String w : FORMER) {
            if (titleAt >= w.length() && text.startsWith(w, titleAt - w.length())) return true;
            if (text.startsWith(w, clause)) return true;
        }
        return false;
    }

    /** The date of the cue's clause, else the nearest before it in its sentence. */
    private Optional<TimeValue> date(ArticleAnalysis a, int at) {
        String text = a.text();
        int s = at;
        while (s > 0 && "。！？!?\n".indexOf(text.charAt(s - 1)) < 0) s--;
        TimeExpression best = null;
        for (TimeExpression t : dates.find(text, s, at, a.article().date())) best = t;
        return Optional.ofNullable(best).map(TimeExpression::value);
    }
}
