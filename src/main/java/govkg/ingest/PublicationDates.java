package govkg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as corpora and web pages write it: 2024-03-05, 2024-03-05T08:00:00+08:00, 2024/3/5,
 * 2024.03.05, 20240305, 2024年3月5日 (with or without a time after it).
 */
public final class PublicationDates {
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(19\\d{2}|20\\d{2})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|(\\d{2})(\\d{2})(?![0-9])|\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

    private PublicationDates() {}

    /** The first date in {@code s}, or empty. */
    public static Optional<LocalDate> parse(String s) {
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int g = m.group(2) != null ? 2 : m.group(4) != null ? 4 : 6;
            try {
                return Optional.of(LocalDate.of(y, Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1))));
            } catch (DateTimeException e) {
                // 2024-13-40 is no date; look further
            }
        }
        return Optional.empty();
    }
}
