package govkg.cli;

import govkg.pipeline.ExitCodes;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** govkg query: SPARQL on a store or on RDF files. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (a .rq file or --sparql) on a store or directly on RDF files. The default graph is the union of all graphs.")
public final class QueryCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text.")
    String sparql;

    @Option(names = "--format", paramLabel = "FMT", description = "table, csv, tsv or json (default ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind ?NAME to VALUE before running (an IRI if VALUE starts with http, else a literal; Chinese text gets @zh).")
    Map<String, String> params = Map.of();

    @Parameters(paramLabel = "QUERY.rq|FILE", description = "A query file (.rq) and/or RDF files to query instead of the store.")
    List<Path> args = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        String text = sparql;
        List<Path> data = new ArrayList<>();
        for (Path p : args) {
            if (p.toString().endsWith(".rq") || p.toString().endsWith(".sparql")) {
                if (text != null) throw new GovkgException(ExitCodes.BAD_INPUT, "give one query: a .rq file or --sparql");
                if (!Files.isRegularFile(p)) throw new GovkgException(ExitCodes.BAD_INPUT, p + ": no such query file");
                text = Files.readString(p, StandardCharsets.UTF_8);
            } else data.add(p);
        }
        if (text == null) throw new GovkgException(ExitCodes.BAD_INPUT, "no query: give QUERY.rq or --sparql TEXT");
        if (!List.of("table", "csv", "tsv", "json").contains(format)) throw new GovkgException(ExitCodes.BAD_INPUT, "--format " + format + ": use table, csv, tsv or json");
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, "query does not parse: " + e.getMessage());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (DataSource src = DataSource.open(store.db, data)) {
            Txn.executeRead(src.dataset(), () -> run(q, src, out));
        }
        return ExitCodes.OK;
    }

    private void run(Query q, DataSource src, PrintStream out) {
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(src.dataset()).substitution(binding()).build()) {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                    case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                    case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                    default -> ResultSetFormatter.out(out, rs, q);
                }
            } else if (q.isAskType()) {
                out.println(qe.execAsk());
            } else {
                Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, Lang.TURTLE);
            }
        }
    }

    private Binding binding() {
        BindingBuilder b = BindingBuilder.create();
        params.forEach((k, v) -> b.add(Var.alloc(k), v.startsWith("http://") || v.startsWith("https://") ? NodeFactory.createURI(v)
                : v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? NodeFactory.createLiteralLang(v, "zh")
                : NodeFactory.createLiteralString(v)));
        return b.build();
    }
}
