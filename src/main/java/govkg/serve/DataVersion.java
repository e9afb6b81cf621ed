package govkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that goes up after every write request to the dataset (PUT, POST, DELETE, PATCH that succeeded,
 * or that may have), so what the pages derive from the data (name index, counts) knows when to rebuild.
 * A POST of a query also counts: a needless rebuild is cheap next to a stale page. Thread-safe.
 */
final class DataVersion {
    private static final Set<String> WRITES = Set.of("PUT", "POST", "DELETE", "PATCH");
    private final AtomicLong version = new AtomicLong();

    long get() {
        return version.get();
    }

    /** A servlet filter that bumps the version after each write request. */
    Filter writeListener() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                    throws IOException, ServletException {
                try {
                    chain.doFilter(req, resp);
                } finally {
                    if (req instanceof HttpServletRequest h && WRITES.contains(h.getMethod())
                            && !(resp instanceof HttpServletResponse r && r.getStatus() >= 400))
                        version.incrementAndGet();
                }
            }
        };
    }
}
