package govkg.remote;

import java.time.Duration;

/**
 * How often and how patiently a request is retried after a 5xx answer, a 429 or a connection error: at most
 * {@code attempts} tries in all, waiting {@code firstDelay}, then twice as long each time, never more than
 * {@code maxDelay}.
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public RetryPolicy {
        if (attempts < 1) throw new IllegalArgumentException("retries: at least one attempt, got " + attempts);
        if (firstDelay.isNegative() || maxDelay.isNegative()) throw new IllegalArgumentException("retry delays must not be negative");
    }

    /** The wait before attempt {@code n + 1}, after {@code n} failed attempts (n ≥ 1). */
    Duration delayAfter(int n) {
        long ms = firstDelay.toMillis();
        for (int i = 1; i < n && ms < maxDelay.toMillis(); i++) ms *= 2;
        return Duration.ofMillis(Math.min(ms, maxDelay.toMillis()));
    }
}
