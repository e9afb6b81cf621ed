package govkg.spark;

import govkg.lexicon.Lexicons;
import govkg.gazetteer.Gazetteer;
import govkg.ingest.SourceReader;
import govkg.ingest.SourceText;
import govkg.rdf.EntityGraph;
import govkg.rdf.ReportGraph;
import govkg.pipeline.ReportProcessor;
import org.apache.spark.SparkFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extraction as it runs inside an executor. The {@link ReportProcessor} (HanLP with the lexicons
 * added to its dictionary, and the gazetteer) is built once per executor JVM and job settings, on the
 * first source the executor sees, and shared by its task threads: HanLP's custom dictionary must be
 * complete before any thread segments, and loading it per task would cost seconds each time.
 */
final class ExecutorExtraction {
    private static final Map<JobSettings, ReportProcessor> PROCESSORS = new ConcurrentHashMap<>();

    private ExecutorExtraction() {}

    static ReportProcessor processor(JobSettings s) {
        return PROCESSORS.computeIfAbsent(s, ExecutorExtraction::create);
    }

    private static ReportProcessor create(JobSettings s) {
        List<Path> files = new ArrayList<>();
        for (String f : s.lexiconFiles()) files.add(Path.of(SparkFiles.get(f)));
        Lexicons lex = files.isEmpty() ? Lexicons.builtIn() : Lexicons.load(files);
        ReportProcessor p = new ReportProcessor(s.iris(), lex, s.fallbackDate());
        Gazetteer.get();
        return p;
    }

    /** One source through the whole chain; a source that cannot be read or extracted is a failure, not a crash. */
    static FileResult run(SourceDoc doc, JobSettings settings) {
        try {
            SourceText src = SourceReader.decode(doc.id(), Path.of(doc.fileName()), doc.bytes());
            List<ReportGraph> graphs = processor(settings).process(src);
            List<String> lines = new ArrayList<>();
            TreeSet<String> codes = new TreeSet<>();
            Map<String, EntityGraph.Seen> seen = new HashMap<>();
            for (ReportGraph g : graphs) {
                lines.addAll(NQuadLines.of(g.quads()));
                codes.addAll(g.placeCodes());
                EntityGraph.seenIn(g.quads()).forEach((iri, s) -> seen.merge(iri, s, EntityGraph.Seen::merge));
            }
            return new FileResult(doc.id(), doc.location(), null, graphs.size(), lines, List.copyOf(codes), seen);
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String prefix = doc.fileName() + ": ";
            return FileResult.failed(doc, m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        } catch (RuntimeException e) {
            if (System.getenv("GOVKG_DEBUG") != null) e.printStackTrace();
            return FileResult.failed(doc, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
