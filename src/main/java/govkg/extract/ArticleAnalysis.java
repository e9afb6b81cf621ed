package govkg.extract;

import govkg.ingest.Article;
import govkg.nlp.HanLpAdapter;
import govkg.nlp.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * The working state of one article as it passes through the extractors: its text (repeated
 * paragraphs blanked), HanLP's tokens, and the facts found so far, which later extractors read
 * (organizations see places, people see organizations).
 *
 * <p>While a stage runs ({@link #enter}), this is that stage's view: reading facts of a layer the stage
 * does not declare in {@link Extractor#reads()} or {@link Extractor#writes()}, or adding a fact of a layer
 * it does not write, throws {@link UndeclaredAccessException}, so the declared contract is the real one.
 * Not thread-safe: one per article.
 */
public final class ArticleAnalysis {
    private final Article article;
    private final String text;
    private final List<Token> tokens;
    private final HanLpAdapter nlp;
    private final List<Fact> facts = new ArrayList<>();
    /** the running stage, or null between stages (the pipeline's own reads see everything) */
    private Extractor stage;
    private final EnumSet<Layer> readable = EnumSet.noneOf(Layer.class);

    /** {@code nlp}: the pipeline's own segmenter, for spans a stage re-reads and words it looks up (never a static). */
    public ArticleAnalysis(Article article, List<Token> tokens, HanLpAdapter nlp) {
        this.article = article;
        this.text = article.textForExtraction();
        this.tokens = List.copyOf(tokens);
        this.nlp = nlp;
    }

    /** From now on, this is {@code e}'s view of the article. */
    void enter(Extractor e) {
        stage = e;
        readable.clear();
        readable.addAll(e.reads());
        readable.addAll(e.writes());
    }

    /** Back to the pipeline's own view (everything readable). */
    void exit() {
        stage = null;
    }

    private void checkRead(EntityType type) {
        if (stage == null) return;
        Layer l = Layer.of(type);
        // a person mention may be a byline credit: a stage that reads bylines but not people sees only those
        if (!readable.contains(l) && !(l == Layer.PERSON && readable.contains(Layer.BYLINE)))
            throw new UndeclaredAccessException(stage.name(), "read", l, readable);
    }

    /** False for a person a stage that reads only bylines may not see. */
    private boolean visible(Mention m) {
        return stage == null || m.type() != EntityType.PERSON || readable.contains(Layer.PERSON) || m.attr("byline") != null;
    }

    /** Spans segmented so far: the extractors re-read some windows (about one call in eight on the news corpus). */
    private final java.util.Map<String, List<Token>> plainWords = new java.util.HashMap<>();

    /** Words of a short span with dictionary words and no name recognition, from the pipeline's own segmenter. */
    public List<Token> segmentPlain(String span) {
        List<Token> words = plainWords.get(span);
        if (words == null) plainWords.put(span, words = Collections.unmodifiableList(nlp.segmentPlain(span)));
        return words;
    }

    /** {B, E, C, D}: how often HanLP's person-role dictionary saw {@code ch} as surname, single given name, first and last given character. */
    public int[] personRoles(String ch) {
        return nlp.personRoles(ch);
    }

    /** What HanLP's core dictionary says of a word (its natures and frequency), from the pipeline's segmenter. */
    public HanLpAdapter.DictionaryEntry dictionaryEntry(String word) {
        return nlp.dictionaryEntry(word);
    }

    public Article article() {
        return article;
    }

    /** The article text as extractors see it. */
    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Adds a fact; a second mention of the same type and span (another extractor's) is dropped. */
    public void add(Fact f) {
        if (stage != null && !stage.writes().contains(Layer.of(f)))
            throw new UndeclaredAccessException(stage.name(), "wrote", Layer.of(f), stage.writes());
        if (f instanceof Mention m) {
            for (Fact g : facts) if (g instanceof Mention o && o.type() == m.type() && o.begin() == m.begin() && o.end() == m.end()) return;
        }
        facts.add(f);
    }

    /**
     * Puts {@code updated} in the place of {@code old} (a later stage refining a mention, say an event's date), in
     * the facts and in every relation, post, statistic and quotation that refers to it, so they still resolve to
     * one entity.
     */
    public void replace(Mention old, Mention updated) {
        if (stage != null && !stage.writes().contains(Layer.of(old)))
            throw new UndeclaredAccessException(stage.name(), "wrote", Layer.of(old), stage.writes());
        // a visitor, as in the mapper: a new kind of fact does not compile until it says how it refers to a mention
        Fact.Visitor<Fact> swap = new Fact.Visitor<>() {
            private Mention to(Mention m) { return m == old ? updated : m; }
            @Override public Fact mention(Mention m) { return to(m); }
            @Override public Fact post(PostHolding p) {
                return p.person() != old && p.organization().orElse(null) != old ? p
                        : new PostHolding(to(p.person()), p.title(), p.role(), p.organization().map(this::to), p.begin(), p.end(), p.extractor(), p.confidence(), p.term());
            }
            @Override public Fact relation(Relation r) {
                return r.subject() != old && r.object() != old ? r
                        : new Relation(to(r.subject()), r.kind(), to(r.object()), r.begin(), r.end(), r.extractor(), r.confidence());
            }
            @Override public Fact statistic(Statistic st) {
                return st.subject().orElse(null) != old ? st
                        : new Statistic(st.measure(), st.value(), st.unit(), java.util.Optional.of(updated), st.surface(), st.begin(), st.end(), st.extractor(), st.confidence());
            }
            @Override public Fact quotation(Quotation q) {
                return q.speaker() != old ? q : new Quotation(updated, q.text(), q.begin(), q.end(), q.extractor(), q.confidence());
            }
        };
        facts.replaceAll(f -> f.accept(swap));
    }

    /** Puts {@code updated} (say, with the term its sentence states) in the place of the post {@code old}. */
    public void replace(PostHolding old, PostHolding updated) {
        if (stage != null && !stage.writes().contains(Layer.POST))
            throw new UndeclaredAccessException(stage.name(), "wrote", Layer.POST, stage.writes());
        facts.replaceAll(f -> f == old ? updated : f);
    }

    /** The posts found so far (the {@link Layer#POST} layer). */
    public List<PostHolding> posts() {
        if (stage != null && !readable.contains(Layer.POST)) throw new UndeclaredAccessException(stage.name(), "read", Layer.POST, readable);
        List<PostHolding> out = new ArrayList<>();
        for (Fact f : facts) if (f instanceof PostHolding p) out.add(p);
        return out;
    }

    /** Every fact so far: the pipeline's read, after the stages (a stage reads by layer). */
    public List<Fact> facts() {
        if (stage != null) throw new UndeclaredAccessException(stage.name(), "read all facts, including", Layer.values()[0], readable);
        return Collections.unmodifiableList(facts);
    }

    public List<Mention> mentions(EntityType type) {
        checkRead(type);
        List<Mention> out = new ArrayList<>();
        for (Fact f : facts) if (f instanceof Mention m && m.type() == type && visible(m)) out.add(m);
        return out;
    }

    /** The mention of {@code type} covering offset {@code pos}, or null. */
    public Mention mentionAt(EntityType type, int pos) {
        checkRead(type);
        for (Fact f : facts) if (f instanceof Mention m && m.type() == type && m.begin() <= pos && pos < m.end() && visible(m)) return m;
        return null;
    }

    /** True when [begin,end) overlaps a mention of one of the types. */
    public boolean overlaps(int begin, int end, EntityType... types) {
        for (EntityType t : types) checkRead(t);
        for (Fact f : facts) {
            if (!(f instanceof Mention m)) continue;
            for (EntityType t : types) if (m.type() == t && m.begin() < end && begin < m.end() && visible(m)) return true;
        }
        return false;
    }

    /** The token starting exactly at {@code pos}, or null. */
    public Token tokenAt(int pos) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.begin() == pos) return t;
            if (t.begin() < pos) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    /** The token covering offset {@code pos}, or null. */
    public Token tokenCovering(int pos) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= pos) lo = mid + 1;
            else if (t.begin() > pos) hi = mid - 1;
            else return t;
        }
        return null;
    }

    /** True when [begin,end) starts and ends on token boundaries (a dictionary word is not cut: 违宪 holds no 宪法). */
    public boolean alignsWithTokens(int begin, int end) {
        Token first = tokenCovering(begin), last = tokenCovering(end - 1);
        return first != null && last != null && first.begin() == begin && last.end() == end;
    }

    /** The sentence around {@code pos} (cut at 。！？ and line breaks). */
    public String sentenceAt(int pos) {
        return Article.sentenceAround(text, pos);
    }
}
