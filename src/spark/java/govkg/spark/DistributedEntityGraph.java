package govkg.spark;

import govkg.rdf.EntityGraph;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entities graph as a distributed step, with the rules of {@link EntityGraph} and nothing else:
 * <ol>
 *   <li>each report's observations of an entity are reduced by entity IRI ({@link EntityGraph.Seen#merge},
 *       order-free), which gives the entity's one rdfs:label;</li>
 *   <li>the people among them are grouped by that label, and each group gets its owl:sameAs links
 *       ({@link EntityGraph#personLinks}).</li>
 * </ol>
 * Both are shuffles keyed by IRI or name, so no machine ever holds more than its share of the entities,
 * and the result is the statements {@link EntityGraph.Accumulator} writes on one machine.
 */
final class DistributedEntityGraph {
    private DistributedEntityGraph() {}

    static JavaRDD<String> lines(JavaRDD<FileResult> results, String graphIri) {
        JavaPairRDD<String, EntityGraph.Seen> entities = results
                .flatMapToPair(r -> toPairs(r.seen()).iterator())
                .reduceByKey(EntityGraph.Seen::merge);
        JavaRDD<String> labels = entities.flatMap(e -> {
            List<String> out = new ArrayList<>(1);
            EntityGraph.writeLabel(graphIri, e._1(), e._2(), NQuadLines.collector(out));
            return out.iterator();
        });
        JavaRDD<String> sameAs = entities
                .filter(e -> e._2().personName() != null)
                .mapToPair(e -> new Tuple2<>(e._2().personName(), new Tuple2<>(e._1(), e._2())))
                .groupByKey()
                .flatMap(group -> {
                    Map<String, EntityGraph.Seen> people = new TreeMap<>();
                    for (Tuple2<String, EntityGraph.Seen> p : group._2()) people.put(p._1(), p._2());
                    List<String> out = new ArrayList<>();
                    EntityGraph.writeSameAs(graphIri, people, NQuadLines.collector(out));
                    return out.iterator();
                });
        return labels.union(sameAs);
    }

    private static List<Tuple2<String, EntityGraph.Seen>> toPairs(Map<String, EntityGraph.Seen> seen) {
        List<Tuple2<String, EntityGraph.Seen>> out = new ArrayList<>(seen.size());
        seen.forEach((iri, s) -> out.add(new Tuple2<>(iri, s)));
        return out;
    }
}
