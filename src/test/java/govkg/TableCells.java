package govkg;

import java.util.List;

/** The expected-value cell of table tests: what was found, space-separated, or "none". */
public final class TableCells {
    private TableCells() {}

    public static String listedOrNone(List<String> found) {
        return found.isEmpty() ? "none" : String.join(" ", found);
    }
}
