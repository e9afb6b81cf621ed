package govkg.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date at a precision: a day, a month or a year. {@link #lexical()} is its XML Schema form
 * (2013-07-05 as xsd:date, 2013-07 as xsd:gYearMonth, 2013 as xsd:gYear), which {@link #parse} reads back.
 */
public record TimeValue(int year, int month, int day, Precision precision) {
    public TimeValue {
        switch (precision) {
            case DAY -> LocalDate.of(year, month, day);          // throws on 2月30日
            case MONTH -> YearMonth.of(year, month);
            case YEAR -> { if (year < 1 || year > 9999) throw new java.time.DateTimeException("year " + year); }
        }
        if (precision != Precision.DAY) day = 0;
        if (precision == Precision.YEAR) month = 0;
    }

    public static TimeValue of(LocalDate d) {
        return new TimeValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Precision.DAY);
    }

    public static TimeValue of(YearMonth m) {
        return new TimeValue(m.getYear(), m.getMonthValue(), 0, Precision.MONTH);
    }

    public static TimeValue ofYear(int year) {
        return new TimeValue(year, 0, 0, Precision.YEAR);
    }

    /** 2013-07-05, 2013-07 or 2013. */
    public String lexical() {
        return switch (precision) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }

    /** The XML Schema datatype local name of {@link #lexical()}: date, gYearMonth or gYear. */
    public String xsdType() {
        return switch (precision) {
            case DAY -> "date";
            case MONTH -> "gYearMonth";
            case YEAR -> "gYear";
        };
    }

    /** Reads {@link #lexical()}'s three forms; null when {@code s} is none of them. */
    public static TimeValue parse(String s) {
        if (s == null) return null;
        try {
            return switch (s.length()) {
                case 10 -> of(LocalDate.parse(s));
                case 7 -> of(YearMonth.parse(s));
                case 4 -> ofYear(Integer.parseInt(s));
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first day this value covers. */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(1, month), Math.max(1, day));
    }

    @Override
    public String toString() {
        return lexical();
    }
}
