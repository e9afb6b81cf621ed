package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.ingest.Byline;

import java.util.Map;
import java.util.Set;

/** Reporters, correspondents and photographers the page splitter found in credit lines, as people (names must start with a surname). */
public final class BylineExtractor implements Extractor {
    private final Lexicons lex;

    public BylineExtractor(Lexicons lex) {
        this.lex = lex;
    }

    @Override public String name() { return "byline"; }
    @Override public Set<Layer> reads() { return Set.of(); }
    @Override public Set<Layer> writes() { return Set.of(Layer.BYLINE); }

    @Override
    public void extract(ArticleAnalysis a) {
        for (Byline b : a.article().bylines()) {
            // a credit line without a surname is a column label (记者手记), not a person
            if (!lex.isSurnameStart(b.name())) continue;
            a.add(new Mention(EntityType.PERSON, b.name(), Set.of(), b.name(), b.begin(), b.end(), name(),
                    Confidence.PATTERN, Map.of("byline", b.role().name())));
        }
    }
}
