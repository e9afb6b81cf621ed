package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.remote.FileGraphs;
import govkg.remote.GraphStoreClient;
import govkg.remote.RemoteLoadException;
import govkg.remote.RemoteLoader;
import govkg.remote.SentGraphs;
import govkg.remote.StoreGraphs;
import govkg.resolve.IriMinter;
import govkg.store.Store;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The remote halves of load and build: graphs to a Graph Store Protocol endpoint, with progress and resumption. */
final class RemoteLoad {
    private RemoteLoad() {}

    /** load --endpoint: each file's graphs; returns the number of files that failed (some of their graphs not sent). */
    static int files(RemoteOptions opts, List<Path> files, String base, boolean quiet, PrintWriter err) {
        GraphStoreClient client = opts.client();
        warnIfPlain(client, opts, err);
        try (SentGraphs state = opts.state(Path.of("govkg-remote.state"), client)) {
            RemoteLoader loader = opts.loader(client, state);
            ProgressReporter progress = new ProgressReporter(err, quiet, "load", false, "files", "graphs sent");
            int failed = 0, done = 0;
            long sent = 0;
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    err.println("govkg: skipped " + f + ": no such file");
                    failed++;
                } else {
                    List<RemoteLoader.Job> jobs;
                    try {
                        jobs = FileGraphs.read(f, new IriMinter(base).graph("file/" + IriMinter.hash(f.toAbsolutePath().normalize().toString())));
                    } catch (RuntimeException e) {
                        err.println("govkg: skipped " + f + ": " + e.getMessage());
                        failed++;
                        jobs = null;
                    }
                    if (jobs != null) {
                        RemoteLoader.Tally t = send(loader, jobs, state, err);
                        sent += t.sent();
                        if (t.failed() > 0) failed++;
                        if (!quiet) err.println("govkg: " + f + ": " + describe(t));
                    }
                }
                progress.update(++done, files.size(), sent);
            }
            progress.finish();
            err.flush();
            return failed;
        }
    }

    /** build --endpoint: every graph of the local store that the endpoint lacks or has otherwise, and drops gone ones. */
    static void store(RemoteOptions opts, Store st, boolean quiet, PrintWriter err) {
        GraphStoreClient client = opts.client();
        warnIfPlain(client, opts, err);
        Path db = st.dir().toAbsolutePath().normalize();
        try (SentGraphs state = opts.state(db.resolveSibling(db.getFileName() + ".remote-state"), client)) {
            RemoteLoader loader = opts.loader(client, state);
            List<RemoteLoader.Job> jobs = StoreGraphs.of(st.dataset());
            ProgressReporter progress = new ProgressReporter(err, quiet, "send", false, "graphs", "sent");
            int[] done = {0}, sent = {0};
            RemoteLoader.Tally t;
            try {
                t = loader.send(jobs, (g, outcome, problem) -> {
                    if (problem != null) err.println("govkg: " + problem);
                    if (outcome == RemoteLoader.Outcome.SENT) sent[0]++;
                    progress.update(++done[0], jobs.size(), sent[0]);
                });
                int dropped = loader.deleteAll(StoreGraphs.gone(state, jobs));
                progress.finish();
                if (!quiet) err.println("govkg: " + client.endpoint() + ": " + describe(t) + (dropped > 0 ? ", " + dropped + " dropped" : ""));
            } catch (RemoteLoadException e) {
                throw stopped(e, state);
            }
            if (t.failed() > 0) throw new GovkgException(ExitCodes.FAILURE, t.failed() + " graph(s) not sent; rerun to retry them");
        }
    }

    private static RemoteLoader.Tally send(RemoteLoader loader, List<RemoteLoader.Job> jobs, SentGraphs state, PrintWriter err) {
        try {
            return loader.send(jobs, (g, outcome, problem) -> { if (problem != null) err.println("govkg: " + problem); });
        } catch (RemoteLoadException e) {
            throw stopped(e, state);
        }
    }

    private static GovkgException stopped(RemoteLoadException e, SentGraphs state) {
        return new GovkgException(ExitCodes.FAILURE, e.getMessage() + "; stopped (graphs already sent are recorded in "
                + state.file() + ", a rerun skips them)");
    }

    private static String describe(RemoteLoader.Tally t) {
        return t.sent() + " graph(s) sent (" + t.triples() + " triples), " + t.skipped() + " unchanged since the last load (skipped)"
                + (t.failed() > 0 ? ", " + t.failed() + " failed" : "");
    }

    /** Basic auth over plain HTTP beyond this machine shows the password to the network: say so. */
    private static void warnIfPlain(GraphStoreClient client, RemoteOptions opts, PrintWriter err) {
        if (opts.credentials == null || !"http".equals(client.endpoint().getScheme())) return;
        try {
            if (InetAddress.getByName(client.endpoint().getHost()).isLoopbackAddress()) return;
        } catch (java.io.IOException e) {
            // unknown host: the first request will say so
        }
        err.println("govkg: warning: credentials go to " + client.endpoint().getHost() + " over plain HTTP; put TLS in front (https://)");
    }
}
