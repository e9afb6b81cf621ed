package govkg.spark;

import govkg.rdf.EntityGraph;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one source became on an executor: its report graphs as N-Quads lines, the division codes they
 * mention (for the gazetteer graph), what they say of each entity (for the entities graph), or why it failed.
 */
record FileResult(String id, String location, String failure, int reports, List<String> lines,
                  List<String> placeCodes, Map<String, EntityGraph.Seen> seen) implements Serializable {

    static FileResult failed(SourceDoc doc, String reason) {
        return new FileResult(doc.id(), doc.location(), reason, 0, List.of(), List.of(), Map.of());
    }

    boolean ok() {
        return failure == null;
    }
}
