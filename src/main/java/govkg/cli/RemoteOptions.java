package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.remote.Credentials;
import govkg.remote.GraphStoreClient;
import govkg.remote.RemoteLoader;
import govkg.remote.RetryPolicy;
import govkg.remote.SentGraphs;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The options of a load into a remote store over the Graph Store Protocol (load and build). */
public final class RemoteOptions {
    @Option(names = "--endpoint", paramLabel = "URL", description = "Graph Store Protocol endpoint of a remote store (e.g. http://localhost:3030/govkg/data): graphs are PUT there instead of into --db.")
    String endpoint;

    @Option(names = "--credentials", paramLabel = "FILE", description = "HTTP basic auth for --endpoint: the first user:password line of FILE.")
    Path credentials;

    @Option(names = "--state", paramLabel = "FILE", description = "Resume file: the graphs already sent and their content hashes (load: default ./govkg-remote.state; build: DB.remote-state next to --db).")
    Path state;

    @Option(names = "--parallel", paramLabel = "N", description = "PUTs in flight at once (default ${DEFAULT-VALUE}).")
    int parallel = 4;

    @Option(names = "--retries", paramLabel = "N", description = "Attempts per request on 5xx, 429 and connection errors (default ${DEFAULT-VALUE}).")
    int attempts = RetryPolicy.DEFAULT.attempts();

    @Option(names = "--retry-delay", paramLabel = "MS", description = "First wait before a retry, doubled each time up to 30 s (default ${DEFAULT-VALUE}).")
    long retryDelayMs = RetryPolicy.DEFAULT.firstDelay().toMillis();

    @Option(names = "--force", description = "Send every graph again, even those the state file says the endpoint has.")
    boolean force;

    boolean remote() {
        return endpoint != null;
    }

    GraphStoreClient client() {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, "--endpoint: not a URL (" + e.getReason() + ")");
        }
        try {
            Optional<Credentials> c = credentials == null ? Optional.empty() : Optional.of(Credentials.read(credentials));
            RetryPolicy retry = new RetryPolicy(attempts, Duration.ofMillis(retryDelayMs), RetryPolicy.DEFAULT.maxDelay());
            return new GraphStoreClient(uri, c, retry);
        } catch (IllegalArgumentException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }

    SentGraphs state(Path defaultFile, GraphStoreClient client) {
        try {
            return SentGraphs.open(state != null ? state : defaultFile, client.endpoint().toString());
        } catch (IllegalArgumentException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }

    RemoteLoader loader(GraphStoreClient client, SentGraphs sent) {
        try {
            return new RemoteLoader(client, sent, parallel, force);
        } catch (IllegalArgumentException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }
}
