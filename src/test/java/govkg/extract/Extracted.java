package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.ingest.Article;
import govkg.ingest.TestTexts;

import java.util.List;
import java.util.Optional;

/** The facts the standard pipeline extracts from one invented text, with typed views for assertions. */
public final class Extracted {
    private static ExtractionPipeline pipeline;

    public final Article article;
    public final List<Fact> facts;

    private Extracted(Article article, List<Fact> facts) {
        this.article = article;
        this.facts = facts;
    }

    static synchronized ExtractionPipeline pipeline() {
        if (pipeline == null) pipeline = ExtractionPipeline.standard(Lexicons.builtIn());
        return pipeline;
    }

    public static Extracted from(String text) {
        Article a = TestTexts.article(text);
        return new Extracted(a, pipeline().extract(a));
    }

    /**
     * The check of the construction tables (text|expected): {@code NONE} — no entity of the type; {@code !NAME} — none
     * labelled NAME; else some mention of the type labelled NAME or with NAME as an alias.
     */
    public static void assertFinds(EntityType type, String text, String expected) {
        Extracted x = from(text);
        if (expected.equals("NONE")) org.assertj.core.api.Assertions.assertThat(x.labels(type)).as(text).isEmpty();
        else if (expected.startsWith("!")) org.assertj.core.api.Assertions.assertThat(x.labels(type)).as(text).doesNotContain(expected.substring(1));
        else org.assertj.core.api.Assertions.assertThat(x.mentions(type)).as(text)
                .anyMatch(m -> m.label().equals(expected) || m.aliases().contains(expected));
    }

    public static Extracted from(Article a) {
        return new Extracted(a, pipeline().extract(a));
    }

    public List<Mention> mentions(EntityType type) {
        return facts.stream().filter(f -> f instanceof Mention m && m.type() == type).map(f -> (Mention) f).toList();
    }

    public List<String> labels(EntityType type) {
        return mentions(type).stream().map(Mention::label).distinct().toList();
    }

    public Optional<Mention> mention(EntityType type, String label) {
        return mentions(type).stream().filter(m -> m.label().equals(label)).findFirst();
    }

    public List<PostHolding> posts() {
        return facts.stream().filter(f -> f instanceof PostHolding).map(f -> (PostHolding) f).toList();
    }

    public List<PostHolding> postsOf(String person) {
        return posts().stream().filter(p -> p.person().label().equals(person)).toList();
    }

    public List<Relation> relations(Relation.Kind kind) {
        return facts.stream().filter(f -> f instanceof Relation r && r.kind() == kind).map(f -> (Relation) f).toList();
    }

    public List<Statistic> statistics() {
        return facts.stream().filter(f -> f instanceof Statistic).map(f -> (Statistic) f).toList();
    }

    public List<Quotation> quotations() {
        return facts.stream().filter(f -> f instanceof Quotation).map(f -> (Quotation) f).toList();
    }
}
