package govkg.extract;

import govkg.time.TimeValue;

import java.util.Optional;

/**
 * When a post began or ended, as a text states it: 任命…为 (from), 免去…职务 (to), each at the precision the text
 * gives (a day, a month, a year). {@code begin}/{@code end} span the cue word.
 */
public record PostTerm(PostHolding post, Optional<TimeValue> from, Optional<TimeValue> to, String cue,
                       int begin, int end, String extractor, double confidence) implements Fact {}
