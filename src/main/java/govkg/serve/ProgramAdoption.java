package govkg.serve;

import govkg.rdf.AdoptionStatements;
import govkg.time.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Where a program spread and when, from the reports' own adoption statements ({@code gov:Adoption}, written by
 * {@link AdoptionStatements}) as {@code queries/14-program-adoption.rq} reads them: a place adopts a program in the
 * first dated report naming both in one sentence (the report's dateline place only when the sentence names it
 * again), in the stage that sentence states (试点, 推广, 全面推行, 验收; else only mentioned). Reading one program's
 * statements, not joining its mentions to every other mention by sentence, keeps the page fast on a large store.
 * Drawn twice: a timeline, places in order of first report, each bar running to the last report naming both; and a
 * {@link ProvinceTileMap} shaded by each province's first year. A statement of nationwide rollout counts for the
 * whole country (code 00). The timeline shows the first {@value #MAX_PLACES} adopters and counts the rest.
 * Stateless besides its collaborators; thread-safe.
 */
final class ProgramAdoption {
    /** Places on the timeline; a program in hundreds of places keeps a page of bounded size. */
    static final int MAX_PLACES = 40;
    /** The code of the whole country in the tile map. */
    static final String NATION = "00";
    /** Stages from the furthest: a sentence with words of several is in the furthest one. */
    static final List<String> STAGES = AdoptionStatements.STAGES;
    private static final Map<String, String> STAGE_NAMES = Map.of("pilot", "试点", "extended", "推广",
            "nationwide", "全面推行", "evaluated", "验收", "mentioned", "提及");

    private final DataView store;
    private final Values values;

    ProgramAdoption(DataView store, Values values) {
        this.store = store;
        this.values = values;
    }

    /** One adopting place: its code, first and last report naming it with the program, and how many reports. */
    record Place(Node place, String code, TimeValue first, TimeValue last, long reports, Node firstLiteral) {}

    /** The two pictures ("" when no dated report places the program). */
    String render(Node program, String name) {
        String prog = CareerTimeline.sparqlIri(program);
        List<Place> places = new ArrayList<>();
        for (Binding r : store.select("""
                SELECT ?place ?code (MIN(?d) AS ?first) (MAX(?d) AS ?last) (COUNT(DISTINCT ?r) AS ?reports) WHERE {
                  ?statement gov:adoptedProgram %1$s ; gov:adopter ?place ; gov:reportedIn ?r .
                  ?r schema:datePublished ?d .
                  ?place gov:adminCode ?code .
                } GROUP BY ?place ?code ORDER BY ?first ?code ?place LIMIT 20000""".formatted(prog))) {
            TimeValue first = Dates.value(r.get("first")), last = Dates.value(r.get("last"));
            if (first != null && last != null)
                places.add(new Place(r.get("place"), r.get("code").getLiteralLexicalForm(), first, last,
                        ((Number) r.get("reports").getLiteralValue()).longValue(), r.get("first")));
        }
        Nationwide nation = nationwide(prog);
        if (places.isEmpty() && nation == null)
            return "";
        // each province's first adopter, for the map
        Map<String, Place> byProvince = new LinkedHashMap<>();
        for (Place p : places)
            if (p.code().length() >= 2)
                byProvince.putIfAbsent(p.code().substring(0, 2), p);
        List<Place> shown = places.subList(0, Math.min(MAX_PLACES, places.size()));
        Set<Place> staged = new LinkedHashSet<>(shown);
        staged.addAll(byProvince.values());
        Map<Node, String> stages = stages(prog, staged);

        List<TimelineSvg.Bar> bars = new ArrayList<>();
        for (Place p : shown) {
            String label = store.label(p.place());
            String stage = STAGE_NAMES.get(stages.getOrDefault(p.place(), "mentioned"));
            String dates = (p.first().equals(p.last()) ? p.first().lexical() : p.first().lexical() + " – " + p.last().lexical()) + " · " + stage;
            bars.add(new TimelineSvg.Bar(null, label, values.links().href(p.place().getURI()), Dates.first(p.first()), Dates.last(p.last()),
                    "stage-" + stages.getOrDefault(p.place(), "mentioned"), dates, label + "：首次报道 " + p.first().lexical() + "（" + stage
                    + "），最近 " + p.last().lexical() + "，" + p.reports() + " 篇报道"));
        }
        if (nation != null)
            bars.add(new TimelineSvg.Bar(null, "全国", values.links().href(nation.report().getURI()), Dates.first(nation.date()),
                    Dates.first(nation.date()), "stage-nationwide", nation.date().lexical() + " · " + STAGE_NAMES.get("nationwide"),
                    "全国：" + nation.date().lexical() + " 报道全面推行"));
        bars.sort(java.util.Comparator.comparing(TimelineSvg.Bar::from));
        String timeline = TimelineSvg.render(bars, places.size() - shown.size(), "adoption", name + " 的采用时间线",
                "采用时间线：" + places.size() + " 个地区，按首次报道排序；条形从首次到最近一次同句报道，颜色为首次报道所述阶段"
                        + "（试点、推广、全面推行、验收；灰色：仅提及）。", null);

        Map<String, Node> provinces = provincePlaces(byProvince.keySet());
        Map<String, ProvinceTileMap.Shade> shades = new HashMap<>();
        byProvince.forEach((code, p) -> {
            Node province = provinces.get(code);
            String stage = STAGE_NAMES.get(stages.getOrDefault(p.place(), "mentioned"));
            shades.put(code, new ProvinceTileMap.Shade(Dates.first(p.first()), "首次报道 " + p.first().lexical() + "（"
                    + store.label(p.place()) + "，" + stage + "）", province == null ? null : values.links().href(province.getURI())));
        });
        if (nation != null)
            shades.put(NATION, new ProvinceTileMap.Shade(Dates.first(nation.date()), "全面推行 " + nation.date().lexical(),
                    values.links().href(nation.report().getURI())));
        String map = ProvinceTileMap.render(shades, name + " 的各省首次采用年份",
                "各省级行政区首次报道采用的年份（方块图，位置近似地理；颜色越深越早，灰色：无报道）。");
        return "<section class=\"adoption\"><h2>推行与扩散</h2>\n" + timeline + map + "</section>\n";
    }

    /** The first dated report that states a nationwide rollout in a sentence naming the program. */
    record Nationwide(TimeValue date, Node report) {}

    private Nationwide nationwide(String prog) {
        for (Binding r : store.select("""
                SELECT ?d ?r WHERE {
                  ?statement gov:adoptedProgram %s ; gov:stage "nationwide" ; gov:reportedIn ?r .
                  ?r schema:datePublished ?d .
                } ORDER BY ?d ?r LIMIT 1""".formatted(prog))) {
            TimeValue d = Dates.value(r.get("d"));
            if (d != null)
                return new Nationwide(d, r.get("r"));
        }
        return null;
    }

    /** The stage of each place's first report: the furthest its statements of that date state. */
    private Map<Node, String> stages(String prog, Set<Place> places) {
        Map<Node, String> out = new HashMap<>();
        if (places.isEmpty())
            return out;
        String rows = places.stream().map(p -> "(" + CareerTimeline.sparqlIri(p.place()) + " " + dateLiteral(p) + ")")
                .collect(Collectors.joining(" "));
        for (Binding r : store.select("""
                SELECT DISTINCT ?place ?stage WHERE {
                  VALUES (?place ?d) { %s }
                  ?statement gov:adoptedProgram %s ; gov:adopter ?place ; gov:stage ?stage ; gov:reportedIn ?r .
                  ?r schema:datePublished ?d .
                }""".formatted(rows, prog))) {
            String stage = r.get("stage").getLiteralLexicalForm();
            String had = out.get(r.get("place"));
            if (STAGES.contains(stage) && (had == null || STAGES.indexOf(stage) < STAGES.indexOf(had)))
                out.put(r.get("place"), stage);
        }
        return out;
    }

    /** The province places of the store by 2-digit code, for the tiles' links. */
    private Map<String, Node> provincePlaces(Set<String> codes) {
        Map<String, Node> out = new HashMap<>();
        if (codes.isEmpty())
            return out;
        String list = codes.stream().map(c -> "\"" + c.replaceAll("[^0-9]", "") + "\"").collect(Collectors.joining(" "));
        for (Binding r : store.select("SELECT ?code (SAMPLE(?p) AS ?place) WHERE { VALUES ?code { " + list
                + " } ?p gov:adminCode ?code } GROUP BY ?code"))
            out.put(r.get("code").getLiteralLexicalForm(), r.get("place"));
        return out;
    }

    /** The first-report date as the literal the store holds, for a VALUES row. */
    private static String dateLiteral(Place p) {
        return NodeFmtLib.strNT(p.firstLiteral());
    }
}
