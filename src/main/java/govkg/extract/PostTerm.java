package govkg.extract;

import govkg.time.TimeValue;

import java.util.Optional;

/**
 * What a text states of when a post was held: its start (任命, 当选, 出任 …), its end (免去, 辞去, 不再担任, 退休, 被查),
 * each a date at the precision the text gives; or, for a former post (原…, 曾任) whose end the text does not date,
 * only that it ended before {@code endsBefore} (the report's date). Empty when the text states nothing.
 */
public record PostTerm(Optional<TimeValue> start, Optional<TimeValue> end, Optional<TimeValue> endsBefore) {
    public static final PostTerm NONE = new PostTerm(Optional.empty(), Optional.empty(), Optional.empty());

    public static PostTerm startingOn(TimeValue v) { return new PostTerm(Optional.of(v), Optional.empty(), Optional.empty()); }

    public static PostTerm endingOn(TimeValue v) { return new PostTerm(Optional.empty(), Optional.of(v), Optional.empty()); }

    public static PostTerm endedBefore(TimeValue v) { return new PostTerm(Optional.empty(), Optional.empty(), Optional.of(v)); }

    public boolean isEmpty() { return start.isEmpty() && end.isEmpty() && endsBefore.isEmpty(); }

    /** This term with the bounds {@code other} states and this one does not. */
    public PostTerm and(PostTerm other) {
        return new PostTerm(start.or(other::start), end.or(other::end), end.or(other::end).isPresent() ? Optional.empty() : endsBefore.or(other::endsBefore));
    }
}
