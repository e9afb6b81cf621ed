package govkg.pipeline;

import govkg.rdf.ReportGraph;
import govkg.rdf.ReportMapper;
import govkg.extract.EntityType;
import govkg.extract.ExtractionPipeline;
import govkg.extract.Fact;
import govkg.lexicon.Lexicons;
import govkg.extract.Mention;
import govkg.extract.StageClock;
import govkg.ingest.Article;
import govkg.ingest.PageSplitter;
import govkg.ingest.SourceReader;
import govkg.ingest.SourceText;
import govkg.nlp.Token;
import govkg.nlp.Simplifier;
import govkg.resolve.ArticleResolver;
import govkg.resolve.IriMinter;
import govkg.resolve.ResolvedArticle;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One source file through the whole chain: read and decode, split into articles, extract, resolve,
 * and map each article to the quads of its report graph. Works file by file, or on a small task of files
 * ({@link #process(List, StageClock)}), so memory is bounded by a few files. Thread-safe: files and tasks may be
 * processed in parallel.
 */
public final class ReportProcessor {
    private final ExtractionPipeline pipeline;
    private final ArticleResolver resolver;
    private final ReportMapper mapper;
    private final Optional<LocalDate> fallbackDate;

    public ReportProcessor(IriMinter iris, Lexicons lex, Optional<LocalDate> fallbackDate) {
        this.pipeline = ExtractionPipeline.standard(lex);
        this.resolver = new ArticleResolver(iris, lex);
        this.mapper = new ReportMapper(iris, lex);
        this.fallbackDate = fallbackDate;
    }

    /**
     * A processor with everything loaded that the first file would otherwise wait for: the gazetteer
     * (on a thread of its own, while this one loads HanLP's dictionaries) and HanLP's recognition
     * models (one sentence segmented). For starting work early on another thread.
     */
    public static ReportProcessor warmedUp(IriMinter iris, Lexicons lex, Optional<LocalDate> fallbackDate) {
        Thread gazetteer = new Thread(govkg.gazetteer.Gazetteer::get, "govkg-gazetteer-load");
        gazetteer.setDaemon(true);
        gazetteer.start();
        ReportProcessor p = new ReportProcessor(iris, lex, fallbackDate);
        p.pipeline.warmUp();
        return p;
    }

    /** The report graphs of one file; throws {@link govkg.ingest.InputException} naming the file when it cannot be read. */
    public List<ReportGraph> process(SourceReader.Input in) throws IOException {
        return process(in, StageClock.OFF);
    }

    /** {@link #process(SourceReader.Input)}, telling {@code clock} what each stage cost. */
    public List<ReportGraph> process(SourceReader.Input in, StageClock clock) throws IOException {
        return process(read(in, clock), clock);
    }

    private static SourceText read(SourceReader.Input in, StageClock clock) throws IOException {
        long t = clock.start();
        SourceText src = SourceReader.read(in);
        clock.lap("read", t);
        return src;
    }

    /** The report graphs of one decoded source (a Spark job decodes its own). */
    public List<ReportGraph> process(SourceText src) {
        return process(src, StageClock.OFF);
    }

    /** {@link #process(SourceText)}, telling {@code clock} what each stage cost. */
    public List<ReportGraph> process(SourceText src, StageClock clock) {
        return extract(segmented(src, clock), clock);
    }

    /** One file's outcome in {@link #process(List, StageClock)}: its report graphs, or why it failed. */
    public record Outcome(List<ReportGraph> graphs, Throwable failure) {}

    /**
     * Several files at once, their outcomes in input order; a file that fails does not stop the others. HanLP
     * segments all of them before any is extracted: each phase then keeps its own dictionaries in the processor's
     * caches (HanLP's, the gazetteer's automaton), which costs about a tenth less CPU than taking the files one by
     * one (docs/benchmarks.md). {@link Batch} gives each worker a few files at a time for this.
     */
    public List<Outcome> process(List<SourceReader.Input> inputs, StageClock clock) {
        List<Object> segmented = new ArrayList<>(inputs.size());    // Segmented, or the Throwable that stopped it
        for (SourceReader.Input in : inputs) {
            try {
                segmented.add(segmented(read(in, clock), clock));
            } catch (Throwable e) {      // as a task of its own would have: any failure is that file's
                segmented.add(e);
            }
        }
        List<Outcome> out = new ArrayList<>(inputs.size());
        for (Object s : segmented) {
            if (s instanceof Throwable e) {
                out.add(new Outcome(null, e));
                continue;
            }
            try {
                out.add(new Outcome(extract((Segmented) s, clock), null));
            } catch (Throwable e) {
                out.add(new Outcome(null, e));
            }
        }
        return out;
    }

    /** A source split into articles, each with HanLP's words. */
    private record Segmented(SourceText src, List<Article> articles, List<List<Token>> words) {}

    private Segmented segmented(SourceText src, StageClock clock) {
        long t = clock.start();
        src = src.withText(Simplifier.toSimplified(src.text()));   // Traditional → Simplified; offsets unchanged
        t = clock.lap("simplify", t);
        List<Article> articles = PageSplitter.split(src, fallbackDate);
        t = clock.lap("split", t);
        List<List<Token>> words = new ArrayList<>(articles.size());
        for (Article a : articles) {
            words.add(pipeline.segment(a));
            t = clock.lap("HanLP", t);
        }
        return new Segmented(src, articles, words);
    }

    private List<ReportGraph> extract(Segmented s, StageClock clock) {
        List<ReportGraph> out = new ArrayList<>();
        for (int i = 0; i < s.articles().size(); i++) {
            Article a = s.articles().get(i);
            List<Fact> facts = pipeline.extract(a, s.words().get(i), clock);
            long t = clock.start();
            ResolvedArticle ra = resolver.resolve(a, facts);
            t = clock.lap("resolve", t);
            List<Quad> quads = new ArrayList<>();
            mapper.write(ra, new org.apache.jena.riot.system.StreamRDFBase() {
                @Override public void quad(Quad q) { quads.add(q); }
            });
            Set<String> codes = new HashSet<>();
            for (Fact f : facts) if (f instanceof Mention m && m.type() == EntityType.PLACE && m.attr("adminCode") != null) codes.add(m.attr("adminCode"));
            out.add(new ReportGraph(ra.reportIri(), s.src().id(), quads, codes));
            clock.lap("map to RDF", t);
        }
        return out;
    }
}
