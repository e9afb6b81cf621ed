package govkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query service with a result-size limit: a SELECT or CONSTRUCT without a LIMIT, or with a
 * larger one, is run with LIMIT {@code max}, so no request can make the server build or send an unbounded
 * result. (Time is bounded separately by {@code arq:queryTimeout}.) Stateless; thread-safe.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long max;

    LimitedQuery(long max) {
        this.max = max;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        cap(query, max);
    }

    /** Lowers the query's LIMIT to {@code max} (SELECT and CONSTRUCT; ASK and DESCRIBE are left alone). */
    static void cap(Query query, long max) {
        if (!(query.isSelectType() || query.isConstructType()))
            return;
        if (query.getLimit() == Query.NOLIMIT || query.getLimit() > max)
            query.setLimit(max);
    }
}
