package govkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A running server over the fixture TriG loaded into a real TDB2 in a temp folder, with the data base set to
 * the server's own URL. Not thread-safe; one per test class.
 */
final class Fixture implements AutoCloseable {
    static final String PLACEHOLDER = "http://base.invalid/";

    final Path dir;
    final Dataset dataset;
    final GovkgServer server;
    final String base;

    Fixture() {
        this(o -> o);
    }

    /** A fixture server whose options are the defaults changed by {@code options}. */
    Fixture(java.util.function.UnaryOperator<ServerOptions> options) {
        try {
            int port = freePort();
            base = "http://localhost:" + port + "/";
            dir = Files.createTempDirectory("govkg-serve-tdb2");
            dataset = TDB2Factory.connectDataset(dir.toString());
            String trig;
            try (InputStream in = Fixture.class.getResourceAsStream("/serve/fixture.trig")) {
                trig = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(PLACEHOLDER, base);
            }
            Txn.executeWrite(dataset, () -> RDFParser.fromString(trig, Lang.TRIG).parse(dataset));
            server = GovkgServer.start(dataset, port, options.apply(ServerOptions.defaults().withBase(base)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return server.baseUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** A fixture IRI (the placeholder base replaced). */
    String iri(String path) {
        return base + path;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stop();
        TDBInternal.expel(dataset.asDatasetGraph());
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temp folder; ignore
        }
    }
}
