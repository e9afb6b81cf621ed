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
        // by hand: String.format parsed its format for every date written (a visible cost of mapping to RDF)
        if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) return formatted();
        StringBuilder b = new StringBuilder(10);
        digits(b, year, 4);
        if (precision == Precision.YEAR) return b.toString();
        digits(b.append('-'), month, 2);
        if (precision == Precision.MONTH) return b.toString();
        digits(b.append('-'), day, 2);
        return b.toString();
    }

    /** {@code v} (0 or more) zero-padded to {@code width} digits, as %0<i>width</i>d writes it. */
    private static void digits(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) b.append('0');
        b.append(s);
    }

    /** What {@link #lexical()} writes, through String.format (for values outside the usual ranges). */
    String formatted() {
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
