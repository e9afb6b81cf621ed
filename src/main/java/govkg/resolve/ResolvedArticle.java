package govkg.resolve;

import govkg.extract.Fact;
import govkg.extract.Mention;
import govkg.ingest.Article;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** An article's facts with each mention assigned its entity. */
public record ResolvedArticle(Article article, String reportIri, List<Fact> facts, Map<Mention, Entity> entityOf) {
    public ResolvedArticle {
        facts = List.copyOf(facts);
        entityOf = new IdentityHashMap<>(entityOf);
    }

    public Entity entity(Mention m) {
        return entityOf.get(m);
    }
}
