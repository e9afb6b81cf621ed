package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.pipeline.Batch;
import govkg.rdf.EntityGraph;
import govkg.rdf.GazetteerGraph;
import govkg.rdf.NQuadsWriter;
import govkg.rdf.ReportGraph;
import govkg.resolve.IriMinter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** govkg extract: reports to RDF in a file or on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract RDF from report files or folders (.txt, .html). Syntax by OUT's extension (.trig .nq .ttl .nt .jsonld); TriG on stdout by default.")
public final class ExtractCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ExtractOptions opts;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: stdout, TriG).")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        opts.preload();
        Lang lang = output == null ? Lang.TRIG : RDFLanguages.filenameToLang(output.toString());
        if (lang == null) throw new GovkgException(ExitCodes.BAD_INPUT, output + ": unknown RDF syntax (use .trig .nq .ttl .nt .jsonld)");
        IriMinter iris = opts.iris();
        Set<String> codes = new HashSet<>();
        EntityGraph.Accumulator entities = new EntityGraph.Accumulator();
        boolean streaming = lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG);
        DatasetGraph buffer = streaming ? null : DatasetGraphFactory.createTxnMem();
        try (OutputStream os = output == null ? new NonClosing(System.out) : Files.newOutputStream(output)) {
            StreamRDF sink = streaming
                    ? lang.equals(Lang.NQUADS) ? new NQuadsWriter(os) : StreamRDFWriter.getWriterStream(os, RDFFormat.TRIG_BLOCKS)
                    : org.apache.jena.riot.system.StreamRDFLib.dataset(buffer);
            sink.start();
            if (streaming) prefixes(sink);
            Batch.Summary s = opts.run(paths, graphs -> {
                for (ReportGraph g : graphs) {
                    for (Quad q : g.quads()) sink.quad(q);
                    codes.addAll(g.placeCodes());
                    entities.add(g.quads());
                }
            }, spec.commandLine().getErr());
            entities.write(EntityGraph.graphIri(iris), sink);
            new GazetteerGraph(iris).writeWithAncestors(codes, sink);
            sink.finish();
            if (!streaming) {
                if (RDFLanguages.isQuads(lang)) RDFDataMgr.write(os, buffer, lang);
                else RDFDataMgr.write(os, buffer.getUnionGraph(), lang);
            }
            return ExitCodes.forBatch(s.failures().size());
        }
    }

    static void prefixes(StreamRDF s) {
        s.prefix("gov", "https://w3id.org/govkg/ontology#");
        s.prefix("org", "http://www.w3.org/ns/org#");
        s.prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        s.prefix("skos", "http://www.w3.org/2004/02/skos/core#");
        s.prefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        s.prefix("itsrdf", "http://www.w3.org/2005/11/its/rdf#");
        s.prefix("schema", "https://schema.org/");
        s.prefix("dcterms", "http://purl.org/dc/terms/");
        s.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        s.prefix("owl", "http://www.w3.org/2002/07/owl#");
        s.prefix("prov", "http://www.w3.org/ns/prov#");
    }

    /** Keeps stdout open after writing. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void close() throws IOException { flush(); }
    }
}
