package govkg.spark;

import govkg.resolve.IriMinter;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every executor needs to build the same {@link govkg.pipeline.ReportProcessor} as the driver would:
 * the IRI base, the fallback date and the names of extra lexicon files shipped with {@code SparkContext.addFile}.
 * Small and serializable; it is the key of the per-executor extractor ({@link ExecutorExtraction}).
 */
public record JobSettings(String base, String date, List<String> lexiconFiles) implements Serializable {
    public JobSettings {
        lexiconFiles = List.copyOf(lexiconFiles);
    }

    IriMinter iris() {
        return new IriMinter(base);
    }

    Optional<LocalDate> fallbackDate() {
        return date == null ? Optional.empty() : Optional.of(LocalDate.parse(date));
    }
}
