package govkg.extract;

/**
 * The layers of facts a stage reads or writes: its typed contract, after CoreNLP's
 * requires/requirementsSatisfied. A stage declares them in {@link Extractor#reads()} and
 * {@link Extractor#writes()}; the pipeline checks the order when it is built, and the article view a
 * stage gets ({@link ArticleAnalysis}) fails on a read or write it did not declare.
 */
public enum Layer {
    /** people credited in a byline (the reporter, the photographer) */
    BYLINE,
    PLACE,
    ORGANIZATION,
    PERSON,
    /** a person holding a post ({@link PostHolding}) */
    POST,
    DOCUMENT,
    PROGRAM,
    EVENT,
    STATISTIC,
    QUOTATION;

    /** The layer of mentions of this type (a byline person is {@link #BYLINE}, see {@link #of(Fact)}). */
    public static Layer of(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case PLACE -> PLACE;
            case PROGRAM -> PROGRAM;
            case DOCUMENT -> DOCUMENT;
            case EVENT -> EVENT;
        };
    }

    /** The layer a fact belongs to: a relation is in the layer of its subject (the stage that found the subject links it). */
    public static Layer of(Fact f) {
        return f.accept(new Fact.Visitor<>() {
            @Override public Layer mention(Mention m) { return m.attr("byline") != null ? BYLINE : of(m.type()); }
            @Override public Layer post(PostHolding p) { return POST; }
            @Override public Layer relation(Relation r) { return of(r.subject()); }
            @Override public Layer statistic(Statistic s) { return STATISTIC; }
            @Override public Layer quotation(Quotation q) { return QUOTATION; }
        });
    }
}
