package govkg.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Sends graphs to a Graph Store Protocol endpoint, {@code parallel} PUTs in flight at a time (GSP has one graph
 * per PUT, so this is the batching), skipping the graphs the {@link SentGraphs} state says the endpoint already
 * has with the same content. A fatal error (credentials refused, endpoint gone after all retries) stops the
 * batch and is thrown; a graph the endpoint rejects (say, 400 for bad data) is counted as failed and the rest go
 * on. Use from one thread; the listener is called on that thread.
 */
public final class RemoteLoader {
    /** A graph to send, its payload built when a worker takes it (so only {@code parallel} are in memory). */
    public record Job(String graph, Supplier<GraphPayload> payload) {}

    /** What happened to one graph. */
    public enum Outcome { SENT, SKIPPED, FAILED }

    public interface Listener {
        void done(String graph, Outcome outcome, String problem);
    }

    /** Counts of a batch. */
    public record Tally(int sent, int skipped, int failed, long triples) {
        Tally plus(Tally o) {
            return new Tally(sent + o.sent, skipped + o.skipped, failed + o.failed, triples + o.triples);
        }
    }

    private final GraphStoreClient client;
    private final SentGraphs state;
    private final int parallel;
    private final boolean force;

    /** @param force send every graph, whatever the state file says (it is still updated) */
    public RemoteLoader(GraphStoreClient client, SentGraphs state, int parallel, boolean force) {
        if (parallel < 1) throw new IllegalArgumentException("--parallel: at least 1, got " + parallel);
        this.client = client;
        this.state = state;
        this.parallel = parallel;
        this.force = force;
    }

    private record Result(String graph, Outcome outcome, String problem, long triples) {}

    /** Sends the jobs; returns what happened; throws {@link RemoteLoadException} on a fatal error. */
    public Tally send(List<Job> jobs, Listener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, jobs.size())), r -> {
            Thread t = new Thread(r, "govkg-remote-put");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Result> done = new ExecutorCompletionService<>(pool);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Job j : jobs) futures.add(done.submit(() -> sendOne(j)));
            Tally t = new Tally(0, 0, 0, 0);
            for (int i = 0; i < jobs.size(); i++) {
                Result r;
                try {
                    r = done.take().get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RemoteLoadException rle) throw rle;
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw new IllegalStateException(e.getCause());
                }
                listener.done(r.graph, r.outcome, r.problem);
                t = t.plus(new Tally(r.outcome == Outcome.SENT ? 1 : 0, r.outcome == Outcome.SKIPPED ? 1 : 0,
                        r.outcome == Outcome.FAILED ? 1 : 0, r.triples));
            }
            return t;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteLoadException("interrupted", true);
        } finally {
            pool.shutdownNow();
        }
    }

    private Result sendOne(Job j) {
        GraphPayload p = j.payload().get();
        if (!force && state.alreadySent(j.graph(), p.hash())) return new Result(j.graph(), Outcome.SKIPPED, null, 0);
        try {
            client.put(j.graph(), p.ntriples());
        } catch (RemoteLoadException e) {
            if (e.fatal()) throw e;
            return new Result(j.graph(), Outcome.FAILED, e.getMessage(), 0);
        }
        state.recordPut(j.graph(), p.hash());
        return new Result(j.graph(), Outcome.SENT, null, p.triples());
    }

    /** Drops graphs the endpoint got from earlier loads that are gone from the source now. */
    public int deleteAll(List<String> graphs) {
        for (String g : graphs) {
            client.delete(g);
            state.recordDelete(g);
        }
        return graphs.size();
    }
}
