package govkg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a bench run measures and at what size.
 *
 * @param corpus   JSON-lines corpus folder or file (shared/corpora/xwlb)
 * @param articles articles of the corpus for the extraction, cores and load benchmarks
 * @param reports  reports in the scaled store (queries) and in the memory-bounded build
 * @param work     scratch folder (created; holds the report files, N-Quads and stores)
 * @param only     benchmarks to run (all when empty): extract, stages (a profile, no target), cores, memory, load,
 *                 coldstart, queries
 * @param seconds  how long the query clients run
 */
public record BenchOptions(Path corpus, int articles, int reports, Path work, Set<String> only, int clients, int seconds) {
    public static final List<String> ALL = List.of("extract", "stages", "load", "coldstart", "cores", "queries", "memory");

    public BenchOptions {
        if (articles < 1) throw new IllegalArgumentException("--articles " + articles + ": expected a positive number");
        if (reports < 1) throw new IllegalArgumentException("--reports " + reports + ": expected a positive number");
        if (clients < 1) throw new IllegalArgumentException("--clients " + clients + ": expected a positive number");
        if (seconds < 1) throw new IllegalArgumentException("--seconds " + seconds + ": expected a positive number");
        for (String o : only)
            if (!ALL.contains(o)) throw new IllegalArgumentException("--only " + o + ": expected one of " + String.join(", ", ALL));
        only = Set.copyOf(only);
    }

    public boolean runs(String name) {
        return only.isEmpty() || only.contains(name);
    }
}
