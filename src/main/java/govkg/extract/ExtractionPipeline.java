package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.ingest.Article;
import govkg.nlp.HanLpAdapter;
import govkg.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the extractors over one article in their configured order. The order is checked when the
 * pipeline is built: a stage whose {@link Extractor#requires()} are not provided by an earlier stage
 * fails the build with "stage X needs Y", so a wrong pipeline never runs halfway. Thread-safe:
 * extractors are stateless and each article gets its own {@link ArticleAnalysis}.
 */
public final class ExtractionPipeline {
    private final List<Extractor> stages;
    private final HanLpAdapter nlp;

    public ExtractionPipeline(List<Extractor> stages, HanLpAdapter nlp) {
        Set<String> provided = new HashSet<>();
        for (Extractor e : stages) {
            for (String r : e.requires()) {
                if (!provided.contains(r)) throw new IllegalArgumentException("stage " + e.name() + " needs " + r + ", which no earlier stage provides");
            }
            provided.addAll(e.provides());
        }
        this.stages = List.copyOf(stages);
        this.nlp = nlp;
    }

    /** The standard order: bylines, places, organizations, people and posts, documents, programs, events and their dates, statistics, quotations. */
    public static ExtractionPipeline standard(Lexicons lex) {
        HanLpAdapter.addWords(lex.roles, "nnt");
        HanLpAdapter.addWords(lex.programs.keySet(), "nz");
        HanLpAdapter.addWords(lex.laws.keySet(), "nz");
        return new ExtractionPipeline(List.of(
                new BylineExtractor(lex),
                new PlaceExtractor(),
                new OrganizationExtractor(lex),
                new PersonPostExtractor(lex),
                new DocumentExtractor(lex),
                new ProgramExtractor(lex),
                new EventExtractor(lex),
                new EventDateExtractor(lex),
                new PostTermExtractor(lex),
                new StatisticExtractor(),
                new QuotationExtractor()), HanLpAdapter.get());
    }

    public List<String> stageNames() {
        List<String> out = new ArrayList<>();
        for (Extractor e : stages) out.add(e.name());
        return out;
    }

    public List<Fact> extract(Article article) {
        return extract(article, StageClock.OFF);
    }

    /** {@link #extract(Article)}, telling {@code clock} what HanLP and each extractor cost. */
    public List<Fact> extract(Article article, StageClock clock) {
        long t = clock.start();
        List<Token> words = segment(article);
        clock.lap("HanLP", t);
        return extract(article, words, clock);
    }

    /** HanLP's words of the article's text, the first half of {@link #extract(Article)}. */
    public List<Token> segment(Article article) {
        return nlp.segment(article.textForExtraction());
    }

    /** The facts of an article already segmented by {@link #segment}, telling {@code clock} what each extractor cost. */
    public List<Fact> extract(Article article, List<Token> words, StageClock clock) {
        long t = clock.start();
        ArticleAnalysis a = new ArticleAnalysis(article, words);
        for (Extractor e : stages) {
            e.extract(a);
            t = clock.lap(e.name(), t);
        }
        return a.facts();
    }
}
