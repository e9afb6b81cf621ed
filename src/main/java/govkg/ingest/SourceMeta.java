package govkg.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a source says about itself beside its text. A file says nothing ({@link #NONE}); a record of a JSONL or
 * CSV corpus is one whole report with its own title, date and URL, which win over what the text suggests.
 */
public record SourceMeta(boolean wholeReport, Optional<String> title, Optional<LocalDate> date, Optional<String> url) {
    public static final SourceMeta NONE = new SourceMeta(false, Optional.empty(), Optional.empty(), Optional.empty());
}
