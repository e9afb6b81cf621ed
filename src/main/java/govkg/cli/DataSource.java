package govkg.cli;

import govkg.pipeline.ExitCodes;
import govkg.store.Store;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What query and validate read: an existing store, or RDF files loaded in memory whose default
 * graph is the union of everything in them (as in the store).
 */
final class DataSource implements AutoCloseable {
    private final Store store;
    private final Dataset dataset;

    private DataSource(Store store, Dataset dataset) {
        this.store = store;
        this.dataset = dataset;
    }

    static DataSource open(Path db, List<Path> files) {
        if (files.isEmpty()) {
            Store st = Store.openExisting(db);
            return new DataSource(st, st.dataset());
        }
        Dataset ds = DatasetFactory.createTxnMem();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new GovkgException(ExitCodes.BAD_INPUT, f + ": no such file");
            try {
                Dataset part = RDFDataMgr.loadDataset(f.toString());
                part.listNames().forEachRemaining(n -> ds.getNamedModel(n).add(part.getNamedModel(n)));
                ds.getDefaultModel().add(part.getDefaultModel());
            } catch (RiotException e) {
                throw new GovkgException(ExitCodes.BAD_INPUT, f + ": not readable RDF: " + e.getMessage());
            }
        }
        // the default graph holds the union of all named graphs, as in a store
        DatasetGraph dsg = ds.asDatasetGraph();
        ds.listNames().forEachRemaining(n -> ds.getDefaultModel().add(ds.getNamedModel(n)));
        return new DataSource(null, DatasetFactory.wrap(dsg));
    }

    Dataset dataset() {
        return dataset;
    }

    @Override
    public void close() {
        if (store != null) store.close();
    }
}
