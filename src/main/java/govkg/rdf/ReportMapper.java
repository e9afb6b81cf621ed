package govkg.rdf;

import govkg.extract.EntityType;
import govkg.extract.Fact;
import govkg.extract.Mention;
import govkg.extract.PostHolding;
import govkg.extract.Quotation;
import govkg.extract.Relation;
import govkg.extract.Statistic;
import govkg.ingest.Article;
import govkg.ingest.Byline;
import govkg.resolve.Entity;
import govkg.resolve.IriMinter;
import govkg.resolve.ResolvedArticle;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static govkg.rdf.QuadSink.dbl;
import static govkg.rdf.QuadSink.iri;
import static govkg.rdf.QuadSink.integer;
import static govkg.rdf.QuadSink.str;
import static govkg.rdf.QuadSink.typed;
import static govkg.rdf.QuadSink.zh;

/**
 * Writes one resolved article as the quads of its own named graph (named by the report IRI):
 * the report, its source file, every entity it mentions with its types, the fullest name this report gives
 * it (gov:reportLabel), its resolution key, other names (skos:altLabel) and kind-specific properties,
 * posts as org:Membership, relations, statistics, quotations, and a gov:Mention node with offsets,
 * sentence, extractor and confidence for every mention. No blank nodes. Stateless; thread-safe.
 */
public final class ReportMapper {
    private static final java.util.regex.Pattern ORG_CODE = java.util.regex.Pattern.compile("^org:(\\d+)\\|");
    private final IriMinter iris;
    private final AdoptionStatements adoptions;

    /** A mapper with the built-in lexicons (program stages). */
    public ReportMapper(IriMinter iris) {
        this(iris, govkg.lexicon.Lexicons.builtIn());
    }

    public ReportMapper(IriMinter iris, govkg.lexicon.Lexicons lex) {
        this.iris = iris;
        this.adoptions = new AdoptionStatements(lex);
    }

    public void write(ResolvedArticle ra, StreamRDF stream) {
        Article a = ra.article();
        Set<Entity> placed = new HashSet<>();
        QuadSink out = new QuadSink(stream, ra.reportIri());
        Node report = iri(ra.reportIri());
        Node source = iri(iris.source(a.source().id()));
        out.add(report, RDF.type, iri(GOV.Report));
        out.add(report, DCTerms.title, zh(a.headline().isBlank() ? untitled(a) : a.headline()));
        out.add(report, GOV.sourceFile, source);
        out.add(report, PROV.wasDerivedFrom, source);
        out.add(report, GOV.articleIndex, integer(a.index()));
        out.add(report, GOV.beginIndex, integer(a.begin()));
        out.add(report, GOV.endIndex, integer(a.end()));
        a.date().ifPresent(d -> out.add(report, SchemaDO.datePublished, typed(d.toString(), XSDDatatype.XSDdate)));
        out.add(source, RDF.type, iri(GOV.SourceFile));
        out.add(source, DCTerms.identifier, str(a.source().id()));
        out.add(source, GOV.sha256, str(a.source().sha256()));
        // a corpus record's URL: where the report was published
        a.source().meta().url().filter(ReportMapper::isWebIri).ifPresent(u -> out.add(source, SchemaDO.url, iri(u)));

        Set<Entity> written = new HashSet<>();
        // each mention's sentence, as its mention node states it: the adoption statements group by it
        Map<Mention, String> sentenceOf = new LinkedHashMap<>();
        for (Fact f : ra.facts())
            if (f instanceof Relation r && r.kind() == Relation.Kind.JURISDICTION) placed.add(ra.entity(r.subject()));
        // a visitor, not an instanceof chain: a new kind of fact does not compile until it is mapped here
        Fact.Visitor<Void> mapping = new Fact.Visitor<>() {
            @Override public Void mention(Mention m) { ReportMapper.this.mention(ra, out, report, m, written, placed, sentenceOf); return null; }
            @Override public Void post(PostHolding p) { ReportMapper.this.post(ra, out, p); return null; }
            @Override public Void relation(Relation r) { ReportMapper.this.relation(ra, out, r); return null; }
            @Override public Void statistic(Statistic s) { ReportMapper.this.statistic(ra, out, s); return null; }
            @Override public Void quotation(Quotation q) { ReportMapper.this.quotation(ra, out, q); return null; }
        };
        for (Fact f : ra.facts()) f.accept(mapping);
        // a body a title only implies (总书记 → 中共中央) is no mention of the report, but the graph still describes it
        for (Fact f : ra.facts())
            if (f instanceof PostHolding p) p.organization().map(ra::entity).filter(written::add).ifPresent(org -> entity(out, org));
        adoptions(ra, out, report, sentenceOf);
    }

    /** Where the report says each program it names is taken up ({@link AdoptionStatements}): gov:Adoption in its graph. */
    private void adoptions(ResolvedArticle ra, QuadSink out, Node report, Map<Mention, String> sentenceOf) {
        Entity dateline = null;
        for (Mention m : sentenceOf.keySet())
            if (isDateline(ra.article(), m)) { dateline = ra.entity(m); break; }
        for (AdoptionStatements.Statement s : adoptions.of(ra, sentenceOf, dateline)) {
            Node st = iri(AdoptionStatements.iri(ra.reportIri(), s));
            out.add(st, RDF.type, iri(GOV.Adoption));
            out.add(st, GOV.adoptedProgram, iri(s.program().iri()));
            if (s.place() != null) out.add(st, GOV.adopter, iri(s.place().iri()));
            out.add(st, GOV.stage, str(s.stage()));
            for (Entity body : s.bodies()) out.add(st, GOV.adoptingBody, iri(body.iri()));
            out.add(st, GOV.evidence, mentionNode(ra, s.evidence()));
            out.add(st, GOV.reportedIn, report);
        }
    }

    /** The mention of the report's dateline place (本报德清5月12日电): where the reporter filed from. */
    private static boolean isDateline(Article a, Mention m) {
        return m.type() == EntityType.PLACE && a.datelinePlace().isPresent() && m.surface().equals(a.datelinePlace().get()) && m.begin() < 40;
    }

    /** 2013-07-05 as xsd:date, 2013-07 as xsd:gYearMonth, 2013 as xsd:gYear (govkg.time.TimeValue's forms). */
    static Node dateAtPrecision(String lexical) {
        govkg.time.TimeValue v = govkg.time.TimeValue.parse(lexical);
        if (v == null) return typed(lexical, XSDDatatype.XSDdate);
        return typed(v.lexical(), switch (v.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        });
    }

    /** An http(s) URL that is a well-formed IRI (else it is left out rather than written broken). */
    private static boolean isWebIri(String u) {
        if (!u.startsWith("http://") && !u.startsWith("https://")) return false;
        for (int i = 0; i < u.length(); i++) if (u.charAt(i) <= ' ' || "<>\"{}|^`\\".indexOf(u.charAt(i)) >= 0) return false;
        try {
            return !org.apache.jena.irix.IRIx.create(u).hasViolations();
        } catch (org.apache.jena.irix.IRIException e) {
            return false;
        }
    }

    private static String untitled(Article a) {
        String t = a.text().strip();
        return t.substring(0, Math.min(20, t.length())) + "…";
    }

    private void mention(ResolvedArticle ra, QuadSink out, Node report, Mention m, Set<Entity> written, Set<Entity> placed,
                         Map<Mention, String> sentenceOf) {
        Entity e = ra.entity(m);
        Node ent = iri(e.iri());
        out.add(report, GOV.mentions, ent);
        if (written.add(e)) {
            entity(out, e);
            // an organization keyed by the place its name starts with serves that place, unless the text says otherwise
            java.util.regex.Matcher code = ORG_CODE.matcher(e.key());
            if (e.type() == EntityType.ORGANIZATION && !placed.contains(e) && code.find()) out.add(ent, GOV.jurisdiction, iri(iris.place(code.group(1))));
        }
        String by = m.attr("byline");
        if (by != null) {
            Property p = switch (Byline.Role.valueOf(by)) {
                case REPORTER -> GOV.reporter;
                case CORRESPONDENT -> GOV.correspondent;
                case PHOTOGRAPHER -> GOV.photographer;
            };
            out.add(report, p, ent);
        }
        if (isDateline(ra.article(), m)) out.add(report, GOV.datelinePlace, ent);
        Node mn = mentionNode(ra, m);
        Article a = ra.article();
        out.add(mn, RDF.type, iri(GOV.Mention));
        out.add(mn, ITSRDF.taIdentRef, ent);
        out.add(mn, NIF.anchorOf, str(anchor(a, m)));
        out.add(mn, NIF.beginIndex, integer(a.toSourceOffset(m.begin())));
        out.add(mn, NIF.endIndex, integer(a.toSourceOffset(m.end())));
        out.add(mn, NIF.referenceContext, iri(iris.source(a.source().id())));
        String sentence = sentence(a, m.begin());
        sentenceOf.put(m, sentence);
        out.add(mn, GOV.sentence, zh(sentence));
        out.add(mn, GOV.extractor, str(m.extractor()));
        out.add(mn, GOV.confidence, dbl(m.confidence()));
        out.add(mn, GOV.inReport, report);
    }

    private Node mentionNode(ResolvedArticle ra, Mention m) {
        Article a = ra.article();
        return iri(ra.reportIri() + "#m" + a.toSourceOffset(m.begin()) + "-" + a.toSourceOffset(m.end()) + "-" + m.type().slug());
    }

    /** The mention's words as written in the source (Traditional stays Traditional), else as extracted. */
    static String anchor(Article a, Mention m) {
        return m.end() - m.begin() == m.surface().length() && a.text().startsWith(m.surface(), m.begin())
                ? a.originalText().substring(m.begin(), m.end()) : m.surface();
    }

    /** The sentence around {@code pos}, as written in the source. */
    static String sentence(Article a, int pos) {
        return Article.sentenceAround(a.originalText(), pos);
    }

    private void entity(QuadSink out, Entity e) {
        Node ent = iri(e.iri());
        for (var t : EntityTypes.of(e)) out.add(ent, RDF.type, iri(t));
        // the entity's one rdfs:label is chosen over all reports in the entities graph (EntityGraph);
        // this report only states the fullest name it gives, and the key the IRI is made from
        out.add(ent, GOV.reportLabel, zh(e.label()));
        out.add(ent, GOV.resolutionKey, str(e.key()));
        for (String alias : e.aliases()) out.add(ent, SKOS.altLabel, zh(alias));
        switch (e.type()) {
            case PLACE -> {
                String code = e.attrs().get("adminCode");
                if (code != null) {
                    out.add(ent, GOV.adminCode, str(code));
                    out.add(ent, GOV.adminLevel, iri(AdminLevels.of(code)));
                    if (code.length() > 2) out.add(ent, GOV.within, iri(iris.place(AdminLevels.parentCode(code))));
                }
                String country = e.attrs().get("countryCode");
                if (country != null) out.add(ent, GOV.countryCode, str(country));
            }
            case DOCUMENT -> {
                String dt = e.attrs().get("docType");
                if (dt != null) out.add(ent, GOV.documentType, zh(dt));
            }
            case ORGANIZATION -> {
                // a former national body (监察部) links to the body that took it over, known by the same key
                String successor = e.attrs().get("successor");
                if (successor != null) out.add(ent, GOV.succeededBy, iri(iris.nationalBody(successor)));
            }
            case EVENT -> {
                String d = e.attrs().get("date");
                if (d != null) out.add(ent, SchemaDO.startDate, dateAtPrecision(d));
            }
            default -> { }
        }
    }

    /**
     * One membership per post: the person, the body and the role. Two wordings of one post (国家发展和改革委员会主任
     * and 国家发展改革委主任, or 公安部部长 and 部长 after 公安部) are one membership, so a start stated in one report
     * and an end stated in another bound one interval; each report keeps its own wording as gov:title. Without a
     * body, the title as stated is the post. A bare title with its body (部长 of 公安部) keys as it always did. A
     * former post (原…) is kept apart from the current one: it bounds no span the queries draw.
     */
    private Node membership(ResolvedArticle ra, PostHolding p) {
        Entity person = ra.entity(p.person());
        Entity org = p.organization().map(ra::entity).orElse(null);
        String post = org == null || p.role() == null || p.role().isBlank() ? p.title()
                // a former post (原浙江省委书记) stays a membership of its own, as the queries read it
                : p.former() && !p.role().startsWith(PostHolding.FORMER) ? PostHolding.FORMER + p.role() : p.role();
        return iri(iris.membership(person.key() + "|" + post + "|" + (org == null ? "" : org.key())));
    }

    private void post(ResolvedArticle ra, QuadSink out, PostHolding p) {
        Entity person = ra.entity(p.person());
        Entity org = p.organization().map(ra::entity).orElse(null);
        Node ms = membership(ra, p);
        Node role = iri(iris.role(p.role()));
        out.add(ms, RDF.type, iri(ORG.Membership));
        out.add(ms, ORG.member, iri(person.iri()));
        out.add(ms, ORG.role, role);
        out.add(ms, GOV.title, zh(p.title()));
        for (String name : PostNames.of(p.title(), p.role(), org)) out.add(ms, GOV.postName, zh(name));
        out.add(ms, GOV.confidence, dbl(p.confidence()));
        out.add(ms, GOV.extractor, str(p.extractor()));
        out.add(ms, GOV.evidence, mentionNode(ra, p.person()));
        if (org != null) out.add(ms, ORG.organization, iri(org.iri()));
        else out.add(ms, GOV.organizationUnstated, typed("true", XSDDatatype.XSDboolean));
        out.add(role, RDF.type, iri(ORG.Role));
        out.add(role, RDFS.label, zh(p.role()));
        if (!p.term().isEmpty()) term(out, ms, p.term());
    }

    /**
     * org:memberDuring the membership's one interval ({@code MEMBERSHIP#term}), with the start and end this report
     * states as instants named by the membership and the date ({@code #start-2019-03}, {@code #end-2019-01-08}), each
     * typed by its precision; reports that state other dates add other instants to the same interval. A former post
     * whose end is undated: {@code #end-before-D}, an instant with no date of its own that is time:before
     * {@code #reported-D}, the report's date D. IRIs are made from the membership and the dates only, so they are
     * stable.
     */
    private static void term(QuadSink out, Node ms, govkg.extract.PostTerm t) {
        String base = ms.getURI();
        Node interval = iri(base + "#term");
        out.add(ms, ORG.memberDuring, interval);
        out.add(interval, RDF.type, iri(TIME.Interval));
        t.start().ifPresent(v -> out.add(interval, TIME.hasBeginning, instant(out, base + "#start-" + v.lexical(), v)));
        t.end().ifPresent(v -> out.add(interval, TIME.hasEnd, instant(out, base + "#end-" + v.lexical(), v)));
        t.endsBefore().ifPresent(v -> {
            Node end = iri(base + "#end-before-" + v.lexical());
            out.add(end, RDF.type, iri(TIME.Instant));
            out.add(end, TIME.before, instant(out, base + "#reported-" + v.lexical(), v));
            out.add(interval, TIME.hasEnd, end);
        });
    }

    /** An instant at the value's precision: time:inXSDDate, time:inXSDgYearMonth or time:inXSDgYear. */
    private static Node instant(QuadSink out, String iri, govkg.time.TimeValue v) {
        Node n = iri(iri);
        out.add(n, RDF.type, iri(TIME.Instant));
        Property p = switch (v.precision()) {
            case DAY -> TIME.inXSDDate;
            case MONTH -> TIME.inXSDgYearMonth;
            case YEAR -> TIME.inXSDgYear;
        };
        out.add(n, p, dateAtPrecision(v.lexical()));
        return n;
    }

    private void relation(ResolvedArticle ra, QuadSink out, Relation r) {
        Node s = iri(ra.entity(r.subject()).iri()), o = iri(ra.entity(r.object()).iri());
        if (s.equals(o)) return;
        Property p = switch (r.kind()) {
            case JURISDICTION -> GOV.jurisdiction;
            case SUB_ORGANIZATION_OF -> ORG.subOrganizationOf;
            case IMPLEMENTED_BY -> GOV.implementedBy;
            case IMPLEMENTED_IN -> GOV.implementedIn;
            case ISSUED_BY -> GOV.issuedBy;
            case EVENT_PLACE -> SchemaDO.location;
            case PARTICIPANT -> GOV.participant;
            case ORGANIZED_BY -> GOV.organizedBy;
            case BROADER -> SKOS.broader;
        };
        out.add(s, p, o);
    }

    private void statistic(ResolvedArticle ra, QuadSink out, Statistic s) {
        Article a = ra.article();
        Node st = iri(ra.reportIri() + "#stat" + a.toSourceOffset(s.begin()));
        out.add(st, RDF.type, iri(GOV.Statistic));
        out.add(st, QB.dataSet, iri(iris.dataset("statistics")));
        out.add(st, GOV.measure, zh(s.measure()));
        out.add(st, GOV.value, typed(s.value().toPlainString(), XSDDatatype.XSDdecimal));
        out.add(st, GOV.unit, zh(s.unit()));
        out.add(st, GOV.sentence, zh(sentence(a, s.begin())));
        out.add(st, GOV.inReport, iri(ra.reportIri()));
        s.subject().ifPresent(m -> out.add(st, GOV.statSubject, iri(ra.entity(m).iri())));
        out.add(iri(iris.dataset("statistics")), RDF.type, iri(QB.DataSet));
        out.add(iri(iris.dataset("statistics")), QB.structure, iri(GOV.StatisticsStructure));
    }

    private void quotation(ResolvedArticle ra, QuadSink out, Quotation q) {
        Node qn = iri(ra.reportIri() + "#quote" + ra.article().toSourceOffset(q.begin()));
        out.add(qn, RDF.type, iri(GOV.Quotation));
        out.add(qn, GOV.speaker, iri(ra.entity(q.speaker()).iri()));
        out.add(qn, SchemaDO.text, zh(q.text()));
        out.add(qn, GOV.inReport, iri(ra.reportIri()));
    }
}
