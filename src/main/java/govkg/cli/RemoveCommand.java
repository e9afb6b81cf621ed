package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.resolve.IriMinter;
import govkg.store.IncrementalLoader;
import govkg.store.ReportLookup;
import govkg.store.Store;
import govkg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** govkg remove: takes reports out of the store, with every entity only they mentioned. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove reports from the TDB2 store: a report IRI, a source-file IRI, or a report file (all its articles).",
                "Entities no remaining report mentions disappear; labels and owl:sameAs links are recomputed; the gazetteer is kept."})
public final class RemoveCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "REPORT-OR-FILE", description = "Report IRI, source-file IRI, or file path.")
    List<String> targets;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (Store st = Store.openExisting(store.db)) {
            for (String t : targets) {
                try {
                    ReportLookup.Found f = ReportLookup.find(st, t);
                    IncrementalLoader loader = new IncrementalLoader(st, new IriMinter(f.base()));
                    loader.remove(f.reports());
                    if (!quiet) err.println("govkg: removed " + f.reports().size() + " report(s) of " + t);
                } catch (StoreException e) {
                    err.println("govkg: skipped " + e.getMessage());
                    failed++;
                }
            }
        } catch (StoreException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        err.flush();
        return failed == 0 ? ExitCodes.OK : failed == targets.size() ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
    }
}
