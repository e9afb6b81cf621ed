package govkg.bench;

/** One news item of a JSON-lines corpus: id, headline, date (YYYY-MM-DD or empty) and body text. */
public record CorpusArticle(String id, String title, String date, String text) {
    /** The text of a report file for it: headline line, blank line, body (what {@code PageSplitter} reads). */
    public String asReportFile() {
        return title + "\n\n" + text + "\n";
    }

    /** A file name that carries the date, so the page splitter dates the report. */
    public String fileName() {
        return date.replace("-", "") + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + ".txt";
    }
}
