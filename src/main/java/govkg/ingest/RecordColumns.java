package govkg.ingest;

/**
 * Which fields of a record file (JSONL, CSV, TSV) hold a report's id, title, date, text and URL. Only the text
 * is required in each record; a record without an id is named by its file and line.
 */
public record RecordColumns(String id, String title, String date, String text, String url) {
    public static final RecordColumns DEFAULT = new RecordColumns("id", "title", "date", "text", "url");

    public RecordColumns {
        for (String c : new String[]{id, title, date, text, url})
            if (c == null || c.isBlank()) throw new IllegalArgumentException("a record column name must not be empty");
    }
}
