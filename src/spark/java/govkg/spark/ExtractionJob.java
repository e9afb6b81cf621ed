package govkg.spark;

import govkg.rdf.EntityGraph;
import govkg.rdf.GazetteerGraph;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction as a Spark job, the same statements as {@code govkg extract} on the same input:
 * <ol>
 *   <li>map: each source to its report graphs on an executor ({@link ExecutorExtraction}); report graphs are
 *       independent (extraction and {@link govkg.resolve.ArticleResolver} see one article), so this scales out;</li>
 *   <li>reduce: the entities graph by entity IRI, then by person name ({@link DistributedEntityGraph});</li>
 *   <li>the gazetteer graph: the distinct division codes mentioned, with their ancestors;</li>
 *   <li>all written as N-Quads in partitions, {@code OUT/part-NNNNN.nq}.</li>
 * </ol>
 * Run metadata (the runs graph) is not written: like {@code govkg extract}, the job only extracts; a load records the run.
 */
final class ExtractionJob {
    /** A source that could not be used, and why. */
    record Failure(String file, String reason) implements java.io.Serializable {}

    /** What the job did. */
    record Summary(long files, long reports, long quads, int partFiles, List<Failure> failures) {}

    private ExtractionJob() {}

    static Summary run(JavaSparkContext sc, JavaRDD<SourceDoc> sources, JobSettings settings, String out) throws IOException {
        JavaRDD<FileResult> results = sources.map(d -> ExecutorExtraction.run(d, settings))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JavaRDD<FileResult> ok = results.filter(FileResult::ok);
            JavaRDD<String> reportLines = ok.flatMap(r -> r.lines().iterator());
            JavaRDD<String> entityLines = DistributedEntityGraph.lines(ok, EntityGraph.graphIri(settings.iris()));
            JavaRDD<String> placeLines = ok.flatMap(r -> r.placeCodes().iterator()).distinct()
                    .mapPartitions(codes -> {
                        List<String> batch = new ArrayList<>();
                        codes.forEachRemaining(batch::add);
                        List<String> lines = new ArrayList<>();
                        new GazetteerGraph(settings.iris()).writeWithAncestors(batch, NQuadLines.collector(lines));
                        return lines.iterator();
                    })
                    .distinct();
            reportLines.union(entityLines).union(placeLines).saveAsTextFile(out);

            List<Failure> failures = results.filter(r -> !r.ok()).map(r -> new Failure(shown(r.location()), r.failure())).collect();
            Tuple2<Long, Long> counts = ok.map(r -> new Tuple2<>((long) r.reports(), (long) r.lines().size()))
                    .fold(new Tuple2<>(0L, 0L), (a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()));
            int parts = nameParts(sc, out);
            return new Summary(results.count(), counts._1(), counts._2(), parts, new ArrayList<>(failures));
        } finally {
            results.unpersist();
        }
    }

    /** A local file as a plain path, as `govkg extract` names it; any other location as it is. */
    static String shown(String location) {
        return location.startsWith("file:") ? java.net.URI.create(location).getPath() : location;
    }

    /** Gives Spark's part files the .nq extension, so `govkg load OUT/*.nq` and every RDF tool know their syntax. */
    private static int nameParts(JavaSparkContext sc, String out) throws IOException {
        Path dir = new Path(out);
        FileSystem fs = dir.getFileSystem(sc.hadoopConfiguration());
        int n = 0;
        for (FileStatus f : fs.listStatus(dir)) {
            String name = f.getPath().getName();
            if (name.startsWith("part-") && !name.endsWith(".nq")) {
                fs.rename(f.getPath(), new Path(dir, name + ".nq"));
                n++;
            }
        }
        return n;
    }
}
