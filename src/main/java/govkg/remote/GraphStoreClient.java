package govkg.remote;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Writes whole named graphs to a SPARQL 1.1 Graph Store Protocol endpoint ({@code …/data?graph=IRI}): PUT
 * replaces a graph, DELETE drops it. Retries 5xx, 429 and connection errors as the {@link RetryPolicy} says;
 * 401/403 and other 4xx answers are not retried. Messages name the endpoint and the graph, never the password.
 * Thread-safe (one {@link HttpClient}, shared).
 */
public final class GraphStoreClient {
    private final URI endpoint;
    private final Optional<Credentials> credentials;
    private final RetryPolicy retry;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public GraphStoreClient(URI endpoint, Optional<Credentials> credentials, RetryPolicy retry) {
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme()))
            throw new IllegalArgumentException("--endpoint " + endpoint + ": not an http(s) URL");
        // a password in the URL would end up in messages and process lists
        if (endpoint.getRawUserInfo() != null)
            throw new IllegalArgumentException("--endpoint: put the user and password in --credentials FILE, not in the URL");
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.retry = retry;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Replaces graph {@code graphIri} by the N-Triples {@code body}. */
    public void put(String graphIri, byte[] body) {
        send("PUT", graphIri, HttpRequest.newBuilder(graphUri(graphIri))
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), false);
    }

    /** Drops graph {@code graphIri}; a graph the store does not have is no error. */
    public void delete(String graphIri) {
        send("DELETE", graphIri, HttpRequest.newBuilder(graphUri(graphIri)).DELETE(), true);
    }

    URI graphUri(String graphIri) {
        String e = endpoint.toString();
        return URI.create(e + (e.contains("?") ? "&" : "?") + "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
    }

    private void send(String method, String graphIri, HttpRequest.Builder b, boolean notFoundIsOk) {
        b.timeout(Duration.ofMinutes(5));
        credentials.ifPresent(c -> b.header("Authorization", c.basicHeader()));
        HttpRequest req = b.build();
        String what = method + " <" + graphIri + "> to " + endpoint;
        String lastProblem = "";
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            if (attempt > 1) sleep(retry.delayAfter(attempt - 1));
            int status;
            String body;
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = r.statusCode();
                body = r.body();
            } catch (IOException e) {
                lastProblem = "connection failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteLoadException(what + ": interrupted", true);
            }
            if (status >= 200 && status < 300 || notFoundIsOk && status == 404) return;
            if (status == 401 || status == 403)
                throw new RemoteLoadException(what + ": HTTP " + status + (credentials.isEmpty()
                        ? ", the endpoint refuses writes without credentials (give --credentials FILE)"
                        : ", the endpoint refused user " + credentials.get().user() + " (wrong password, or no write access)"), true);
            lastProblem = "HTTP " + status + brief(body);
            if (status < 500 && status != 429)
                throw new RemoteLoadException(what + ": " + lastProblem, false);
        }
        throw new RemoteLoadException(what + ": gave up after " + retry.attempts() + " attempt(s), last: " + lastProblem, true);
    }

    /** The first line of an error body, short: Fuseki says what was wrong with the data there. */
    private static String brief(String body) {
        if (body == null || body.isBlank()) return "";
        String first = body.strip().lines().findFirst().orElse("");
        return " (" + (first.length() > 200 ? first.substring(0, 200) + "…" : first) + ")";
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteLoadException("interrupted while waiting to retry", true);
        }
    }
}
