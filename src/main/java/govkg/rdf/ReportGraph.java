package govkg.rdf;

import org.apache.jena.sparql.core.Quad;

import java.util.List;
import java.util.Set;

/** The quads of one report's named graph, with the division codes it mentions (for the gazetteer graph). */
public record ReportGraph(String iri, String sourceId, List<Quad> quads, Set<String> placeCodes) {
    public ReportGraph {
        quads = List.copyOf(quads);
        placeCodes = Set.copyOf(placeCodes);
    }
}
