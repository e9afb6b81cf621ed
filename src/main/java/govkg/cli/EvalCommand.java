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

    @Option(names = "--per-report", description = {"Score each report against its own section of the gold (the lines after a "
            + "one-word comment such as '# d01', for the report file d01.*) and add the counts up. An entity named in several "
            + "reports then counts in each, as such a gold lists it; the default scores the whole graph at once, as the shared scorer does."})
    boolean perReport;

    /** With --per-report: each report file's statements, by the file's name without its extension. */
    private final java.util.Map<String, Graph> byFile = new java.util.HashMap<>();

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
        ScoreTable table = perReport ? scorePerReport(entries, model, err) : Scorer.score(entries, model);
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

    /**
     * Each gold section against the graph of the report file of its name, over the shared graph (ontology, entities,
     * places). Names a section no report file answers, and a report file no section names.
     */
    private ScoreTable scorePerReport(List<GoldEntry> entries, Model shared, PrintWriter err) {
        Set<String> sections = new java.util.LinkedHashSet<>();
        for (GoldEntry e : entries) sections.add(e.section());
        if (sections.contains(""))
            throw new GovkgException(ExitCodes.BAD_INPUT, gold + ": --per-report needs every gold line under a section heading such as '# d01'");
        for (String s : sections) if (!byFile.containsKey(s)) err.println("govkg: gold section " + s + ": no report file of that name; its lines count as missed");
        for (String f : new java.util.TreeSet<>(byFile.keySet())) if (!sections.contains(f)) err.println("govkg: report file " + f + ": no gold section of that name; not scored");
        err.flush();
        return Scorer.scoreBySection(entries, section -> {
            Graph own = byFile.get(section);
            return own == null ? null : org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                    new org.apache.jena.graph.compose.Union(shared.getGraph(), own));
        });
    }

    /** d01 for …/news-dev/d01.txt: the section a report file's gold sits under. */
    static String fileStem(String sourceId) {
        String name = sourceId.substring(Math.max(sourceId.lastIndexOf('/'), sourceId.lastIndexOf('\\')) + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Adds the triples of every report graph, the entities graph (labels, owl:sameAs) and the gazetteer entries of the places they mention, to {@code g}. */
    private govkg.pipeline.Batch.Summary extract(Graph g, PrintWriter err) {
        Set<String> codes = new HashSet<>();
        EntityGraph.Accumulator entities = new EntityGraph.Accumulator();
        var summary = opts.run(paths, graphs -> {
            synchronized (g) {
                for (ReportGraph r : graphs) {
                    Graph into = perReport ? byFile.computeIfAbsent(fileStem(r.sourceId()), k -> org.apache.jena.sparql.graph.GraphFactory.createGraphMem()) : g;
                    for (Quad q : r.quads()) into.add(q.asTriple());
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
