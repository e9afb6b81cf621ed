package govkg.extract;

import java.util.Optional;

/**
 * A person holding one post: one per title, so 自治区党委常委、政法委书记刘江 gives two.
 *
 * @param title        the title as the text states it (政法委书记)
 * @param role         the bare role the title ends in (书记, 局长, 常委)
 * @param organization the organization named or implied, when known
 * @param term         when the text says the post began or ended ({@link PostTerm#NONE} when it says nothing)
 */
public record PostHolding(
        Mention person,
        String title,
        String role,
        Optional<Mention> organization,
        int begin,
        int end,
        String extractor,
        double confidence,
        PostTerm term) implements Fact {

    /** A post whose text states no start or end. */
    public PostHolding(Mention person, String title, String role, Optional<Mention> organization, int begin, int end,
                       String extractor, double confidence) {
        this(person, title, role, organization, begin, end, extractor, confidence, PostTerm.NONE);
    }

    /** What marks a former post, in a title or a role (原省长, 市公安局原局长; 曾任… is titled 原… too). */
    public static final String FORMER = "原";

    /** A former post: 原省长, 市公安局原局长 (the person stage keeps 原 with the role), 曾任… (titled 原…). */
    public boolean former() {
        return title.startsWith(FORMER) || role.startsWith(FORMER);
    }

    /** The same post with {@code t}. */
    public PostHolding withTerm(PostTerm t) {
        return new PostHolding(person, title, role, organization, begin, end, extractor, confidence, t);
    }

    @Override public <R> R accept(Visitor<R> v) { return v.post(this); }
}
