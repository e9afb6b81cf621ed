package govkg.serve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Draws rows of dated bars on a year axis as inline SVG: a person's posts, the holders of an organization's posts by
 * title, the places that took up a program. Pure drawing, no store: the callers decide what a bar spans. Each bar is
 * a link with its dates in a {@code <title>} and beside it, so the picture reads without JavaScript, in a screen
 * reader, and in a text-only browser (the dates are text, not only positions). Stateless; thread-safe.
 */
final class TimelineSvg {
    /** Drawing width in SVG units; the CSS scales it to the column. */
    static final int W = 760;
    private static final int LABEL_W = 230, RIGHT = 16, TOP = 28, ROW = 22, BAR = 12, MIN_BAR = 5;

    /**
     * One bar. {@code lane} groups rows under a heading (null: no headings); {@code label} is the row's text at
     * the left; {@code kind} its CSS class (current, former, stage-…); {@code dates} the text beside the bar;
     * {@code tip} the full text of its {@code <title>}. {@code from} ≤ {@code to}.
     */
    record Bar(String lane, String label, String href, LocalDate from, LocalDate to, String kind, String dates, String tip) {}

    private TimelineSvg() {}

    /**
     * The figure: bars in the given order, under a heading row whenever the lane changes; {@code hidden} bars left
     * out are counted in a last row ("and N more"), which links to {@code moreHref} when given.
     */
    static String render(List<Bar> bars, int hidden, String cssClass, String ariaLabel, String caption, String moreHref) {
        if (bars.isEmpty() && hidden == 0)
            return "";
        LocalDate min = bars.stream().map(Bar::from).min(LocalDate::compareTo).orElse(LocalDate.now());
        LocalDate max = bars.stream().map(Bar::to).max(LocalDate::compareTo).orElse(min);
        // whole years on the axis, so a tick sits at each 1 January
        LocalDate start = LocalDate.of(min.getYear(), 1, 1);
        LocalDate end = LocalDate.of(max.getYear() + 1, 1, 1);
        Axis axis = new Axis(start, end, LABEL_W, W - RIGHT);
        StringBuilder rows = new StringBuilder();
        int y = TOP;
        String lane = null;
        for (Bar b : bars) {
            if (b.lane() != null && !b.lane().equals(lane)) {
                lane = b.lane();
                rows.append(String.format("<text x=\"4\" y=\"%d\" class=\"tl-lane\">%s</text>\n", y + 15, Html.esc(shorten(lane, 20))));
                y += ROW;
            }
            rows.append(bar(b, axis, y));
            y += ROW;
        }
        if (hidden > 0) {
            String more = String.format("<text x=\"4\" y=\"%d\" class=\"tl-more\">……还有 %d 项</text>", y + 15, hidden);
            rows.append(moreHref == null ? more : "<a href=\"" + Html.esc(moreHref) + "\">" + more + "</a>").append('\n');
            y += ROW;
        }
        int h = y + 8;
        StringBuilder ticks = new StringBuilder();
        int step = yearStep(end.getYear() - start.getYear());
        for (int year = start.getYear(); year <= end.getYear(); year += step) {
            double x = axis.x(LocalDate.of(year, 1, 1));
            ticks.append(String.format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"tl-tick\"/>", x, TOP - 6, x, h - 4));
            ticks.append(String.format("<text x=\"%.1f\" y=\"%d\" class=\"tl-year\">%d</text>\n", x, TOP - 10, year));
        }
        return "<figure class=\"timeline " + cssClass + "\"><svg viewBox=\"0 0 " + W + " " + h + "\" role=\"img\" aria-label=\""
                + Html.esc(ariaLabel) + "\" xmlns=\"http://www.w3.org/2000/svg\">\n" + ticks + rows
                + "</svg><figcaption>" + Html.esc(caption) + "</figcaption></figure>\n";
    }

    /** One row: the label at the left, the bar (at least {@value #MIN_BAR} wide, so a single day shows) and its dates. */
    private static String bar(Bar b, Axis axis, int y) {
        double x1 = axis.x(b.from()), x2 = Math.max(axis.x(b.to()), x1 + MIN_BAR);
        StringBuilder s = new StringBuilder("<a href=\"").append(Html.esc(b.href())).append("\" class=\"tl-row ").append(b.kind()).append("\">");
        s.append("<title>").append(Html.esc(b.tip())).append("</title>");
        s.append(String.format("<text x=\"4\" y=\"%d\" class=\"tl-label\">%s</text>", y + 15, Html.esc(shorten(b.label(), 17))));
        s.append(String.format("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" class=\"tl-bar\"/>", x1, y + (ROW - BAR) / 2, x2 - x1, BAR));
        // the dates right of the bar, or left of it when they would run off the drawing
        double textW = b.dates().length() * 6.2;
        boolean right = x2 + 4 + textW <= W;
        s.append(String.format("<text x=\"%.1f\" y=\"%d\" class=\"tl-dates%s\">%s</text>", right ? x2 + 4 : x1 - 4, y + 15,
                right ? "" : " before", Html.esc(b.dates())));
        return s.append("</a>\n").toString();
    }

    /** Years between ticks: every year up to 12 years, then 2, 5, 10 … so the axis keeps about a dozen labels. */
    static int yearStep(int years) {
        for (int step : new int[] {1, 2, 5, 10, 20, 50})
            if (years / step <= 12)
                return step;
        return 100;
    }

    /** Days to SVG x between two dates. */
    private record Axis(LocalDate start, LocalDate end, int left, int right) {
        double x(LocalDate d) {
            double total = Math.max(1, ChronoUnit.DAYS.between(start, end));
            return left + (right - left) * ChronoUnit.DAYS.between(start, d) / total;
        }
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
