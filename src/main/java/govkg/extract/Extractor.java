package govkg.extract;

import java.util.Set;

/**
 * One extraction stage. It reads the article and the facts of the layers it {@link #reads()}, and adds facts of
 * the layers it {@link #writes()}. The pipeline checks the chain when it is built, so a stage never runs before
 * what it reads; while it runs, the article view fails on any other read or write. Resources (segmenter,
 * gazetteer, lexicons) come in through the constructor or the view, never from a static. Implementations are
 * stateless after construction and thread-safe.
 */
public interface Extractor {
    String name();

    /** Layers earlier stages must have written (a stage may also read what it writes itself). */
    Set<Layer> reads();

    /** Layers this stage writes. */
    Set<Layer> writes();

    void extract(ArticleAnalysis a);
}
