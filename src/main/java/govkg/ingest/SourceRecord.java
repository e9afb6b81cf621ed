package govkg.ingest;

/**
 * One report read from a record file: the line it starts on, its fields as given (null when absent), or the
 * {@code problem} that makes it unusable (bad JSON, no text, an id already used for other text).
 */
public record SourceRecord(int line, String text, String title, String date, String url, String problem) {
    static SourceRecord bad(int line, String problem) {
        return new SourceRecord(line, null, null, null, null, problem);
    }
}
