package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.ingest.Article;
import govkg.nlp.HanLpAdapter;
import govkg.nlp.Token;

import govkg.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;

/**
 * Runs the extractors over one article in their configured order. The order is checked when the
 * pipeline is built: a stage that {@link Extractor#reads()} a layer no earlier stage writes, or writes a layer
 * an earlier stage wrote, fails the build with the stage and layer named, so a wrong pipeline never runs
 * halfway. While a stage runs it sees the article through its own declared view. Thread-safe:
 * extractors are stateless and each article gets its own {@link ArticleAnalysis}.
 */
public final class ExtractionPipeline {
    private final List<Extractor> stages;
    private final HanLpAdapter nlp;

    public ExtractionPipeline(List<Extractor> stages, HanLpAdapter nlp) {
        checkOrder(stages);
        this.stages = List.copyOf(stages);
        this.nlp = nlp;
    }

    /**
     * Each layer a stage reads must be written by an earlier stage, and by no later one: a stage may add to a
     * layer it reads itself (people add the body a title names, 国务院 in 国务院总理), but a later writer would
     * mean an earlier reader saw the layer half done.
     */
    static void checkOrder(List<Extractor> stages) {
        for (int i = 0; i < stages.size(); i++) {
            Extractor e = stages.get(i);
            for (Layer r : e.reads()) {
                boolean before = false;
                for (int j = 0; j < i; j++) before |= stages.get(j).writes().contains(r);
                if (!before) throw new IllegalArgumentException("stage " + e.name() + " reads " + r + ", which no earlier stage writes");
                for (int j = i + 1; j < stages.size(); j++)
                    if (stages.get(j).writes().contains(r))
                        throw new IllegalArgumentException("stage " + e.name() + " reads " + r + ", but the later stage " + stages.get(j).name() + " writes it too");
            }
        }
    }

    /** One segmenter per lexicon: building one loads HanLP's custom dictionary again, and many pipelines share a lexicon. */
    private static final Map<Lexicons, HanLpAdapter> SEGMENTERS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The segmenter that knows the lexicon's titles, programs and laws as words (and no other lexicon's). */
    static HanLpAdapter segmenterFor(Lexicons lex) {
        return SEGMENTERS.computeIfAbsent(lex, l -> HanLpAdapter.withWords(Map.of(
                "nnt", l.roles,
                "nz", Stream.concat(l.programs.keySet().stream(), l.laws.keySet().stream()).toList())));
    }

    /** The standard pipeline over the shared gazetteer and a segmenter for {@code lex}. */
    public static ExtractionPipeline standard(Lexicons lex) {
        return standard(lex, segmenterFor(lex), Gazetteer.get());
    }

    /** The standard order ({@link StageRegistry}) with the resources passed in. */
    public static ExtractionPipeline standard(Lexicons lex, HanLpAdapter nlp, Gazetteer gazetteer) {
        return new ExtractionPipeline(StageRegistry.standard(lex, gazetteer), nlp);
    }

    /** Segments one sentence, so HanLP's dictionaries and models are loaded before the first report. */
    public void warmUp() {
        nlp.segment("江苏省南京市人民政府副市长张明在会上讲话。");
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
        ArticleAnalysis a = new ArticleAnalysis(article, words, nlp);
        for (Extractor e : stages) {
            a.enter(e);
            e.extract(a);
            a.exit();
            t = clock.lap(e.name(), t);
        }
        return a.facts();
    }
}
