package govkg.pipeline;

import govkg.rdf.ReportGraph;
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
 * in input order, so output is deterministic whatever the thread count. At most a window of small tasks
 * (a few files each, see {@link #FILES_PER_TASK}) is in flight, so memory stays bounded by a few files, never
 * by the corpus. A file that fails is
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

    /**
     * Files per task: a worker segments a few files, then extracts them (see {@link ReportProcessor#process(List,
     * govkg.extract.StageClock)}), up to this many or until {@link #BYTES_PER_TASK} of input, so a task of large
     * pages stays small.
     */
    static final int FILES_PER_TASK = 16;
    static final long BYTES_PER_TASK = 256 << 10;

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
        int window = Math.max(2, threads * 2);     // tasks in flight
        List<Task> inFlight = new ArrayList<>();
        int next = 0, done = 0;
        try {
            while (done < inputs.size()) {
                while (next < inputs.size() && inFlight.size() < window) {
                    List<SourceReader.Input> part = inputs.subList(next, taskEnd(inputs, next));
                    next += part.size();
                    inFlight.add(new Task(part.size(), pool.submit(() -> processor.process(part, govkg.extract.StageClock.OFF))));
                }
                Task task = inFlight.remove(0);
                List<ReportProcessor.Outcome> outcomes;
                try {
                    outcomes = task.outcomes().get();
                } catch (ExecutionException e) {     // the task itself failed: each of its files failed so
                    outcomes = java.util.Collections.nCopies(task.files(), new ReportProcessor.Outcome(null, e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                for (ReportProcessor.Outcome o : outcomes) {
                    SourceReader.Input in = inputs.get(done);
                    if (o.failure() == null) {
                        consumer.accept(o.graphs());
                        reports += o.graphs().size();
                        for (ReportGraph g : o.graphs()) quads += g.quads().size();
                    } else {
                        failures.add(new Failure(in.path().toString(), reason(in, o.failure())));
                    }
                    done++;
                    if (progress != null) progress.update(done, inputs.size(), reports);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(inputs.size(), reports, quads, failures);
    }

    /** Files in flight on a worker, and their outcomes to come. */
    private record Task(int files, Future<List<ReportProcessor.Outcome>> outcomes) {}

    /** The end of the task that starts at {@code from}: up to {@link #FILES_PER_TASK} files or {@link #BYTES_PER_TASK}. */
    public static int taskEnd(List<SourceReader.Input> inputs, int from) {
        long bytes = 0;
        int end = from;
        while (end < inputs.size() && end - from < FILES_PER_TASK && bytes < BYTES_PER_TASK) {
            try {
                bytes += java.nio.file.Files.size(inputs.get(end).path());
            } catch (IOException e) {
                bytes = BYTES_PER_TASK;     // unreadable: reading it will say why; keep its task short
            }
            end++;
        }
        return end;
    }

    /** Why a file failed, without repeating its path when the message starts with it. */
    private static String reason(SourceReader.Input in, Throwable c) {
        if (System.getenv("GOVKG_DEBUG") != null) c.printStackTrace();
        return c instanceof IOException && c.getMessage() != null && c.getMessage().startsWith(in.path().toString())
                ? c.getMessage().substring(in.path().toString().length() + 2)
                : c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }
}
