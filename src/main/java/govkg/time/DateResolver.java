package govkg.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the date expressions of a text and resolves them against a reference date (the report's), each with
 * its precision: 2013年7月5日, 3月5日, 25日 (day); 2013年7月, 上月, 今年3月 (month); 去年, 2013年 (year); and the
 * relative words of the {@code relative-date} lexicon (今天, 昨天, 前天 …, with their unit and offset).
 *
 * <p>Grammar (one precompiled pattern, one pass): a four-digit year with an optional month and day; a relative
 * year word (去年) with an optional month and day; a relative month word (上月) with an optional day; a relative
 * day word; a month with an optional day; a bare day (25日). A date without a year is put in the reference's year,
 * or in the year before when that would place it more than seven months after the reference (a report in January
 * speaks of last December); a bare day likewise in the reference's month, or the month before when more than
 * fifteen days after it. Expressions that need a reference give nothing without one. Immutable; thread-safe.
 */
public final class DateResolver {
    private static final String NUM = "[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}";
    private static final String YEAR = "[0-9]{4}|[〇零一二三四五六七八九]{4}";
    /** Furthest a yearless date may lie after the reference before it is read as last year's. */
    private static final int MONTHS_AHEAD = 7;
    /** Furthest a bare day may lie after the reference before it is read as last month's. */
    private static final int DAYS_AHEAD = 15;

    /** A relative word's unit and offset (昨天 = day −1). */
    private record Relative(Precision unit, int offset) {}

    private final Map<String, Relative> relatives;
    private final Pattern pattern;
    /** 15日内, 30日以上: a bare day count, not a date (the count-end lexicon), longest first */
    private final List<String> countEnds;

    /**
     * @param relativeWords word → "UNIT OFFSET" (UNIT day, month or year; OFFSET a signed number): the
     *                      {@code relative-date} lexicon's entries
     * @param countEnds     words after a number of days that make it a count (15日内): the {@code count-end} lexicon's
     *                      words (time stays below lexicon: the caller reads them)
     */
    public DateResolver(Map<String, String> relativeWords, java.util.Collection<String> countEnds) {
        this.countEnds = countEnds.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, Relative> rel = new java.util.HashMap<>();
        relativeWords.forEach((w, v) -> rel.put(w, relative(w, v)));
        this.relatives = Map.copyOf(rel);
        String days = alternation(Precision.DAY), months = alternation(Precision.MONTH), years = alternation(Precision.YEAR);
        this.pattern = Pattern.compile(
                "(?<y>" + YEAR + ")年(?:(?<ym>" + NUM + ")月(?:(?<yd>" + NUM + ")[日号])?)?"
                        + (years.isEmpty() ? "" : "|(?<ry>" + years + ")(?:(?<rym>" + NUM + ")月(?:(?<ryd>" + NUM + ")[日号])?)?")
                        + (months.isEmpty() ? "" : "|(?<rm>" + months + ")(?:(?<rmd>" + NUM + ")[日号])?")
                        + (days.isEmpty() ? "" : "|(?<rd>" + days + ")")
                        + "|(?<m>" + NUM + ")月(?:(?<md>" + NUM + ")[日号])?"
                        + "|(?<d>[0-9０-９]{1,2})日");
    }

    /** Whether a count end starts at {@code at} (asked only after a bare day, never at every position). */
    private boolean countEndAt(CharSequence text, int at) {
        for (String e : countEnds)
            if (at + e.length() <= text.length() && e.contentEquals(text.subSequence(at, at + e.length()))) return true;
        return false;
    }

    private static Relative relative(String word, String value) {
        String[] p = value.strip().split("\\s+");
        Precision unit = p.length == 2 ? Precision.byId(p[0]) : null;
        if (unit == null || !p[1].matches("[+-]?\\d+"))
            throw new IllegalArgumentException("relative-date " + word + ": expected 'day|month|year OFFSET', got '" + value + "'");
        return new Relative(unit, Integer.parseInt(p[1]));
    }

    private String alternation(Precision unit) {
        return relatives.entrySet().stream().filter(e -> e.getValue().unit() == unit).map(Map.Entry::getKey)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Every date expression in {@code text}, resolved against {@code reference}; those that cannot be are left out. */
    public List<TimeExpression> find(CharSequence text, Optional<LocalDate> reference) {
        return find(text, 0, text.length(), reference);
    }

    /** The date expressions within [from, to) of {@code text}. */
    public List<TimeExpression> find(CharSequence text, int from, int to, Optional<LocalDate> reference) {
        List<TimeExpression> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            // 125日, 第3月: a number that starts before the match is not this date
            if (m.start() > 0 && ChineseNumber.isNumeral(text.charAt(m.start() - 1)) && m.group("rd") == null && m.group("rm") == null && m.group("ry") == null) continue;
            TimeValue v = value(m, text, reference.orElse(null));
            if (v != null) out.add(new TimeExpression(m.start(), m.end(), m.group(), v));
        }
        return out;
    }

    /** The first expression of {@code text}, or empty. */
    public Optional<TimeExpression> first(CharSequence text, Optional<LocalDate> reference) {
        List<TimeExpression> all = find(text, reference);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private TimeValue value(Matcher m, CharSequence text, LocalDate ref) {
        try {
            if (m.group("y") != null) {
                int y = ChineseNumber.parse(m.group("y"));
                if (y < 1900 || y > 2099) return null;
                return ymd(y, m.group("ym"), m.group("yd"));
            }
            if (ref == null) return null;
            if (m.group("ry") != null) return ymd(ref.getYear() + relatives.get(m.group("ry")).offset(), m.group("rym"), m.group("ryd"));
            if (m.group("rm") != null) {
                YearMonth ym = YearMonth.from(ref).plusMonths(relatives.get(m.group("rm")).offset());
                if (m.group("rmd") == null) return TimeValue.of(ym);
                return TimeValue.of(ym.atDay(day(m.group("rmd"))));
            }
            if (m.group("rd") != null) return TimeValue.of(ref.plusDays(relatives.get(m.group("rd")).offset()));
            if (m.group("m") != null) {
                int month = month(m.group("m"));
                TimeValue v = m.group("md") == null ? TimeValue.of(YearMonth.of(ref.getYear(), month))
                        : TimeValue.of(LocalDate.of(ref.getYear(), month, day(m.group("md"))));
                if (v.start().isAfter(ref.plusMonths(MONTHS_AHEAD)))
                    v = m.group("md") == null ? TimeValue.of(YearMonth.of(ref.getYear() - 1, month))
                            : TimeValue.of(LocalDate.of(ref.getYear() - 1, month, day(m.group("md"))));
                return v;
            }
            // a bare day: 25日, but not 15日内 (a count of days)
            if (m.end() < text.length() && countEndAt(text, m.end())) return null;
            int d = day(m.group("d"));
            LocalDate date = LocalDate.of(ref.getYear(), ref.getMonthValue(), d);
            if (date.isAfter(ref.plusDays(DAYS_AHEAD))) date = YearMonth.from(ref).minusMonths(1).atDay(d);
            return TimeValue.of(date);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;    // 2月30日, 13月: no such date
        }
    }

    private static TimeValue ymd(int year, String month, String day) {
        if (month == null) return TimeValue.ofYear(year);
        if (day == null) return TimeValue.of(YearMonth.of(year, month(month)));
        return TimeValue.of(LocalDate.of(year, month(month), day(day)));
    }

    private static int month(String s) {
        int v = ChineseNumber.parse(s);
        if (v < 1 || v > 12) throw new IllegalArgumentException("month " + s);
        return v;
    }

    private static int day(String s) {
        int v = ChineseNumber.parse(s);
        if (v < 1 || v > 31) throw new IllegalArgumentException("day " + s);
        return v;
    }
}
