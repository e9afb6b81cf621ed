package govkg.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --db option. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store folder (default ${DEFAULT-VALUE}).")
    Path db = Path.of("govkg-db");
}
