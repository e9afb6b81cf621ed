package govkg.eval;

import govkg.extract.ExtractionPipeline;
import govkg.extract.Fact;
import govkg.extract.Mention;
import govkg.extract.PostHolding;
import govkg.ingest.Article;
import govkg.ingest.SourceText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the extraction pipeline over labelled sentences, each as an article of its own (no headline, no
 * byline, no date), and counts per {@link NerCategory} how its spans agree with the gold spans.
 */
public final class NerBenchmark {
    private final ExtractionPipeline pipeline;
    private final List<NerCategory> categories;

    public NerBenchmark(ExtractionPipeline pipeline, List<NerCategory> categories) {
        this.pipeline = pipeline;
        this.categories = List.copyOf(categories);
    }

    /** Extracts and scores every sentence; the time is that of the extraction alone. */
    public NerReport run(List<NerSentence> sentences) {
        Map<NerCategory, NerCounts> counts = new LinkedHashMap<>();
        for (NerCategory c : categories) counts.put(c, NerCounts.ZERO);
        long chars = 0, nanos = 0;
        for (NerSentence s : sentences) {
            long t0 = System.nanoTime();
            List<Fact> facts = pipeline.extract(article(s));
            nanos += System.nanoTime() - t0;
            chars += s.text().length();
            List<NerSpan> predicted = predictions(facts, s.text());
            for (NerCategory c : categories) {
                List<NerSpan> g = s.gold().stream().filter(x -> c.goldLabels().contains(x.label())).toList();
                List<NerSpan> p = predicted.stream().filter(x -> x.label().equals(c.kind().name())).toList();
                counts.merge(c, NerCounts.of(g, p), NerCounts::plus);
            }
        }
        return new NerReport(counts, sentences.size(), chars, nanos);
    }

    /** A sentence as an article of its own: the whole text, offsets unchanged. */
    public static Article article(NerSentence s) {
        SourceText src = new SourceText(s.id(), null, s.text(), StandardCharsets.UTF_8, "");
        return new Article(src, 0, "", s.text(), 0, s.text().length(), List.of(), Optional.empty(), Optional.empty(), false, List.of());
    }

    /**
     * Our spans, labelled with a {@link NerCategory.Kind} name: person, organization and place mentions as
     * they stand in the text, and each post title (and the role it ends in) where it stands. Spans that do not lie in the text
     * (names implied, not written) are left out.
     */
    public static List<NerSpan> predictions(List<Fact> facts, String text) {
        Set<NerSpan> out = new HashSet<>();
        for (Fact f : facts) {
            if (f instanceof Mention m) {
                NerCategory.Kind k = switch (m.type()) {
                    case PERSON -> NerCategory.Kind.PERSON;
                    case ORGANIZATION -> NerCategory.Kind.ORGANIZATION;
                    case PLACE -> NerCategory.Kind.PLACE;
                    default -> null;
                };
                if (k != null && inText(text, m.begin(), m.end(), m.surface())) out.add(new NerSpan(k.name(), m.begin(), m.end()));
            } else if (f instanceof PostHolding h) {
                int b = h.begin(), e = b + h.title().length();
                if (!inText(text, b, e, h.title())) continue;
                out.add(new NerSpan(NerCategory.Kind.TITLE.name(), b, e));
                if (h.title().endsWith(h.role()) && !h.role().isEmpty()) out.add(new NerSpan(NerCategory.Kind.ROLE.name(), e - h.role().length(), e));
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean inText(String text, int b, int e, String surface) {
        return b >= 0 && e > b && e <= text.length() && text.regionMatches(b, surface, 0, surface.length()) && surface.length() == e - b;
    }
}
