package govkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named programs: a quoted term followed by a program head word (“精网微格”工程, “驻企警务专员”服务企业模式,
 * “A、B”专项行动, a run of quoted terms sharing one head), national programs known by name (lexicon,
 * with or without quotes and 新时代 prefixes), and campaigns named after a launching verb
 * (开展…专项整治). Quoted terms followed by 执法 or no head word (“一刀切”执法) are not programs.
 * Links a program to the organization or place in its sentence that launches it.
 */
public final class ProgramExtractor implements Extractor {
    private static final Pattern LAUNCH = Pattern.compile("(?:开展|实施|启动|部署|推进|深化|组织开展|全面开展)");
    /** Longest first, in a fixed order: 专项整治行动 must win over 专项整治 in every run (Set.of iterates in a per-JVM random order). */
    private static final List<String> CAMPAIGN_HEADS = List.of("专项整治行动", "专项整治", "专项行动", "专项斗争", "攻坚行动", "试点");
    private final Lexicons lex;

    public ProgramExtractor(Lexicons lex) {
        this.lex = lex;
    }

    @Override public String name() { return "program"; }
    @Override public Set<String> requires() { return Set.of("place", "organization"); }
    @Override public Set<String> provides() { return Set.of("program"); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        List<QuotedTerms.Quoted> quoted = QuotedTerms.find(text);
        for (int i = 0; i < quoted.size(); i++) {
            QuotedTerms.Quoted q = quoted.get(i);
            // a run of quoted terms (“A”“B”等机制) shares the head after the last one
            int j = i;
            while (j + 1 < quoted.size() && quoted.get(j + 1).begin() - 1 == quoted.get(j).after()) j++;
            int headAt = quoted.get(j).after();
            if (text.startsWith("等", headAt)) headAt++;
            String head = headAfter(text, headAt);
            if (head == null) {
                if (lex.programs.containsKey(q.term())) add(a, q.term(), q.term(), q.begin() - 1, q.after(), Map.of(), Confidence.LEXICON);
                continue;
            }
            for (int k = i; k <= j; k++) {
                QuotedTerms.Quoted t = quoted.get(k);
                int headEnd = text.indexOf(head, headAt) + head.length();
                String label = t.term() + text.substring(headAt, headEnd);
                add(a, label, t.term(), t.begin() - 1, k == j ? headEnd : t.after(),
                        Map.of("programKind", lex.programHeads.get(head)), Confidence.PATTERN);
            }
            i = j;
        }
        lexiconPrograms(a, text);
        launchedCampaigns(a, text);
    }

    /** The program head word starting within a few characters of {@code at} (服务企业模式, 统筹协调机制), or null. */
    private String headAfter(String text, int at) {
        for (int skip = 0; skip <= 4 && at + skip < text.length(); skip++) {
            if (skip > 0 && !TextScan.isHan(text.charAt(at + skip - 1))) return null;
            for (String h : lex.programHeads.keySet()) {
                if (text.startsWith(h, at + skip)) return skip == 0 || h.length() >= 2 ? h : null;
            }
            if (text.startsWith("执法", at + skip)) return null;
        }
        return null;
    }

    private void lexiconPrograms(ArticleAnalysis a, String text) {
        for (var e : lex.programs.entrySet()) {
            String name = e.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (a.overlaps(at, at + name.length(), EntityType.PROGRAM)) continue;
                add(a, name, name, at, at + name.length(), Map.of(), Confidence.LEXICON);
            }
            // quoted inside a longer name: 新时代“枫桥经验”
            String quotedForm = "“" + name + "”";
            for (int at = text.indexOf(quotedForm); at >= 0; at = text.indexOf(quotedForm, at + 1)) {
                if (!a.overlaps(at, at + quotedForm.length(), EntityType.PROGRAM))
                    add(a, name, name, at, at + quotedForm.length(), Map.of(), Confidence.LEXICON);
            }
        }
    }

    private void launchedCampaigns(ArticleAnalysis a, String text) {
        for (String head : CAMPAIGN_HEADS) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length();
                if (a.overlaps(at, end, EntityType.PROGRAM, EntityType.EVENT)) continue;
                // the name runs from the launching verb of its clause (开展A和B专项整治 keeps 和), past a 的 modifier
                int clause = at;
                while (clause > Math.max(0, at - 30) && !TextScan.isBoundary(text.charAt(clause - 1))) clause--;
                Matcher v = LAUNCH.matcher(text.substring(clause, at));
                int start = -1;
                while (v.find()) start = clause + v.end();
                if (start < 0) continue;
                int de = text.lastIndexOf('的', at - 1);
                if (de >= start) start = de + 1;
                if (end - start < head.length() + 4) continue;
                String label = text.substring(start, end);
                add(a, label, label, start, end, Map.of("programKind", lex.programHeads.getOrDefault(head, "campaign")), Confidence.PATTERN);
            }
        }
    }

    private void add(ArticleAnalysis a, String label, String core, int begin, int end, Map<String, String> attrs, double conf) {
        if (a.overlaps(begin, end, EntityType.PROGRAM)) return;
        Map<String, String> at = new HashMap<>(attrs);
        at.put("core", core);
        Mention m = new Mention(EntityType.PROGRAM, label, label.equals(core) ? Set.of() : Set.of(core),
                a.text().substring(begin, end), begin, end, name(), conf, at);
        a.add(m);
        linkImplementers(a, m);
    }

    /** The organization (else place) in the same sentence before the program launches it. */
    private void linkImplementers(ArticleAnalysis a, Mention program) {
        String text = a.text();
        int s = program.begin();
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        Mention org = null, place = null;
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.begin() >= s && m.end() <= program.begin()) org = m;
        for (Mention m : a.mentions(EntityType.PLACE)) if (m.begin() >= s && m.end() <= program.begin() && m.attr("adminCode") != null) place = m;
        if (org != null) a.add(new Relation(program, Relation.Kind.IMPLEMENTED_BY, org, s, program.end(), name(), Confidence.WEAK_PATTERN));
        if (place != null) a.add(new Relation(program, Relation.Kind.IMPLEMENTED_IN, place, s, program.end(), name(), Confidence.WEAK_PATTERN));
    }
}
