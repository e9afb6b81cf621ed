package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.time.DateResolver;
import govkg.time.TimeExpression;

import java.util.List;
import java.util.Set;

/**
 * An event's own date as the text gives it, at the text's precision: the date expression of the event's clause
 * (会议将于3月5日开幕), else the nearest one before it in its sentence (25日，县里召开推进会), resolved against the
 * report's date by {@link DateResolver} (昨天, 上月, 2013年7月 …). A date inside the event's own name
 * (2023年全区政法工作会议) names the event, not when it met, and is passed over. Sets the event mention's
 * {@code date} (2024-03-05, 2024-03 or 2024) and {@code datePrecision} (day, month, year). A mention whose
 * sentence gives no date (the headline) takes the date of another mention of the same name in the article;
 * else it keeps what the event stage gave it. Runs after the events stage; thread-safe.
 */
public final class EventDateExtractor implements Extractor {
    /** Marks that end a clause inside a sentence. */
    private static final String CLAUSE_ENDS = "，；：,;:";
    private static final String SENTENCE_ENDS = "。！？!?\n";
    private final DateResolver dates;

    public EventDateExtractor(Lexicons lex) {
        this.dates = new DateResolver(lex.entries(LexiconKind.RELATIVE_DATE), lex.words(LexiconKind.COUNT_END));
    }

    @Override public String name() { return "event-date"; }
    /** It reads the events and writes them back with their dates. */
    @Override public Set<Layer> reads() { return Set.of(Layer.EVENT); }
    @Override public Set<Layer> writes() { return Set.of(Layer.EVENT); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        List<Mention> events = a.mentions(EntityType.EVENT);
        java.util.Map<Mention, TimeExpression> own = new java.util.HashMap<>();
        java.util.Map<String, TimeExpression> byLabel = new java.util.HashMap<>();
        for (Mention ev : events) {
            int s = ev.begin(), e = ev.end();
            while (s > 0 && SENTENCE_ENDS.indexOf(text.charAt(s - 1)) < 0) s--;
            while (e < text.length() && SENTENCE_ENDS.indexOf(text.charAt(e)) < 0) e++;
            TimeExpression best = choose(text, ev, dates.find(text, s, e, a.article().date()));
            if (best == null) continue;
            own.put(ev, best);
            byLabel.putIfAbsent(ev.label(), best);
        }
        // the headline names the meeting the body dates: one event, one date
        for (Mention ev : events) {
            TimeExpression t = own.getOrDefault(ev, byLabel.get(ev.label()));
            if (t != null) a.replace(ev, ev.withAttr("date", t.value().lexical()).withAttr("datePrecision", t.value().precision().id()));
        }
    }

    /** The expression of the event's clause nearest to it, else the nearest before it in the sentence; null if none. */
    static TimeExpression choose(String text, Mention ev, List<TimeExpression> found) {
        TimeExpression inClause = null, before = null;
        for (TimeExpression t : found) {
            if (t.begin() < ev.end() && ev.begin() < t.end()) continue;      // inside the event's name
            boolean same = t.end() <= ev.begin() ? noClauseEnd(text, t.end(), ev.begin()) : noClauseEnd(text, ev.end(), t.begin());
            if (same && (inClause == null || distance(t, ev) < distance(inClause, ev))) inClause = t;
            if (t.end() <= ev.begin()) before = t;     // found in text order: the last is the nearest
        }
        return inClause != null ? inClause : before;
    }

    private static boolean noClauseEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }

    private static int distance(TimeExpression t, Mention ev) {
        return t.end() <= ev.begin() ? ev.begin() - t.end() : t.begin() - ev.end();
    }
}
