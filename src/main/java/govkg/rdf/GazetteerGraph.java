package govkg.rdf;

import govkg.extract.PlaceExtractor;
import govkg.gazetteer.Division;
import govkg.gazetteer.Gazetteer;
import govkg.resolve.IriMinter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import static govkg.rdf.QuadSink.iri;
import static govkg.rdf.QuadSink.str;
import static govkg.rdf.QuadSink.zh;

/**
 * The reference graph of places: each division with its label, short forms, code, level and
 * gov:within parent. A build writes the places its reports mention and all their ancestors;
 * {@code govkg gazetteer load} writes the whole table. Removing a report never touches it.
 */
public final class GazetteerGraph {
    private final IriMinter iris;

    public GazetteerGraph(IriMinter iris) {
        this.iris = iris;
    }

    public String graphIri() {
        return iris.graph("gazetteer");
    }

    /** The divisions of {@code codes} and all their ancestors. */
    public void writeWithAncestors(Collection<String> codes, StreamRDF out) {
        Gazetteer g = Gazetteer.get();
        java.util.Set<String> done = new java.util.HashSet<>();
        QuadSink sink = new QuadSink(out, graphIri());
        for (String code : codes) {
            List<Division> chain = new ArrayList<>();
            g.byCode(code).ifPresent(chain::add);
            chain.addAll(g.ancestors(code));
            for (Division d : chain) if (done.add(d.code())) division(sink, d);
        }
    }

    public void writeAll(StreamRDF out) {
        QuadSink sink = new QuadSink(out, graphIri());
        try (Stream<Division> all = Gazetteer.get().all()) {
            all.forEach(d -> division(sink, d));
        }
    }

    private void division(QuadSink out, Division d) {
        Node p = iri(iris.place(d.code()));
        out.add(p, RDF.type, iri(GOV.Place));
        String label = PlaceExtractor.placeLabel(d);
        out.add(p, RDFS.label, zh(label));
        for (String n : d.names()) if (!n.equals(label)) out.add(p, SKOS.altLabel, zh(n));
        out.add(p, GOV.adminCode, str(d.code()));
        out.add(p, GOV.adminLevel, iri(AdminLevels.of(d.code())));
        if (d.parentCode() != null) out.add(p, GOV.within, iri(iris.place(d.parentCode())));
    }
}
