package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.rdf.OntologyFiles;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** govkg validate: SHACL shapes against the union of all graphs. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a store or RDF files against ontology/shapes.ttl. Exit 1 when the graph does not conform.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "RDF files to validate instead of the store.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        Shapes shapes = Shapes.parse(OntologyFiles.shapes());
        try (DataSource src = DataSource.open(store.db, files)) {
            ValidationReport report = Txn.calculateRead(src.dataset(), () -> {
                Graph union = GraphFactory.createDefaultGraph();
                src.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(union::add);
                src.dataset().asDatasetGraph().getDefaultGraph().find().forEachRemaining(union::add);
                return ShaclValidator.get().validate(shapes, union);
            });
            if (report.conforms()) {
                System.out.println("conforms: every graph passes ontology/shapes.ttl");
                return ExitCodes.OK;
            }
            ShLib.printReport(System.out, report);
            System.out.println(report.getEntries().size() + " violation(s)");
            return ExitCodes.FAILURE;
        }
    }
}
