package govkg.extract;

import java.util.Set;

/**
 * One extraction stage. It reads the article and the facts of the stages it {@link #requires()},
 * and adds facts of the kinds it {@link #provides()}. The pipeline checks the chain when it is built,
 * so a stage never runs before what it needs. Implementations are stateless after construction and
 * thread-safe.
 */
public interface Extractor {
    String name();

    /** Capabilities this stage needs earlier stages to provide (e.g. "place"). */
    Set<String> requires();

    /** Capabilities this stage provides. */
    Set<String> provides();

    void extract(ArticleAnalysis a);
}
