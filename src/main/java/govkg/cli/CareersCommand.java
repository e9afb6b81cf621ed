package govkg.cli;

import govkg.pipeline.ExitCodes;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * govkg careers: one CSV row per post held, for researchers who set govkg beside CPED or Wikidata's "position held"
 * (P39). The rows are those of the canned query queries/12-careers.rq, so the export and the query never disagree.
 */
@Command(name = "careers", mixinStandardHelpOptions = true,
        description = "Write one CSV row per membership: person, post, body, place code, stated start and end with their precision, the date a former post is known to have ended before, first and last seen, sources.")
public final class CareersCommand implements Callable<Integer> {
    static final String QUERY = "/queries/12-careers.rq";
    /** CSV column → the query's variable. */
    static final List<String[]> COLUMNS = List.of(
            new String[]{"person", "personName"}, new String[]{"person_iri", "person"}, new String[]{"post", "title"},
            new String[]{"body", "orgName"}, new String[]{"place_code", "placeCode"}, new String[]{"start", "start"},
            new String[]{"end", "end"}, new String[]{"precision", "precision"}, new String[]{"ended_before", "endedBefore"},
            new String[]{"first_seen", "firstSeen"},
            new String[]{"last_seen", "lastSeen"}, new String[]{"sources", "sources"});

    @Mixin StoreOptions store;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv", description = "Where to write (default: stdout).")
    Path output;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to read instead of the store.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        String text;
        try (InputStream in = CareersCommand.class.getResourceAsStream(QUERY)) {
            if (in == null) throw new GovkgException(ExitCodes.FAILURE, "the careers query " + QUERY + " is missing from the jar");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var query = QueryFactory.create(text);
        int[] rows = {0};
        try (DataSource src = DataSource.open(store.db, files);
             OutputStream os = output == null ? System.out : Files.newOutputStream(output);
             PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            Txn.executeRead(src.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create().query(query).dataset(src.dataset()).build()) {
                    out.println(String.join(",", COLUMNS.stream().map(c -> c[0]).toList()));
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        List<String> cells = new ArrayList<>();
                        for (String[] c : COLUMNS) cells.add(csv(s.get(c[1])));
                        out.println(String.join(",", cells));
                        rows[0]++;
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (output != null) System.err.println("govkg: " + rows[0] + " membership row(s) to " + output);
        return ExitCodes.OK;
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled; a literal without its language or type. */
    static String csv(RDFNode n) {
        if (n == null) return "";
        String v = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        return v.matches("(?s).*[\",\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
