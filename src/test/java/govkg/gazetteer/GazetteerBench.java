package govkg.gazetteer;

/**
 * Measures loading the gazetteer once in a fresh JVM: wall time, CPU time of the process, retained
 * heap, then the resolver's speed on a repeated sentence. Not a test (no assertion, never run by
 * Surefire); the command is in docs/gazetteer.md. Writes to standard output only.
 */
public final class GazetteerBench {

    private GazetteerBench() {}

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.get();
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("divisions: %d%n", g.size());
        System.out.printf("load: %.0f ms wall, %.0f ms CPU (all threads, JIT included)%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6);
        System.out.printf("retained heap: %.1f MB%n", (after - before) / 1e6);
        String text = "江苏省南京市建邺区南苑街道庐山社区的居民说，济南市公安局市中分局和北京市朝阳区的同行也来了。".repeat(200);
        PlaceResolver r = new PlaceResolver(g);
        r.resolve(text, PlaceContext.none());
        long t2 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < 20; i++) n += r.resolve(text, PlaceContext.none()).size();
        long t3 = System.nanoTime();
        System.out.printf("resolve: %.2f M chars/s (%d mentions)%n", 20.0 * text.length() / ((t3 - t2) / 1e3), n);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
