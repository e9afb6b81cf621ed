package govkg.extract;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number the text reports (微网格3.9万个, 履行率达100%), mapped to a Data Cube observation.
 *
 * @param measure what is counted or measured, as the text names it (微网格, 履行率)
 * @param value   the value, with 万/亿 multiplied out
 * @param unit    the unit or classifier (个, 名, %, 项)
 * @param subject the place or organization the number is about, when the text gives one
 */
public record Statistic(String measure, BigDecimal value, String unit, Optional<Mention> subject,
                        String surface, int begin, int end, String extractor, double confidence) implements Fact {
    @Override public <R> R accept(Visitor<R> v) { return v.statistic(this); }
}
