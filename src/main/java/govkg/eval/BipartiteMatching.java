package govkg.eval;

import java.util.Arrays;
import java.util.List;

/**
 * A maximum bipartite matching by augmenting paths (Kuhn): the largest set of (system entity, gold line)
 * pairs in which each is used once. Left vertices are tried in order, as the shared scorer does.
 */
final class BipartiteMatching {
    private BipartiteMatching() {}

    /**
     * @param candidates for each system entity, the indexes of the gold lines it matches
     * @param golds      the number of gold lines
     * @return for each gold line, the index of the system entity paired with it, or -1
     */
    static int[] solve(List<List<Integer>> candidates, int golds) {
        int[] owner = new int[golds];
        Arrays.fill(owner, -1);
        for (int i = 0; i < candidates.size(); i++) augment(i, candidates, owner, new boolean[golds]);
        return owner;
    }

    private static boolean augment(int i, List<List<Integer>> candidates, int[] owner, boolean[] seen) {
        for (int j : candidates.get(i)) {
            if (seen[j]) continue;
            seen[j] = true;
            if (owner[j] < 0 || augment(owner[j], candidates, owner, seen)) {
                owner[j] = i;
                return true;
            }
        }
        return false;
    }
}
