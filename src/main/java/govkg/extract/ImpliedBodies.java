package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The central body a bare national title implies (习近平总书记 → 中国共产党中央委员会; 委员长 → 全国人大常委会; 国务委员 →
 * 国务院), as the {@link LexiconKind#NATIONAL_OFFICE_TITLE} lexicon maps them: without it the post is a title with no
 * body and joins no career. The body is implied, not named, so it is no mention of the report: only the post points
 * at it. Foreign holders keep no body: a transliterated name, a country's name right before the name (越南某某总书记),
 * or a fuller title of the same holder in the article (the resolver reads the bare one as that fuller one). Thread-safe.
 */
final class ImpliedBodies {
    /** At most this many characters between a country's name and the holder's name (越南共产党 某某). */
    private static final int COUNTRY_GAP = 2;

    private final Map<String, String> bodyOf = new HashMap<>();
    private final NationalBodies bodies;

    ImpliedBodies(Lexicons lex, NationalBodies bodies) {
        this.bodies = bodies;
        lex.entries(LexiconKind.NATIONAL_OFFICE_TITLE).forEach((title, body) -> { if (!body.isEmpty()) bodyOf.put(title, body); });
    }

    /** Gives each post stated by a bare national title, with no body and no foreign holder, the body it implies. */
    void attach(ArticleAnalysis a, ForeignNames foreign, String extractor) {
        List<PostHolding> posts = a.posts();
        for (PostHolding p : posts) {
            String label = bodyOf.get(p.title());
            if (label == null || p.organization().isPresent() || p.former() || foreignHolder(a, p.person(), foreign)
                    || hasFullerTitle(posts, p)) continue;
            a.replace(p, new PostHolding(p.person(), p.title(), p.role(), Optional.of(body(a, label, p, extractor)),
                    p.begin(), p.end(), p.extractor(), p.confidence(), p.term()));
        }
    }

    /** A holder with a transliterated name (dotted, or all of the transliteration table), or one a country's name stands right before. */
    private static boolean foreignHolder(ArticleAnalysis a, Mention person, ForeignNames foreign) {
        if (!ForeignNames.altForms(person.label()).isEmpty() || foreign.allTransliteration(person.label())) return true;
        String text = a.text();
        for (int at = text.indexOf(person.label()); at >= 0; at = text.indexOf(person.label(), at + 1))
            for (int gap = 0; gap <= COUNTRY_GAP && at - gap > 0; gap++)
                if (foreign.countryEndingAt(text, at - gap) != null) return true;
        return false;
    }

    /** Whether the holder has another post in the article whose title ends with this one (越共中央总书记 and 总书记). */
    private static boolean hasFullerTitle(List<PostHolding> posts, PostHolding p) {
        for (PostHolding q : posts)
            if (q != p && q.person().label().equals(p.person().label()) && q.title().length() > p.title().length() && q.title().endsWith(p.title()))
                return true;
        return false;
    }

    /** The implied body, spanning the title (a mention no other fact shares a span with: the report does not name it). */
    private Mention body(ArticleAnalysis a, String label, PostHolding p, String extractor) {
        NationalBodies.Body b = bodies.of(label);
        Map<String, String> attrs = new HashMap<>();
        attrs.put("orgKind", b == null ? "government" : b.kind());
        attrs.put("nationalBody", "lexicon");
        Set<String> aliases = b == null ? Set.of() : new LinkedHashSet<>(b.aliases());
        int at = a.text().indexOf(p.title(), p.begin());
        int begin = at >= 0 && at < p.end() ? at : p.begin(), end = begin + p.title().length();
        return new Mention(EntityType.ORGANIZATION, label, aliases, p.title(), begin, end, extractor, Confidence.CONTEXT, attrs);
    }
}
