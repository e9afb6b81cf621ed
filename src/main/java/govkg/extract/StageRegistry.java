package govkg.extract;

import govkg.gazetteer.Gazetteer;
import govkg.lexicon.Lexicons;

import java.util.List;

/**
 * The extraction stages in their standard order, built over the resources they are given. The order is the one
 * place to read it; {@link ExtractionPipeline} checks it against each stage's declared reads and writes.
 */
public final class StageRegistry {
    private StageRegistry() {}

    /** Bylines, places, organizations, people and posts, when posts start and end, documents, programs, events and their dates, statistics, quotations. */
    public static List<Extractor> standard(Lexicons lex, Gazetteer gazetteer) {
        return List.of(
                new BylineExtractor(lex),
                new PlaceExtractor(gazetteer, lex),
                new OrganizationExtractor(lex),
                new PersonPostExtractor(lex),
                new PostTermExtractor(lex),
                new DocumentExtractor(lex),
                new ProgramExtractor(lex),
                new EventExtractor(lex),
                new EventDateExtractor(lex),
                new StatisticExtractor(lex),
                new QuotationExtractor(lex));
    }
}
