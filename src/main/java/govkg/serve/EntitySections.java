package govkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;

/**
 * The kind-specific sections of an entity page: post holdings of a person, the hierarchy around a place,
 * the mentions of a report and the provenance sentences of any entity. Each returns "" when it does not
 * apply. Stateless besides its collaborators; thread-safe.
 */
final class EntitySections {
    static final int MAX_SENTENCES = 200;
    static final int MAX_CHILDREN = 500;

    private final Store store;
    private final Values values;

    EntitySections(Store store, Values values) {
        this.store = store;
        this.values = values;
    }

    /** Posts held (org:Membership with title, organization and its jurisdiction) and their evidence. */
    String posts(Node person) {
        List<Binding> rows = store.select("""
                SELECT ?m ?title ?org ?place ?sentence ?anchor ?report WHERE {
                  ?m org:member ?e .
                  OPTIONAL { ?m gov:title ?title }
                  OPTIONAL { ?m org:organization ?org OPTIONAL { ?org gov:jurisdiction ?place } }
                  OPTIONAL { ?m gov:evidence ?ev . ?ev gov:sentence ?sentence
                             OPTIONAL { ?ev nif:anchorOf ?anchor } OPTIONAL { ?ev gov:inReport ?report } }
                } ORDER BY ?title ?m""", Map.of("e", person));
        if (rows.isEmpty())
            return "";
        Map<Node, List<Binding>> byMembership = new LinkedHashMap<>();
        for (Binding r : rows)
            byMembership.computeIfAbsent(r.get("m"), k -> new ArrayList<>()).add(r);
        StringBuilder b = new StringBuilder("""
                <section class="posts"><h2>任职</h2>
                <div class="scroll"><table><thead><tr><th>职务</th><th>机构</th><th>辖区</th><th>出处</th></tr></thead><tbody>
                """);
        byMembership.forEach((m, rs) -> {
            Binding first = rs.get(0);
            Set<String> places = new LinkedHashSet<>();
            Set<String> evidence = new LinkedHashSet<>();
            for (Binding r : rs) {
                if (r.get("place") != null)
                    places.add(values.html(r.get("place")));
                if (r.get("sentence") != null)
                    evidence.add(sentence(r.get("sentence"), r.get("anchor"), r.get("report")));
            }
            String title = first.get("title") != null ? first.get("title").getLiteralLexicalForm() : store.label(m);
            b.append("<tr><td>").append(values.link(m, title)).append("</td><td>").append(values.html(first.get("org")))
                    .append("</td><td>").append(String.join("、", places)).append("</td><td class=\"evidence\">")
                    .append(String.join("<br>", evidence)).append("</td></tr>\n");
        });
        return b.append("</tbody></table></div></section>\n").toString();
    }

    /** The places above (gov:within+) and directly below a place. */
    String placeHierarchy(Node place) {
        List<Node> above = new ArrayList<>();
        Set<Node> seen = new HashSet<>(Set.of(place));
        Node cur = place;
        while (true) {
            List<Node> parents = store.objects(cur, Ns.WITHIN);
            if (parents.isEmpty() || !seen.add(parents.get(0)))
                break;
            cur = parents.get(0);
            above.add(0, cur);
        }
        List<Node> below = new ArrayList<>();
        store.union().find(Node.ANY, Ns.WITHIN, place).forEachRemaining(t -> below.add(t.getSubject()));
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

    /** For a report: its mentions in text order, each with the entity it names. */
    String reportMentions(Node report) {
        List<Binding> rows = store.select("""
                SELECT ?m ?sentence ?anchor ?ent ?begin WHERE {
                  ?m gov:inReport ?r ; gov:sentence ?sentence .
                  OPTIONAL { ?m nif:anchorOf ?anchor } OPTIONAL { ?m itsrdf:taIdentRef ?ent }
                  OPTIONAL { ?m nif:beginIndex ?begin }
                } ORDER BY ?begin ?m LIMIT %d""".formatted(MAX_SENTENCES), Map.of("r", report));
        if (rows.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<section class=\"sentences\"><h2>文中提及</h2><ol class=\"mentions\">\n");
        for (Binding r : rows) {
            String id = Store.tail(r.get("m").getURI());
            b.append("<li id=\"").append(Html.esc(id)).append("\"><q>")
                    .append(Sentences.mark(lex(r, "sentence"), lex(r, "anchor"))).append("</q>");
            if (r.get("ent") != null)
                b.append(" → ").append(values.html(r.get("ent")));
            b.append("</li>\n");
        }
        return b.append("</ol></section>\n").toString();
    }

    /** The sentences the entity was found in (its mentions and the evidence of facts about it), by report. */
    String provenance(Node entity) {
        List<Binding> rows = store.select("""
                SELECT DISTINCT ?m ?sentence ?anchor ?report ?date WHERE {
                  { ?m itsrdf:taIdentRef ?e } UNION { ?e gov:evidence ?m }
                  ?m gov:sentence ?sentence .
                  OPTIONAL { ?m nif:anchorOf ?anchor }
                  OPTIONAL { ?m gov:inReport ?report OPTIONAL { ?report schema:datePublished ?date } }
                  OPTIONAL { ?m nif:beginIndex ?begin }
                } ORDER BY DESC(?date) ?report ?begin LIMIT %d""".formatted(MAX_SENTENCES), Map.of("e", entity));
        if (rows.isEmpty())
            return "";
        Map<Node, List<String>> byReport = new LinkedHashMap<>();
        Set<Node> seen = new HashSet<>();
        Node none = Ns.uri("urn:none");
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
                String date = String.join("", store.objects(report, Ns.uri(Ns.SCHEMA + "datePublished"))
                        .stream().map(Node::getLiteralLexicalForm).toList());
                b.append("<p class=\"report\">").append(values.html(report));
                if (!date.isEmpty())
                    b.append(" <time>").append(Html.esc(date)).append("</time>");
                b.append("</p>");
            }
            b.append("<ul><li>").append(String.join("</li><li>", sentences)).append("</li></ul></div>\n");
        });
        return b.append("</section>\n").toString();
    }

    private String sentence(Node sentence, Node anchor, Node report) {
        String s = "<q>" + Sentences.mark(sentence.getLiteralLexicalForm(),
                anchor == null ? null : anchor.getLiteralLexicalForm()) + "</q>";
        return report == null ? s : s + " <small>" + values.html(report) + "</small>";
    }

    private static String lex(Binding r, String var) {
        Node n = r.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
