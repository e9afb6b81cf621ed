package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.rdf.GazetteerGraph;
import govkg.resolve.IriMinter;
import govkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** govkg gazetteer load: the whole division hierarchy into the store's gazetteer graph. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Manage the place reference graph.",
        subcommands = GazetteerCommand.Load.class)
public final class GazetteerCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (load)");
    }

    /** Loads every division so queries can roll up over places no report names. */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Add the whole division hierarchy (province to community) to the store's gazetteer graph.")
    public static final class Load implements Callable<Integer> {
        @Mixin StoreOptions store;

        @Option(names = "--base", paramLabel = "IRI", description = "Base IRI (default ${DEFAULT-VALUE}).")
        String base = IriMinter.DEFAULT_BASE;

        @Override
        public Integer call() {
            try (Store st = Store.open(store.db)) {
                GazetteerGraph g = new GazetteerGraph(new IriMinter(base));
                st.replaceGraph(g.graphIri(), g::writeAll);
                System.err.println("govkg: gazetteer loaded into " + g.graphIri());
            }
            return ExitCodes.OK;
        }
    }
}
