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
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** govkg query: SPARQL on a store, on RDF files or on a SPARQL endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (a .rq file, such as the canned ones in queries/, or --sparql) on a store, directly on RDF files, "
                + "or with --endpoint on a running `govkg serve` (http://HOST:PORT/govkg/sparql) or any SPARQL endpoint. "
                + "In a govkg store the default graph is the union of all graphs.",
                "--param values are bound into the parsed query (never pasted into its text), locally and for an endpoint alike."})
public final class QueryCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text.")
    String sparql;

    @Option(names = "--format", paramLabel = "FMT", description = "table, csv, tsv or json (default ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind ?NAME to VALUE before running (an IRI if VALUE starts with http, else a literal; Chinese text gets @zh).")
    Map<String, String> params = Map.of();

    @Option(names = "--endpoint", paramLabel = "URL", description = "Send the query to this SPARQL endpoint instead of opening a store "
            + "(a store that `govkg serve` holds cannot be opened by another process).")
    String endpoint;

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
        if (endpoint != null) {
            if (!data.isEmpty()) throw new GovkgException(ExitCodes.BAD_INPUT, "--endpoint queries the endpoint; give no RDF files with it");
            if (spec.commandLine().getParseResult().hasMatchedOption("--db"))
                throw new GovkgException(ExitCodes.BAD_INPUT, "give --endpoint or --db, not both");
            remote(q, out);
            return ExitCodes.OK;
        }
        try (DataSource src = DataSource.open(store.db, data)) {
            Txn.executeRead(src.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(q).dataset(src.dataset()).substitution(binding()).build()) {
                    print(q, qe, out);
                }
            });
        }
        return ExitCodes.OK;
    }

    /**
     * Sends the query to {@link #endpoint}: the parameters are substituted into the parsed query's syntax tree
     * ({@link QueryTransformOps}), and the resulting query is serialised and sent with the SPARQL protocol.
     */
    private void remote(Query q, PrintStream out) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new GovkgException(ExitCodes.BAD_INPUT, "--endpoint " + endpoint + ": not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null)
            throw new GovkgException(ExitCodes.BAD_INPUT, "--endpoint " + endpoint + ": give an http(s) URL, such as http://localhost:3030/govkg/sparql");
        Query bound = params.isEmpty() ? q : QueryTransformOps.transform(q, substitutions());
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(bound).build()) {
            print(bound, qe, out);
        } catch (QueryExceptionHTTP e) {
            throw new GovkgException(ExitCodes.FAILURE, endpoint + ": " + (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " : "")
                    + firstLine(e.getMessage()) + (e.getResponse() != null ? " — " + firstLine(e.getResponse()) : ""));
        } catch (HttpException e) {
            throw new GovkgException(ExitCodes.FAILURE, endpoint + ": " + firstLine(String.valueOf(e.getMessage()))
                    + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private void print(Query q, QueryExecution qe, PrintStream out) {
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

    private Binding binding() {
        BindingBuilder b = BindingBuilder.create();
        substitutions().forEach(b::add);
        return b.build();
    }

    /** ?NAME → VALUE: an IRI if VALUE starts with http(s)://, else a literal, tagged @zh when it has Han characters. */
    private Map<Var, Node> substitutions() {
        Map<Var, Node> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(Var.alloc(k), v.startsWith("http://") || v.startsWith("https://") ? NodeFactory.createURI(v)
                : v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? NodeFactory.createLiteralLang(v, "zh")
                : NodeFactory.createLiteralString(v)));
        return out;
    }
}
