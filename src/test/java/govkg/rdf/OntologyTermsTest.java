package govkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology file and the GOV constants agree, term by term, and every term is documented in Chinese and English. */
class OntologyTermsTest {
    static Model onto;

    @BeforeAll
    static void load() {
        onto = RDFDataMgr.loadModel("ontology/govkg.ttl");
    }

    /** gov: IRIs that the ontology declares (gives a type), by local name. */
    static TreeMap<String, Resource> declared() {
        TreeMap<String, Resource> out = new TreeMap<>();
        onto.listSubjectsWithProperty(RDF.type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(GOV.NS)) out.put(r.getURI().substring(GOV.NS.length()), r);
        });
        return out;
    }

    /** GOV's public constants, by field name. */
    static TreeMap<String, Resource> constants() throws IllegalAccessException {
        TreeMap<String, Resource> out = new TreeMap<>();
        for (Field f : GOV.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                out.put(f.getName(), (Resource) f.get(null));
            }
        }
        return out;
    }

    static boolean isProperty(Resource r) {
        return onto.contains(r, RDF.type, OWL2.ObjectProperty) || onto.contains(r, RDF.type, OWL2.DatatypeProperty);
    }

    @Test
    void everyConstantIsDeclaredWithItsOwnName() throws Exception {
        var declared = declared();
        constants().forEach((name, term) -> {
            assertThat(term.getURI()).as(name).isEqualTo(GOV.NS + name);
            assertThat(declared).as("GOV.%s is declared in govkg.ttl", name).containsKey(name);
            assertThat(term instanceof Property).as("GOV.%s is a Property exactly when the ontology declares a property", name)
                .isEqualTo(isProperty(term.inModel(onto)));
        });
    }

    @Test
    void everyDeclaredTermHasAConstant() throws Exception {
        assertThat(constants().keySet()).containsAll(declared().keySet());
        assertThat(GOV.getURI()).isEqualTo(GOV.NS);
    }

    @Test
    void everyTermHasChineseAndEnglishLabelsAndComments() {
        Set<String> missing = new TreeSet<>();
        declared().forEach((name, term) -> {
            for (Property p : new Property[] {RDFS.label, RDFS.comment}) {
                for (String lang : new String[] {"zh", "en"}) {
                    boolean has = term.listProperties(p).toList().stream()
                        .anyMatch(s -> s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang)
                            && !s.getLiteral().getLexicalForm().isBlank());
                    if (!has) missing.add(name + " " + p.getLocalName() + "@" + lang);
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void propertiesAreObjectOrDatatypeNeverBoth() {
        declared().forEach((name, term) -> {
            boolean object = onto.contains(term, RDF.type, OWL2.ObjectProperty);
            boolean data = onto.contains(term, RDF.type, OWL2.DatatypeProperty);
            assertThat(object && data).as(name).isFalse();
        });
        assertThat(onto.contains(GOV.adminCode, RDF.type, OWL2.DatatypeProperty)).isTrue();
        assertThat(onto.contains(GOV.title, RDF.type, OWL2.DatatypeProperty)).isTrue();
        assertThat(onto.contains(GOV.mentions, RDF.type, OWL2.ObjectProperty)).isTrue();
        assertThat(onto.contains(GOV.within, RDF.type, OWL2.TransitiveProperty)).isTrue();
    }

    @Test
    void headerNamesTitleVersionLicenceAndCreator() {
        Resource o = onto.getResource(GOV.ONTOLOGY_IRI);
        assertThat(onto.contains(o, RDF.type, OWL2.Ontology)).isTrue();
        assertThat(o.hasProperty(DCTerms.title)).isTrue();
        assertThat(o.hasProperty(OWL2.versionInfo)).isTrue();
        assertThat(o.hasProperty(DCTerms.license, onto.getResource("https://creativecommons.org/licenses/by/4.0/"))).isTrue();
        assertThat(o.getProperty(DCTerms.creator).getString()).isEqualTo("govkg team");
    }

    /** The scorer (shared/eval/Score.java) finds entities through rdfs:subClassOf* and reporters through rdfs:subPropertyOf*. */
    @Test
    void subclassesAndSubpropertiesReachWhatTheScorerReads() {
        assertSub(GOV.PartyOrganization, GOV.Organization);
        assertSub(GOV.PublicSecurityOrganization, GOV.Organization);
        assertSub(GOV.JudicialOrganization, GOV.Organization);
        assertSub(GOV.Committee, GOV.Organization);
        assertSub(GOV.Company, GOV.Organization);
        assertSub(GOV.CommunityOrganization, GOV.Organization);
        assertSub(GOV.Campaign, GOV.Program);
        assertSub(GOV.Pilot, GOV.Program);
        assertSub(GOV.WorkModel, GOV.Program);
        assertSub(GOV.Activity, GOV.Program);
        assertSub(GOV.Law, GOV.PolicyDocument);
        assertSub(GOV.Meeting, GOV.Event);
        assertSub(GOV.Organization, ORG.Organization);
        assertSub(GOV.GovernmentOrganization, SchemaDO.GovernmentOrganization);
        assertSub(GOV.Place, SchemaDO.AdministrativeArea);
        assertSub(GOV.Report, SchemaDO.NewsArticle);
        assertSub(GOV.Mention, NIF.Phrase);
        assertSub(GOV.Statistic, QB.Observation);
        assertThat(onto.contains(GOV.correspondent, RDFS.subPropertyOf, GOV.reporter)).isTrue();
        assertThat(onto.contains(GOV.photographer, RDFS.subPropertyOf, GOV.reporter)).isTrue();
        assertThat(onto.contains(GOV.mentions, RDFS.subPropertyOf, SchemaDO.mentions)).isTrue();
        for (Resource level : new Resource[] {GOV.Province, GOV.City, GOV.County, GOV.Township, GOV.Village}) {
            assertThat(onto.contains(level, RDF.type, GOV.AdminLevel)).as(level.getLocalName()).isTrue();
        }
    }

    /** What the classpath copy holds is what the project folder holds. */
    @Test
    void classpathCopiesMatchTheProjectFolder() {
        assertThat(OntologyFiles.ontology().isIsomorphicWith(onto)).isTrue();
        assertThat(OntologyFiles.shapes().isIsomorphicWith(RDFDataMgr.loadGraph("ontology/shapes.ttl"))).isTrue();
    }

    /** Shapes stay out of the gov: namespace, so the scorer and this test never take them for terms. */
    @Test
    void shapesDeclareNoGovTerms() {
        Model shapes = RDFDataMgr.loadModel("ontology/shapes.ttl");
        shapes.listSubjects().forEachRemaining(s ->
            assertThat(s.isURIResource() && s.getURI().startsWith(GOV.NS)).as(String.valueOf(s)).isFalse());
    }

    private static void assertSub(Resource sub, Resource sup) {
        assertThat(reaches(sub, sup, new TreeSet<>())).as("%s ⊑ %s", sub, sup).isTrue();
    }

    private static boolean reaches(Resource from, Resource to, Set<String> seen) {
        if (from.equals(to)) return true;
        if (!seen.add(from.getURI())) return false;
        for (RDFNode n : onto.listObjectsOfProperty(from, RDFS.subClassOf).toList()) {
            if (n.isURIResource() && reaches(n.asResource(), to, seen)) return true;
        }
        return false;
    }
}
