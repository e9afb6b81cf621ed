package govkg.cli;

import govkg.rdf.ReferenceGraphs;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands. */
@Command(name = "govkg", mixinStandardHelpOptions = true, versionProvider = GovkgCommand.Version.class,
        description = "Chinese governance and legal reports → RDF knowledge graph → TDB2 → SPARQL.",
        subcommands = {ExtractCommand.class, BuildCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
                RemoveCommand.class, ValidateCommand.class, DemoCommand.class, GazetteerCommand.class, EvalCommand.class,
                BenchNerCommand.class, BenchCommand.class, CareersCommand.class})
public final class GovkgCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Prints the version. */
    public static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"govkg " + ReferenceGraphs.VERSION};
        }
    }
}
