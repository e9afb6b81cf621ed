package govkg.rdf;

import govkg.extract.EntityType;
import govkg.extract.Mention;
import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.resolve.Entity;
import govkg.resolve.ResolvedArticle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one report says of where a program is taken up (issue 15, policy diffusion): for each program and each coded
 * place the report names with it in one sentence, one statement with the stage that sentence states (lexicon
 * {@code program-stage}: 试点 pilot, 推广 extended, 全面推行 nationwide, 验收 evaluated; else only mentioned), the
 * bodies named in it and the program's mention there as evidence; a sentence of nationwide rollout also gives a
 * statement with no place. Where a report names both in several sentences, the furthest stage wins, then the first.
 * The report's dateline place is where the reporter filed from, no adopter, unless the sentence names it a second
 * time (本报德清电 德清县启动…试点). Written into the report's own graph, so a report's statements go with it, and the
 * first report per place is a lookup over one program's statements (queries/14-program-adoption.rq) instead of a
 * join of every mention of the store by sentence. Stateless besides the lexicon; thread-safe.
 */
public final class AdoptionStatements {
    /** Stages from the furthest; a sentence with no stage word is {@link #MENTIONED}. */
    public static final List<String> STAGES = List.of("nationwide", "extended", "evaluated", "pilot");
    public static final String MENTIONED = "mentioned";

    /** One statement: {@code place} null for a nationwide rollout; {@code evidence} the program's mention in the sentence. */
    public record Statement(Entity program, Entity place, String stage, Mention evidence, Set<Entity> bodies) {}

    private final Map<String, String> stageWords;

    public AdoptionStatements(Lexicons lex) {
        this.stageWords = lex.entries(LexiconKind.PROGRAM_STAGE);
    }

    /**
     * The report's statements, in the order the text first makes them, from its mentions with the sentence each
     * stands in (in the order of the report's facts, as the mapper wrote their mention nodes).
     */
    public List<Statement> of(ResolvedArticle ra, Map<Mention, String> sentenceOf, Entity datelinePlace) {
        // most reports name no program: they pay nothing for the grouping below
        if (sentenceOf.keySet().stream().noneMatch(m -> m.type() == EntityType.PROGRAM))
            return List.of();
        Map<String, List<Mention>> bySentence = new LinkedHashMap<>();
        sentenceOf.forEach((m, sentence) -> bySentence.computeIfAbsent(sentence, x -> new ArrayList<>()).add(m));
        Map<String, Statement> out = new LinkedHashMap<>();
        bySentence.forEach((sentence, mentions) -> {
            Map<Entity, Mention> programs = new LinkedHashMap<>();
            Map<Entity, Integer> places = new LinkedHashMap<>();
            Set<Entity> bodies = new LinkedHashSet<>();
            for (Mention m : mentions) {
                Entity e = ra.entity(m);
                switch (m.type()) {
                    case PROGRAM -> programs.putIfAbsent(e, m);
                    case PLACE -> { if (e.attrs().get("adminCode") != null) places.merge(e, 1, Integer::sum); }
                    case ORGANIZATION -> bodies.add(e);
                    default -> { }
                }
            }
            if (programs.isEmpty())
                return;
            // named once and only as the dateline, a place is where the reporter was, not news
            if (datelinePlace != null && places.getOrDefault(datelinePlace, 0) < 2)
                places.remove(datelinePlace);
            String stage = stage(sentence);
            programs.forEach((program, evidence) -> {
                for (Entity place : places.keySet())
                    keep(out, new Statement(program, place, stage, evidence, bodies));
                if (stage.equals("nationwide"))
                    keep(out, new Statement(program, null, stage, evidence, bodies));
            });
        });
        return List.copyOf(out.values());
    }

    private static void keep(Map<String, Statement> out, Statement s) {
        String key = s.program().iri() + "|" + (s.place() == null ? "" : s.place().iri());
        Statement had = out.get(key);
        if (had == null || rank(s.stage()) < rank(had.stage()))
            out.put(key, s);
    }

    /** 0 for the furthest stage, {@link #STAGES}'s size for a mention with no stage. */
    static int rank(String stage) {
        int i = STAGES.indexOf(stage);
        return i < 0 ? STAGES.size() : i;
    }

    /** The furthest stage a sentence states, else {@link #MENTIONED}. */
    public String stage(String sentence) {
        String best = MENTIONED;
        for (Map.Entry<String, String> e : stageWords.entrySet())
            if (sentence.contains(e.getKey()) && rank(e.getValue()) < rank(best))
                best = e.getValue();
        return best;
    }

    /** The statement's IRI: in its report, named by the program and the place (or the nation). */
    static String iri(String reportIri, Statement s) {
        return reportIri + "#adoption-" + lastSegment(s.program().iri()) + "-"
                + (s.place() == null ? "nation" : s.place().attrs().get("adminCode"));
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
