package govkg.serve;

import govkg.rdf.GOV;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The kind-specific sections of an entity page: post holdings of a person, the hierarchy around a place,
 * the mentions of a report and the provenance sentences of any entity. Each returns "" when it does not
 * apply. Stateless besides its collaborators; thread-safe.
 */
final class EntitySections {
    /** Mentions per page of a report. */
    static final int MAX_SENTENCES = 200;
    /** Provenance sentences per page of an entity. */
    static final int SENTENCES_PER_PAGE = 40;
    /** Posts per page of a person. */
    static final int POSTS_PER_PAGE = 30;
    /** Evidence sentences shown with a post; the membership's page has all of them. */
    static final int EVIDENCE_PER_POST = 3;

    /** A section's HTML ("" when it does not apply) and whether a next page has more of it. */
    record Section(String html, boolean more) {
        static final Section NONE = new Section("", false);
    }
    static final int MAX_CHILDREN = 500;

    private final DataView store;
    private final Values values;

    EntitySections(DataView store, Values values) {
        this.store = store;
        this.values = values;
    }

    /**
     * Posts held (org:Membership with title, organization and its jurisdiction), {@value #POSTS_PER_PAGE} per page,
     * each with at most {@value #EVIDENCE_PER_POST} evidence sentences and a link to the membership's own page for
     * the rest, so the page stays small however often the post is reported.
     */
    Section posts(Node person, int page) {
        List<Binding> rows = store.select("""
                SELECT ?m (SAMPLE(?t) AS ?title) (SAMPLE(?o) AS ?org) (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {
                  ?m org:member ?e .
                  OPTIONAL { ?m gov:title ?t } OPTIONAL { ?m org:organization ?o } OPTIONAL { ?m gov:evidence ?ev }
                } GROUP BY ?m ORDER BY ?title ?m LIMIT %d OFFSET %d""".formatted(POSTS_PER_PAGE + 1, (long) page * POSTS_PER_PAGE),
                Map.of("e", person));
        if (rows.isEmpty())
            return Section.NONE;
        StringBuilder b = new StringBuilder("""
                <section class="posts" id="posts"><h2>任职</h2>
                <div class="scroll"><table><thead><tr><th>职务</th><th>机构</th><th>辖区</th><th>出处</th></tr></thead><tbody>
                """);
        for (Binding r : rows.subList(0, Math.min(POSTS_PER_PAGE, rows.size()))) {
            Node m = r.get("m");
            Node org = r.get("org");
            Set<String> places = new LinkedHashSet<>();
            if (org != null)
                for (Node p : store.objects(org, GOV.jurisdiction.asNode()))
                    places.add(values.html(p));
            List<String> evidence = new ArrayList<>();
            for (Binding e : store.select("""
                    SELECT DISTINCT ?sentence ?anchor ?report ?date WHERE {
                      ?m gov:evidence ?ev . ?ev gov:sentence ?sentence
                      OPTIONAL { ?ev nif:anchorOf ?anchor } OPTIONAL { ?ev gov:inReport ?report OPTIONAL { ?report schema:datePublished ?date } }
                    } ORDER BY ?date ?report ?sentence LIMIT %d""".formatted(EVIDENCE_PER_POST), Map.of("m", m)))
                evidence.add(sentence(e.get("sentence"), e.get("anchor"), e.get("report"), e.get("date")));
            long total = ((Number) r.get("evidence").getLiteralValue()).longValue();
            if (total > evidence.size())
                evidence.add("<a class=\"more\" href=\"" + Html.esc(values.links().href(m.getURI())) + "\">全部 " + total + " 条出处 ›</a>");
            String title = r.get("title") != null ? r.get("title").getLiteralLexicalForm() : store.label(m);
            b.append("<tr><td>").append(values.link(m, title)).append("</td><td>").append(values.html(org))
                    .append("</td><td>").append(String.join("、", places)).append("</td><td class=\"evidence\">")
                    .append(String.join("<br>", evidence)).append("</td></tr>\n");
        }
        return new Section(b.append("</tbody></table></div></section>\n").toString(), rows.size() > POSTS_PER_PAGE);
    }

    /** The places above (gov:within+) and directly below a place. */
    String placeHierarchy(Node place) {
        List<Node> above = new ArrayList<>();
        Set<Node> seen = new HashSet<>(Set.of(place));
        Node cur = place;
        while (true) {
            List<Node> parents = store.objects(cur, GOV.within.asNode());
            if (parents.isEmpty() || !seen.add(parents.get(0)))
                break;
            cur = parents.get(0);
            above.add(0, cur);
        }
        List<Node> below = new ArrayList<>();
        store.union().find(Node.ANY, GOV.within.asNode(), place).forEachRemaining(t -> below.add(t.getSubject()));
        if (above.isEmpty() && below.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<section class=\"hierarchy\"><h2>行政区划</h2>\n");
        if (!above.isEmpty()) {
            b.append("<nav class=\"crumbs\" aria-label=\"上级地区\">");
            for (Node a : above)
                b.append(values.html(a)).append(" › ");
            b.append("<strong>").append(Html.esc(store.label(place))).append("</strong></nav>\n");
        }
        if (!below.isEmpty()) {
            below.sort(Comparator.comparing(Node::getURI));
            b.append("<h3>下级（").append(below.size()).append("）</h3><ul class=\"children\">");
            for (Node c : below.subList(0, Math.min(below.size(), MAX_CHILDREN)))
                b.append("<li>").append(values.html(c)).append("</li>");
            if (below.size() > MAX_CHILDREN)
                b.append("<li>…</li>");
            b.append("</ul>\n");
        }
        return b.append("</section>\n").toString();
    }

    /** For a report: its mentions in text order, each with the entity it names, {@value #MAX_SENTENCES} a page. */
    Section reportMentions(Node report, int page) {
        List<Binding> rows = store.select("""
                SELECT ?m ?sentence ?anchor ?ent ?begin WHERE {
                  ?m gov:inReport ?r ; gov:sentence ?sentence .
                  OPTIONAL { ?m nif:anchorOf ?anchor } OPTIONAL { ?m itsrdf:taIdentRef ?ent }
                  OPTIONAL { ?m nif:beginIndex ?begin }
                } ORDER BY ?begin ?m LIMIT %d OFFSET %d""".formatted(MAX_SENTENCES + 1, (long) page * MAX_SENTENCES),
                Map.of("r", report));
        if (rows.isEmpty())
            return Section.NONE;
        boolean more = rows.size() > MAX_SENTENCES;
        rows = rows.subList(0, Math.min(MAX_SENTENCES, rows.size()));
        StringBuilder b = new StringBuilder("<section class=\"sentences\"><h2>文中提及</h2><ol class=\"mentions\">\n");
        for (Binding r : rows) {
            String id = DataView.tail(r.get("m").getURI());
            b.append("<li id=\"").append(Html.esc(id)).append("\"><q>")
                    .append(Sentences.mark(lex(r, "sentence"), lex(r, "anchor"))).append("</q>");
            if (r.get("ent") != null)
                b.append(" → ").append(values.html(r.get("ent")));
            b.append("</li>\n");
        }
        return new Section(b.append("</ol></section>\n").toString(), more);
    }

    /**
     * The sentences the entity was found in (its mentions and the evidence of facts about it), by report, newest
     * first, {@value #SENTENCES_PER_PAGE} per page.
     */
    Section provenance(Node entity, int page) {
        List<Binding> rows = store.select("""
                SELECT DISTINCT ?m ?sentence ?anchor ?report ?date WHERE {
                  { ?m itsrdf:taIdentRef ?e } UNION { ?e gov:evidence ?m }
                  ?m gov:sentence ?sentence .
                  OPTIONAL { ?m nif:anchorOf ?anchor }
                  OPTIONAL { ?m gov:inReport ?report OPTIONAL { ?report schema:datePublished ?date } }
                  OPTIONAL { ?m nif:beginIndex ?begin }
                } ORDER BY DESC(?date) ?report ?begin ?m LIMIT %d OFFSET %d""".formatted(SENTENCES_PER_PAGE + 1,
                (long) page * SENTENCES_PER_PAGE), Map.of("e", entity));
        if (rows.isEmpty())
            return Section.NONE;
        boolean more = rows.size() > SENTENCES_PER_PAGE;
        rows = rows.subList(0, Math.min(SENTENCES_PER_PAGE, rows.size()));
        Map<Node, List<String>> byReport = new LinkedHashMap<>();
        Set<Node> seen = new HashSet<>();
        Node none = NodeFactory.createURI("urn:none");
        for (Binding r : rows) {
            if (!seen.add(r.get("m")))
                continue;
            Node report = r.get("report") != null ? r.get("report") : none;
            byReport.computeIfAbsent(report, k -> new ArrayList<>())
                    .add("<q>" + Sentences.mark(lex(r, "sentence"), lex(r, "anchor")) + "</q>");
        }
        StringBuilder b = new StringBuilder("<section class=\"sentences\"><h2>出处</h2>\n");
        byReport.forEach((report, sentences) -> {
            b.append("<div class=\"source\">");
            if (!report.equals(none)) {
                String date = String.join("", store.objects(report, SchemaDO.datePublished.asNode())
                        .stream().map(Node::getLiteralLexicalForm).toList());
                b.append("<p class=\"report\">").append(values.html(report));
                if (!date.isEmpty())
                    b.append(" <time>").append(Html.esc(date)).append("</time>");
                b.append("</p>");
            }
            b.append("<ul><li>").append(String.join("</li><li>", sentences)).append("</li></ul></div>\n");
        });
        return new Section(b.append("</section>\n").toString(), more);
    }

    /** An evidence sentence with its report and the report's date (a post is dated by its reports). */
    private String sentence(Node sentence, Node anchor, Node report, Node date) {
        String s = "<q>" + Sentences.mark(sentence.getLiteralLexicalForm(),
                anchor == null ? null : anchor.getLiteralLexicalForm()) + "</q>";
        if (report == null)
            return s;
        String when = date == null ? "" : " <time>" + Html.esc(date.getLiteralLexicalForm()) + "</time>";
        return s + " <small>" + values.html(report) + when + "</small>";
    }

    private static String lex(Binding r, String var) {
        Node n = r.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
