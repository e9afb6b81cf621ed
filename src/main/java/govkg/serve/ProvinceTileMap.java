package govkg.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A province map as inline SVG without any boundary geometry: a tile-grid cartogram, one square per provincial-level
 * division at a fixed grid position that keeps rough neighbourhoods ({@code /govkg/serve/province-tiles.tsv}, keyed
 * by the 2-digit division code). Nothing is downloaded and no third-party shapes are copied; the squares also make
 * small provinces as visible as large ones. A tile is shaded by the year of its first adoption (darker: earlier),
 * grey when none, titled with the province and date, and links to the place when the store has it.
 * Immutable; thread-safe.
 */
final class ProvinceTileMap {
    /** One division's square. */
    record Tile(String code, String name, String shortName, int col, int row) {}

    /** What the map shows of one division: its first adoption, the text of its title, its page (may be null). */
    record Shade(LocalDate first, String text, String href) {}

    static final List<Tile> TILES = load();
    /** Year classes at most; more years share a class (a legend of ranges). */
    static final int CLASSES = 6;
    static final String NONE = "#e4e7eb";
    private static final int SIZE = 44, GAP = 4, PAD = 6, LEGEND_X = 8 * (SIZE + GAP) + 2 * PAD + 8;
    /** The earliest class's colour and the latest's; classes between are mixed from them. */
    private static final int[] EARLY = {0x0b, 0x4f, 0x6c}, LATE = {0xb9, 0xe3, 0xd6};

    private ProvinceTileMap() {}

    /** The map; {@code shades} by 2-digit code (00: the whole country). */
    static String render(Map<String, Shade> shades, String ariaLabel, String caption) {
        List<Integer> years = new ArrayList<>(new TreeSet<>(shades.values().stream().map(s -> s.first().getYear()).toList()));
        List<int[]> classes = classes(years);
        int cols = TILES.stream().mapToInt(Tile::col).max().orElse(0) + 1;
        int rows = TILES.stream().mapToInt(Tile::row).max().orElse(0) + 1;
        int w = Math.max(LEGEND_X + 130, cols * (SIZE + GAP) + 2 * PAD), h = rows * (SIZE + GAP) + 2 * PAD;
        StringBuilder b = new StringBuilder("<figure class=\"tilemap\"><svg viewBox=\"0 0 " + w + " " + h + "\" role=\"img\" aria-label=\""
                + Html.esc(ariaLabel) + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (Tile t : TILES) {
            Shade s = shades.get(t.code());
            int cls = s == null ? -1 : classOf(classes, s.first().getYear());
            String fill = cls < 0 ? NONE : colour(cls, classes.size());
            int x = PAD + t.col() * (SIZE + GAP), y = PAD + t.row() * (SIZE + GAP);
            String open = s != null && s.href() != null ? "<a href=\"" + Html.esc(s.href()) + "\"" : "<g";
            b.append(open).append(" class=\"tile").append(s == null ? " none" : " adopted").append("\" data-code=\"").append(t.code()).append("\">")
                    .append("<title>").append(Html.esc(t.name() + "：" + (s == null ? "无报道" : s.text()))).append("</title>")
                    .append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\"/>", x, y, SIZE, SIZE, fill))
                    .append(String.format("<text x=\"%d\" y=\"%d\" class=\"tile-label%s\">%s</text>", x + SIZE / 2, y + SIZE / 2 + 5,
                            cls >= 0 && cls < (classes.size() + 1) / 2 ? " dark" : "", Html.esc(t.shortName())))
                    .append(s != null && s.href() != null ? "</a>" : "</g>").append('\n');
        }
        legend(b, classes);
        return b.append("</svg><figcaption>").append(Html.esc(caption)).append("</figcaption></figure>\n").toString();
    }

    /** Swatches from the earliest year class down, then grey for none. */
    private static void legend(StringBuilder b, List<int[]> classes) {
        int y = PAD;
        b.append(String.format("<text x=\"%d\" y=\"%d\" class=\"legend-title\">首次报道年份</text>\n", LEGEND_X, y + 12));
        y += 20;
        for (int i = 0; i < classes.size(); i++, y += 22) {
            int[] c = classes.get(i);
            String label = c[0] == c[1] ? String.valueOf(c[0]) : c[0] + "–" + c[1];
            b.append(String.format("<g class=\"legend-item\"><rect x=\"%d\" y=\"%d\" width=\"16\" height=\"16\" rx=\"3\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" class=\"legend-label\">%s</text></g>\n", LEGEND_X, y, colour(i, classes.size()),
                    LEGEND_X + 22, y + 13, label));
        }
        b.append(String.format("<g class=\"legend-item\"><rect x=\"%d\" y=\"%d\" width=\"16\" height=\"16\" rx=\"3\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\" class=\"legend-label\">无报道</text></g>\n", LEGEND_X, y, NONE, LEGEND_X + 22, y + 13));
    }

    /** The years grouped into at most {@value #CLASSES} consecutive ranges {from, to}, earliest first. */
    static List<int[]> classes(List<Integer> years) {
        List<int[]> out = new ArrayList<>();
        int n = years.size();
        int k = Math.min(CLASSES, n);
        for (int i = 0; i < k; i++) {
            int from = years.get(i * n / k), to = years.get((i + 1) * n / k - 1);
            out.add(new int[] {from, to});
        }
        return out;
    }

    static int classOf(List<int[]> classes, int year) {
        for (int i = 0; i < classes.size(); i++)
            if (year <= classes.get(i)[1])
                return i;
        return classes.size() - 1;
    }

    /** Class {@code i} of {@code n}: mixed from the earliest colour to the latest. */
    static String colour(int i, int n) {
        double f = n <= 1 ? 0 : (double) i / (n - 1);
        StringBuilder s = new StringBuilder("#");
        for (int c = 0; c < 3; c++)
            s.append(String.format("%02x", (int) Math.round(EARLY[c] + (LATE[c] - EARLY[c]) * f)));
        return s.toString();
    }

    private static List<Tile> load() {
        List<Tile> out = new ArrayList<>();
        try (InputStream in = ProvinceTileMap.class.getResourceAsStream("/govkg/serve/province-tiles.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] f = line.split("\t");
                out.add(new Tile(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
