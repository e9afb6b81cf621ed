package govkg.rdf;

import govkg.ingest.SourceReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Processes many files on a pool of threads and delivers each file's report graphs to one consumer
 * in input order, so output is deterministic whatever the thread count. At most a window of files is
 * in flight, so memory stays bounded by a few files, never by the corpus. A file that fails is
 * reported (file and reason) and the batch goes on.
 */
public final class Batch {
    /** A file that could not be processed, and why. */
    public record Failure(String file, String reason) {}

    /** What a batch did. */
    public record Summary(int files, int reports, long quads, List<Failure> failures) {}

    /** Called after each file with (files done, files total, characters done). */
    public interface Progress {
        void update(int done, int total, long reports);
    }

    private Batch() {}

    public static Summary run(List<SourceReader.Input> inputs, ReportProcessor processor, int threads,
                              Consumer<List<ReportGraph>> consumer, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "govkg-extract");
            t.setDaemon(true);
            return t;
        });
        List<Failure> failures = new ArrayList<>();
        int reports = 0;
        long quads = 0;
        int window = Math.max(2, threads * 4);
        List<Future<List<ReportGraph>>> inFlight = new ArrayList<>();
        int next = 0, done = 0;
        try {
            while (done < inputs.size()) {
                while (next < inputs.size() && inFlight.size() < window) {
                    SourceReader.Input in = inputs.get(next++);
                    inFlight.add(pool.submit(() -> processor.process(in)));
                }
                Future<List<ReportGraph>> f = inFlight.remove(0);
                SourceReader.Input in = inputs.get(done);
                try {
                    List<ReportGraph> graphs = f.get();
                    consumer.accept(graphs);
                    reports += graphs.size();
                    for (ReportGraph g : graphs) quads += g.quads().size();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    String reason = c instanceof IOException && c.getMessage() != null && c.getMessage().startsWith(in.path().toString())
                            ? c.getMessage().substring(in.path().toString().length() + 2)
                            : c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
                    if (System.getenv("GOVKG_DEBUG") != null) c.printStackTrace();
                    failures.add(new Failure(in.path().toString(), reason));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                done++;
                if (progress != null) progress.update(done, inputs.size(), reports);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(inputs.size(), reports, quads, failures);
    }
}
