package govkg.extract;

/**
 * What confidence values mean, so every extractor scores on one scale.
 * A candidate only HanLP's recognizer proposed scores below one a pattern, lexicon or the
 * gazetteer confirms.
 */
public final class Confidence {
    /** Confirmed by an unambiguous gazetteer code or a full lexicon entry. */
    public static final double LEXICON = 0.95;
    /** Confirmed by a grammatical pattern (title + name, suffix grammar, 《》 title). */
    public static final double PATTERN = 0.9;
    /** Pattern with weaker evidence (a name after a bare title, quoted term with a generic head). */
    public static final double WEAK_PATTERN = 0.75;
    /** Referred to, not named (全区, 该市, 自治区): resolved from context. */
    public static final double CONTEXT = 0.6;
    /** Proposed by HanLP's statistical recognizer alone, passed the filters. */
    public static final double RECOGNIZER = 0.5;

    private Confidence() {}
}
