package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.eval.GoldEntry;
import govkg.eval.GoldFile;
import govkg.eval.ScoreTable;
import govkg.eval.Scorer;
import govkg.rdf.EntityGraph;
import govkg.rdf.GazetteerGraph;
import govkg.rdf.OntologyFiles;
import govkg.rdf.ReportGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * govkg eval: extract in memory and score the graph against a gold file, with the rules and the table of
 * the shared scorer (docs/evaluation.md).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extract report files or folders in memory and score the graph against a gold TSV (type key alternatives extra status).",
                "Prints per-type gold/found/tp/fp/P/R/F1 and the micro average; exit code 1 when --min is given and micro-F1 is below it."})
public final class EvalCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ExtractOptions opts;

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file (.tsv).")
    Path gold;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths;

    @Option(names = {"-v", "--verbose"}, description = "Also list the missed gold lines and the false positives.")
    boolean verbose;

    @Option(names = "--min", paramLabel = "F1", description = "Exit with code 1 when micro-F1 is below F1 (0..1).")
    Double min;

    @Option(names = "--json", description = "Print the scores as JSON instead of the table.")
    boolean json;

    @Override
    public Integer call() {
        if (min != null && (min < 0 || min > 1)) throw new GovkgException(ExitCodes.BAD_INPUT, "--min " + min + ": expected a number from 0 to 1");
        List<GoldEntry> entries;
        try {
            entries = GoldFile.read(gold);
        } catch (IOException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, gold + ": cannot read: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Model model = OntologyFiles.ontology();
        var s = extract(model.getGraph(), err);
        ScoreTable table = Scorer.score(entries, model);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(table.toJson());
            out.flush();
        } else {
            table.print(out, verbose);
        }
        if (!s.failures().isEmpty()) return s.reports() == 0 ? ExitCodes.BAD_INPUT : ExitCodes.FAILURE;
        return min != null && table.micro().f1() < min ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** Adds the triples of every report graph, the entities graph (labels, owl:sameAs) and the gazetteer entries of the places they mention, to {@code g}. */
    private govkg.pipeline.Batch.Summary extract(Graph g, PrintWriter err) {
        Set<String> codes = new HashSet<>();
        EntityGraph.Accumulator entities = new EntityGraph.Accumulator();
        var summary = opts.run(paths, graphs -> {
            synchronized (g) {
                for (ReportGraph r : graphs) {
                    for (Quad q : r.quads()) g.add(q.asTriple());
                    codes.addAll(r.placeCodes());
                    entities.add(r.quads());
                }
            }
        }, err);
        StreamRDFBase intoG = new StreamRDFBase() {
            @Override public void triple(Triple t) { g.add(t); }

            @Override public void quad(Quad q) { g.add(q.asTriple()); }
        };
        entities.write(EntityGraph.graphIri(opts.iris()), intoG);
        new GazetteerGraph(opts.iris()).writeWithAncestors(codes, intoG);
        return summary;
    }
}
