package govkg.time;

/** A date expression found in a text: its span, its words and the date it resolves to. */
public record TimeExpression(int begin, int end, String surface, TimeValue value) {}
