package govkg.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Readers for the labelled corpora {@code govkg bench-ner} knows. Each reads at most {@code limit} sentences. */
public final class NerCorpora {
    private NerCorpora() {}

    /**
     * CLUENER2020 JSON lines: {@code {"text": …, "label": {TYPE: {MENTION: [[start, end], …]}}}}, offsets in
     * characters with {@code end} INCLUSIVE. Spans are checked against the mention string.
     */
    public static List<NerSentence> cluener(Path file, int limit) throws IOException {
        return readLines(file, limit, (line, n) -> cluenerLine(file, line, n));
    }

    private static NerSentence cluenerLine(Path file, String line, int n) {
        JsonObject o = JSON.parse(line);
        String text = o.get("text").getAsString().value();
        List<NerSpan> gold = new ArrayList<>();
        JsonValue label = o.get("label");
        if (label != null && label.isObject()) {
            for (Map.Entry<String, JsonValue> type : label.getAsObject().entrySet()) {
                for (Map.Entry<String, JsonValue> mention : type.getValue().getAsObject().entrySet()) {
                    for (JsonValue pos : mention.getValue().getAsArray()) {
                        JsonArray p = pos.getAsArray();
                        int b = p.get(0).getAsNumber().value().intValue(), e = p.get(1).getAsNumber().value().intValue() + 1;
                        if (!text.substring(b, e).equals(mention.getKey())) {
                            throw new IllegalArgumentException(file + ":" + n + ": span " + b + ".." + e + " is not " + mention.getKey());
                        }
                        gold.add(new NerSpan(type.getKey(), b, e));
                    }
                }
            }
        }
        return new NerSentence(file.getFileName() + ":" + n, text, gold);
    }

    /** One labelled sentence from one non-blank line, numbered from 1. */
    private interface LineParser {
        NerSentence parse(String line, int lineNumber);
    }

    /** The sentences of the non-blank lines of {@code file}, at most {@code limit}. */
    private static List<NerSentence> readLines(Path file, int limit, LineParser parser) throws IOException {
        List<NerSentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null && out.size() < limit; ) {
                n++;
                if (!line.isBlank()) out.add(parser.parse(line, n));
            }
        }
        return out;
    }

    /**
     * MSRA NER (SIGHAN 2006) gold, one sentence a line, either as the original {@code testright1.txt}
     * (chunks {@code text/TAG} separated by single spaces, TAG nr person, ns place, nt organization, o other;
     * each chunk split at its last "/") or as JSON lines {@code {"text": …, "entities": [{"type": PER|LOC|ORG,
     * "start": s, "end": e}]}} with {@code end} exclusive (chosen by the {@code .jsonl}/{@code .json} suffix).
     * Labels are PER, LOC and ORG.
     */
    public static List<NerSentence> msra(Path file, int limit) throws IOException {
        boolean json = file.getFileName().toString().matches(".*\\.jsonl?$");
        return readLines(file, limit, (line, n) -> json ? msraJson(line, file.getFileName() + ":" + n) : msraChunks(line, file.getFileName() + ":" + n));
    }

    static NerSentence msraChunks(String line, String id) {
        StringBuilder text = new StringBuilder();
        List<NerSpan> gold = new ArrayList<>();
        for (String chunk : line.strip().split(" ")) {
            if (chunk.isEmpty()) continue;
            int slash = chunk.lastIndexOf('/');
            if (slash < 0) throw new IllegalArgumentException(id + ": chunk without a tag: " + chunk);
            String s = chunk.substring(0, slash), tag = chunk.substring(slash + 1);
            String label = switch (tag) {
                case "nr" -> "PER";
                case "ns" -> "LOC";
                case "nt" -> "ORG";
                case "o" -> null;
                default -> throw new IllegalArgumentException(id + ": unknown tag " + tag);
            };
            if (label != null && !s.isEmpty()) gold.add(new NerSpan(label, text.length(), text.length() + s.length()));
            text.append(s);
        }
        return new NerSentence(id, text.toString(), gold);
    }

    static NerSentence msraJson(String line, String id) {
        JsonObject o = JSON.parse(line);
        String text = o.get("text").getAsString().value();
        List<NerSpan> gold = new ArrayList<>();
        for (JsonValue v : o.get("entities").getAsArray()) {
            JsonObject e = v.getAsObject();
            gold.add(new NerSpan(e.get("type").getAsString().value(), e.get("start").getAsNumber().value().intValue(),
                    e.get("end").getAsNumber().value().intValue()));
        }
        return new NerSentence(o.hasKey("id") ? o.get("id").getAsString().value() : id, text, gold);
    }
}
