package govkg.eval;

import org.apache.jena.rdf.model.Model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a graph against gold lines, type by type. System entities are paired with required gold lines by
 * a maximum bipartite matching ({@link Matcher} decides which pairs are possible), so the order of the
 * output does not change the number of true positives. An unpaired entity that matches an optional line is
 * ignored; any other is a false positive — also when it matches a required line another entity took
 * (a duplicate). Types without gold lines are not scored.
 *
 * <p>Where several maximum matchings exist, the one chosen leaves unpaired, if it can, the entities an
 * optional line excuses rather than those it does not: the shared scorer takes whichever its graph's order
 * gives, so on a graph where the choice matters it can count a false positive more (see docs/evaluation.md).
 */
public final class Scorer {
    private Scorer() {}

    /** @param model the graph to score, with the ontology (see {@link SystemEntities}) */
    public static ScoreTable score(List<GoldEntry> gold, Model model) {
        SystemEntities system = new SystemEntities(model);
        List<TypeScore> rows = new ArrayList<>();
        for (EvalType type : EvalType.values()) {
            List<GoldEntry> g = gold.stream().filter(x -> x.type() == type).toList();
            if (!g.isEmpty()) rows.add(scoreType(type, g, system.of(type)));
        }
        return new ScoreTable(rows);
    }

    /**
     * Scores each section of the gold (one report's lines) against that report's own graph, and adds the counts up
     * type by type. An entity the report mentions is paired only with that report's lines, so an entity named in
     * several reports counts once in each, as a gold that lists it once per report expects; the whole-set score
     * ({@link #score}) can pair one entity with one line only.
     *
     * @param modelOf a section's graph (its report's statements, the entities and places graphs, the ontology), or
     *                null when no report has the section's name: then all its lines are missed
     */
    public static ScoreTable scoreBySection(List<GoldEntry> gold, java.util.function.Function<String, Model> modelOf) {
        Map<String, List<GoldEntry>> sections = new LinkedHashMap<>();
        for (GoldEntry g : gold) sections.computeIfAbsent(g.section(), k -> new ArrayList<>()).add(g);
        Map<EvalType, TypeScore> sum = new java.util.EnumMap<>(EvalType.class);
        sections.forEach((section, lines) -> {
            Model model = modelOf.apply(section);
            SystemEntities system = model == null ? null : new SystemEntities(model);
            for (EvalType type : EvalType.values()) {
                List<GoldEntry> g = lines.stream().filter(x -> x.type() == type).toList();
                if (g.isEmpty() && !sum.containsKey(type)) continue;
                TypeScore one = scoreType(type, g, system == null ? List.of() : system.of(type));
                one = new TypeScore(type, one.gold(), one.found(), one.tp(), one.misses(),
                        one.falsePositives().stream().map(f -> f.in(section)).toList());
                sum.merge(type, one, TypeScore::plus);
            }
        });
        // types no section has gold for are not scored, as in the whole-set score
        List<TypeScore> rows = new ArrayList<>();
        for (TypeScore t : sum.values()) if (gold.stream().anyMatch(x -> x.type() == t.type())) rows.add(t);
        return new ScoreTable(rows);
    }

    /** The score of one type's gold lines against that type's system entities. */
    public static TypeScore scoreType(EvalType type, List<GoldEntry> gold, List<SystemEntity> system) {
        List<GoldEntry> required = gold.stream().filter(GoldEntry::required).toList();
        List<GoldEntry> optional = gold.stream().filter(x -> !x.required()).toList();
        // entities that an optional line excuses are paired last: of all maximum matchings, this one leaves
        // the fewest entities that count as false positives, whatever order the graph lists them in
        List<SystemEntity> costly = new ArrayList<>(), excused = new ArrayList<>();
        for (SystemEntity s : system) (optional.stream().anyMatch(o -> Matcher.matches(o, s)) ? excused : costly).add(s);
        system = new ArrayList<>(costly);
        system.addAll(excused);
        List<List<Integer>> candidates = new ArrayList<>();
        for (SystemEntity s : system) {
            List<Integer> c = new ArrayList<>();
            for (int j = 0; j < required.size(); j++) if (Matcher.matches(required.get(j), s)) c.add(j);
            candidates.add(c);
        }
        int[] owner = BipartiteMatching.solve(candidates, required.size());
        Set<Integer> paired = new HashSet<>();
        List<GoldEntry> misses = new ArrayList<>();
        for (int j = 0; j < required.size(); j++) {
            if (owner[j] >= 0) paired.add(owner[j]);
            else misses.add(required.get(j));
        }
        List<TypeScore.FalsePositive> fps = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            SystemEntity s = system.get(i);
            if (paired.contains(i) || i >= costly.size()) continue;
            GoldEntry dup = candidates.get(i).isEmpty() ? null : required.get(candidates.get(i).get(0));
            fps.add(new TypeScore.FalsePositive(s, dup));
        }
        return new TypeScore(type, required.size(), system.size(), paired.size(), misses, fps);
    }
}
