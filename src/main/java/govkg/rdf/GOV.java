package govkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The govkg ontology ({@code gov:}, {@value #NS}): one constant per term declared in {@code ontology/govkg.ttl},
 * documented from its English {@code rdfs:comment}. The ontology file is the source of truth; a test checks that
 * every constant is declared there and every declared term has a constant.
 *
 * <p>W3C ORG, SKOS, Dublin Core and schema.org terms come from Jena's {@code ORG}, {@code SKOS}, {@code DCTerms}
 * and {@code SchemaDO}; PROV, NIF, Data Cube and ITS terms from {@link PROV}, {@link NIF}, {@link QB}, {@link ITSRDF}.
 * Thread-safe: constants only.
 */
public final class GOV {
    /** The namespace of the vocabulary as a string. */
    public static final String NS = "https://w3id.org/govkg/ontology#";

    /** The IRI of the ontology document (without the trailing {@code #}). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/govkg/ontology";

    private GOV() {}

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /** One news article in a source file (a page may hold several); its named graph has the same IRI. */
    public static final Resource Report = resource("Report");

    /** A file that was read; its decoded text is what every character offset refers to (nif:referenceContext). */
    public static final Resource SourceFile = resource("SourceFile");

    /** A span of a source file that supports an entity or a fact (the provenance node), located by nif:beginIndex and nif:endIndex. */
    public static final Resource Mention = resource("Mention");

    /** A person named in a report: an official, a citizen or a journalist. */
    public static final Resource Person = resource("Person");

    /** An organization, body or unit named in a report. */
    public static final Resource Organization = resource("Organization");

    /** A body of the Communist Party of China at any level, such as a party committee, branch, discipline commission, political-legal commission or organization department. */
    public static final Resource PartyOrganization = resource("PartyOrganization");

    /** A people's government at any level or one of its departments or agencies, such as a county government, a justice bureau or a sub-district office. */
    public static final Resource GovernmentOrganization = resource("GovernmentOrganization");

    /** A public security (police) body: a provincial department, bureau, sub-bureau or police station. */
    public static final Resource PublicSecurityOrganization = resource("PublicSecurityOrganization");

    /** A judicial or procuratorial body: a people's court or people's procuratorate at any level, or one of its tribunals or offices; justice bureaus are government organizations. */
    public static final Resource JudicialOrganization = resource("JudicialOrganization");

    /** A committee, leading group, command centre or joint conference that coordinates work across bodies. */
    public static final Resource Committee = resource("Committee");

    /** A company, enterprise or other business organization. */
    public static final Resource Company = resource("Company");

    /** A grassroots self-governing body: a residents' committee or a villagers' committee. */
    public static final Resource CommunityOrganization = resource("CommunityOrganization");

    /** A people's congress, its standing committee, special committees and working bodies, such as the NPC Standing Committee, its Constitution and Law Committee or its Legislative Affairs Commission. */
    public static final Resource LegislativeOrganization = resource("LegislativeOrganization");

    /** The Chinese People's Political Consultative Conference, its committees at any level and their working bodies, such as the CPPCC National Committee. */
    public static final Resource ConsultativeOrganization = resource("ConsultativeOrganization");

    /** A military leadership body or an armed force and its units, such as the Central Military Commission, the Ministry of National Defense, the People's Liberation Army, a theater command or the armed police. */
    public static final Resource MilitaryOrganization = resource("MilitaryOrganization");

    /** A people's organization or mass organization (trade unions, the Communist Youth League, women's federations, science associations …) or a democratic party's central committee. */
    public static final Resource PeoplesOrganization = resource("PeoplesOrganization");

    /** An intergovernmental organization or one of its bodies, such as the UN Security Council, the World Health Organization, the European Commission or the Shanghai Cooperation Organisation. */
    public static final Resource InternationalOrganization = resource("InternationalOrganization");

    /** A foreign state's organ, government department or armed force, such as a country's government, parliament, foreign ministry or presidential office. */
    public static final Resource ForeignOrganization = resource("ForeignOrganization");

    /** An administrative division (province, city, county, township or sub-district, village or community) or another named place; a resolved division carries its statistical division code. */
    public static final Resource Place = resource("Place");

    /** A plan of work that an organization launches and carries out somewhere: a campaign, a pilot, a working model or an activity. */
    public static final Resource Program = resource("Program");

    /** A time-limited concentrated drive, such as a special action, special rectification or special struggle. */
    public static final Resource Campaign = resource("Campaign");

    /** A pilot or a model-building effort, such as a demonstration zone or model unit. */
    public static final Resource Pilot = resource("Pilot");

    /** A named way of working, experience, mechanism or project, such as the Fengqiao Experience or one-stop online services. */
    public static final Resource WorkModel = resource("WorkModel");

    /** A named campaign-like activity such as a legal-awareness month; not a prov:Activity (an extraction run). */
    public static final Resource Activity = resource("Activity");

    /** A law, regulation, rule, normative document or party regulation or policy paper (regulations, measures, opinions, plans, notices). */
    public static final Resource PolicyDocument = resource("PolicyDocument");

    /** A law enacted by the National People's Congress or its Standing Committee. */
    public static final Resource Law = resource("Law");

    /** Something that happened at a time and place, such as a meeting, a case or a ceremony; not a prov:Activity (an extraction run). */
    public static final Resource Event = resource("Event");

    /** A meeting, symposium, progress meeting or training session. */
    public static final Resource Meeting = resource("Meeting");

    /** A number a report gives (such as 39,000 micro-grids), as a Data Cube observation. */
    public static final Resource Statistic = resource("Statistic");

    /** Words in quotation marks that a report attributes to a speaker. */
    public static final Resource Quotation = resource("Quotation");

    /** The structure of the data set holding every gov:Statistic: dimensions subject and measure, measure value, attribute unit. */
    public static final Resource StatisticsStructure = resource("StatisticsStructure");

    /** One of the five levels of the statistical division codes. */
    public static final Resource AdminLevel = resource("AdminLevel");

    /** The five administrative levels (province, city, county, township, village); their codes have 2, 4, 6, 9 and 12 digits. */
    public static final Resource AdminLevels = resource("AdminLevels");

    /** Province, autonomous region or municipality; 2-digit code. */
    public static final Resource Province = resource("Province");

    /** Prefecture-level city, prefecture, autonomous prefecture or league; 4-digit code. */
    public static final Resource City = resource("City");

    /** County, county-level city, city district or banner; 6-digit code. */
    public static final Resource County = resource("County");

    /** Township, town or sub-district; 9-digit code. */
    public static final Resource Township = resource("Township");

    /** Village or residential community; 12-digit code. */
    public static final Resource Village = resource("Village");

    /** An entity the report mentions; only mentioned entities count as the report's content. */
    public static final Property mentions = property("mentions");

    /** A journalist or author named in the byline. */
    public static final Property reporter = property("reporter");

    /** A correspondent named in the byline, usually from the organization the report is about. */
    public static final Property correspondent = property("correspondent");

    /** A photographer named in the byline. */
    public static final Property photographer = property("photographer");

    /** The source file the report was read from. */
    public static final Property sourceFile = property("sourceFile");

    /** The position of the report on its source page, counting from 1. */
    public static final Property articleIndex = property("articleIndex");

    /** The character offset in the decoded source file where the report begins (inclusive). */
    public static final Property beginIndex = property("beginIndex");

    /** The character offset in the decoded source file where the report ends (exclusive). */
    public static final Property endIndex = property("endIndex");

    /** The place named in the dateline, such as Kunming in 'Kunming, 26 March'. */
    public static final Property datelinePlace = property("datelinePlace");

    /** This report continues another report, such as the rest of an article carried over from another page. */
    public static final Property continues = property("continues");

    /** The SHA-256 digest of the source file's bytes, as 64 lower-case hex digits. */
    public static final Property sha256 = property("sha256");

    /** The statistical division code without trailing padding zeros: 2 digits for a province, 4 for a city, 6 for a county, 9 for a township, 12 for a village. */
    public static final Property adminCode = property("adminCode");

    /** The level of the administrative division. */
    public static final Property adminLevel = property("adminLevel");

    /** The ISO 3166-1 alpha-2 code of the country a place abroad is (a country) or lies in (a city). */
    public static final Property countryCode = property("countryCode");

    /** The place that contains this place; data states only the direct parent, so query gov:within+ for all ancestors. */
    public static final Property within = property("within");

    /** The area an organization governs or serves. */
    public static final Property jurisdiction = property("jurisdiction");

    /** The body that took this one over after it was merged, abolished or renamed (a subproperty of dcterms:isReplacedBy). */
    public static final Property succeededBy = property("succeededBy");

    /** An organization that launches or carries out the program. */
    public static final Property implementedBy = property("implementedBy");

    /** A place where the program is carried out. */
    public static final Property implementedIn = property("implementedIn");

    /** The kind of document its name states, such as regulations, measures, opinions or plan. */
    public static final Property documentType = property("documentType");

    /** The organization that made or issued the document. */
    public static final Property issuedBy = property("issuedBy");

    /** A person or organization taking part in the event. */
    public static final Property participant = property("participant");

    /** The organization that convened or hosted the event. */
    public static final Property organizedBy = property("organizedBy");

    /** The title of the post as the text states it (such as secretary of the political-legal commission); org:role is the bare role it ends in. */
    public static final Property title = property("title");

    /** One report's statement that a program is taken up in a place (or nationwide), in a stage, by the bodies its sentence names. */
    public static final Resource Adoption = resource("Adoption");

    /** The program an adoption statement is about. */
    public static final Property adoptedProgram = property("adoptedProgram");

    /** The place that takes the program up (none: nationwide). */
    public static final Property adopter = property("adopter");

    /** The stage the sentence states: pilot, extended, nationwide, evaluated, or mentioned. */
    public static final Property stage = property("stage");

    /** A body the sentence names with the program and the place. */
    public static final Property adoptingBody = property("adoptingBody");

    /** The report that makes the statement. */
    public static final Property reportedIn = property("reportedIn");

    /** A name an analyst may write the post by: the title as stated, or a name of the body followed by the title after it (公安部部长); what the time queries look a post up by. */
    public static final Property postName = property("postName");

    /** When true, the text neither names nor implies the organization of the post, so the membership has no org:organization. */
    public static final Property organizationUnstated = property("organizationUnstated");

    /** The fullest name one report gives the entity, stated in that report's graph; the entities graph (graph/entities) takes the longest over all reports as the entity's one rdfs:label. */
    public static final Property reportLabel = property("reportLabel");

    /** The entity's resolved key (such as name|province code); the entity IRI is made of the first 12 hex digits of its SHA-256. */
    public static final Property resolutionKey = property("resolutionKey");

    /** A text span that supports this fact. */
    public static final Property evidence = property("evidence");

    /** The report the text span lies in. */
    public static final Property inReport = property("inReport");

    /** The whole sentence the span lies in, for a reader to check. */
    public static final Property sentence = property("sentence");

    /** The name of the extractor that produced the mention or fact, such as person-title. */
    public static final Property extractor = property("extractor");

    /** The extractor's confidence in the mention or fact, from 0 to 1. */
    public static final Property confidence = property("confidence");

    /** The place or organization the number is about. */
    public static final Property statSubject = property("statSubject");

    /** What is counted or measured, as the text names it (such as micro-grids or fulfilment rate). */
    public static final Property measure = property("measure");

    /** The number, with 万 and 亿 multiplied out (3.9万 is 39000). */
    public static final Property value = property("value");

    /** The unit or classifier as the text states it (such as 个, 名, % or 项). */
    public static final Property unit = property("unit");

    /** The person or organization the quotation is attributed to. */
    public static final Property speaker = property("speaker");
}
