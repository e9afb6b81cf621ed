package govkg.extract;

/**
 * Everything an extractor can assert about an article. Sealed so the RDF mapper's switch must cover
 * every kind: a new kind of fact does not compile until it is mapped.
 *
 * <p>All offsets are character offsets into {@link govkg.ingest.Article#text()}.
 */
public sealed interface Fact permits Mention, PostHolding, PostTerm, Relation, Statistic, Quotation {

    /** Start of the evidence in the article text. */
    int begin();

    /** End (exclusive) of the evidence in the article text. */
    int end();

    /** Name of the extractor that produced this fact. */
    String extractor();

    /** 0..1; see {@link Confidence} for what the levels mean. */
    double confidence();
}
