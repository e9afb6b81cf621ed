package govkg.extract;

/**
 * Everything an extractor can assert about an article. Sealed, and every consumer that must treat each kind
 * (the RDF mapper, the resolver, the stage contract) does so through a {@link Visitor}: Java 17 has no
 * exhaustive switch over sealed types, so the visitor is what makes a new kind of fact fail to compile
 * until each of them handles it.
 *
 * <p>All offsets are character offsets into {@link govkg.ingest.Article#text()}.
 */
public sealed interface Fact permits Mention, PostHolding, Relation, Statistic, Quotation {

    /** Start of the evidence in the article text. */
    int begin();

    /** End (exclusive) of the evidence in the article text. */
    int end();

    /** Name of the extractor that produced this fact. */
    String extractor();

    /** 0..1; see {@link Confidence} for what the levels mean. */
    double confidence();

    <R> R accept(Visitor<R> v);

    /** One method per kind of fact; adding a kind adds a method, and every visitor stops compiling until it is handled. */
    interface Visitor<R> {
        R mention(Mention m);

        R post(PostHolding p);

        R relation(Relation r);

        R statistic(Statistic s);

        R quotation(Quotation q);
    }
}
