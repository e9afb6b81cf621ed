package govkg.serve;

import govkg.time.TimeValue;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.jena.graph.Node;

/**
 * Dates of the graph as the pages draw them: an xsd:date, gYearMonth or gYear literal read back as a
 * {@link TimeValue}, and the first or last day it covers (a stated start "2014-03" begins on 1 March, a stated end
 * "2014" runs to 31 December). Stateless; thread-safe.
 */
final class Dates {
    private Dates() {}

    /** The value of a date literal (a time zone or time after the day is ignored); null when it is none. */
    static TimeValue value(Node n) {
        return n == null || !n.isLiteral() ? null : value(n.getLiteralLexicalForm());
    }

    static TimeValue value(String lexical) {
        if (lexical == null)
            return null;
        String s = lexical.strip();
        if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(7) == '-')
            s = s.substring(0, 10);
        return TimeValue.parse(s);
    }

    /** The first day the value covers. */
    static LocalDate first(TimeValue v) {
        return v.start();
    }

    /** The last day the value covers. */
    static LocalDate last(TimeValue v) {
        return switch (v.precision()) {
            case DAY -> v.start();
            case MONTH -> YearMonth.of(v.year(), v.month()).atEndOfMonth();
            case YEAR -> LocalDate.of(v.year(), 12, 31);
        };
    }
}
