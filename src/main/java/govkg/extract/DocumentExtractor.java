package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy documents: 《…》 titles typed by their last word (规定, 办法, 方案, 条例, 意见, 决定, 法 …), and
 * laws cited without 《》 by their common short names (宪法, 民法典) from the law lexicon. The issuer is
 * the organization right before 出台/印发/制定/发布 in the same sentence.
 */
public final class DocumentExtractor implements Extractor {
    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,60})》");
    private static final String[] TYPES = {"实施细则", "实施意见", "实施方案", "工作方案", "行动方案", "若干规定", "规定", "办法",
            "方案", "条例", "意见", "决定", "通知", "规划", "纲要", "细则", "准则", "措施", "规则", "制度", "决议", "公报",
            "指引", "清单", "法典", "法", "要点", "计划", "报告", "规范", "导则", "预案", "条约", "公约", "宪章", "章程", "白皮书", "批复", "标准", "指南", "守则", "公告", "通告", "令"};
    private static final Pattern ISSUE = Pattern.compile("(出台|印发|制定|发布|颁布|通过|修订|起草)");
    private final Lexicons lex;

    public DocumentExtractor(Lexicons lex) {
        this.lex = lex;
    }

    @Override public String name() { return "document"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.ORGANIZATION); }
    @Override public Set<Layer> writes() { return Set.of(Layer.DOCUMENT); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        Matcher m = TITLE.matcher(text);
        Map<String, Mention> byType = new HashMap<>();
        while (m.find()) {
            String title = m.group(1).strip();
            String full = lex.laws.getOrDefault(title, title);
            String type = typeOf(full);
            // 《义勇军进行曲》, 《焦点访谈》: songs, programmes and books are no policy documents
            if (type == null && !lex.laws.containsKey(title) && !lex.laws.containsValue(title)) continue;
            if (full.equals(type)) {
                // 《决定》 after 《中共中央关于…的决定》: the short title refers back to the document of that type
                Mention earlier = byType.get(type);
                if (earlier == null) continue;
                a.add(new Mention(EntityType.DOCUMENT, earlier.label(), Set.of(), m.group(), m.start(), m.end(), name(),
                        Confidence.CONTEXT, earlier.attrs()));
                continue;
            }
            Mention doc = new Mention(EntityType.DOCUMENT, full, full.equals(title) ? Set.of() : Set.of(title), m.group(),
                    m.start(), m.end(), name(), Confidence.PATTERN, attrs(full));
            a.add(doc);
            if (type != null) byType.put(type, doc);
            linkIssuer(a, doc);
        }
        for (var e : lex.laws.entrySet()) {
            String shortName = e.getKey();
            for (int at = text.indexOf(shortName); at >= 0; at = text.indexOf(shortName, at + 1)) {
                int end = at + shortName.length();
                if (a.overlaps(at, end, EntityType.DOCUMENT, EntityType.ORGANIZATION)) continue;
                // a law is a word of its own (以民法典宣传为重点), never a piece of a longer one (违宪, 刑法学家)
                if (!a.alignsWithTokens(at, end)) continue;
                // 宪法宣誓, 宪法宣传周, 宪法日: an oath, a week or a day named after a law, not the law cited
                if (text.startsWith("宣誓", end) || text.startsWith("宣传周", end) || text.startsWith("宣传月", end) || text.startsWith("日", end)) continue;
                a.add(new Mention(EntityType.DOCUMENT, e.getValue(), Set.of(shortName), shortName, at, end, "law-lexicon",
                        Confidence.LEXICON, attrs(e.getValue())));
            }
        }
    }

    private static final java.util.regex.Pattern TRAILING_NOTE = java.util.regex.Pattern.compile("[（(][^（()）]{1,10}[）)]$");
    private static final java.util.regex.Pattern NUMBERED_ARTICLE = java.util.regex.Pattern.compile(".*[一二三四五六七八九十百\\d]+条");

    /** The document type a title ends in (意见, 条例, 法 …), or null. */
    private static String typeOf(String title) {
        // 《…考评办法（试行）》, 《…条例（草案）》: the type stands before a trailing note in brackets
        title = TRAILING_NOTE.matcher(title).replaceFirst("");
        for (String t : TYPES) if (title.endsWith(t)) return t;
        if (NUMBERED_ARTICLE.matcher(title).matches()) return "条";
        return null;
    }

    private static Map<String, String> attrs(String title) {
        Map<String, String> at = new HashMap<>();
        String t = typeOf(title);
        if (t != null) at.put("docType", t.equals("法典") ? "法" : t);
        return at;
    }

    private void linkIssuer(ArticleAnalysis a, Mention doc) {
        String text = a.text();
        int s = doc.begin();
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        String before = text.substring(s, doc.begin());
        if (!ISSUE.matcher(before).find()) return;
        Mention issuer = null;
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.begin() >= s && m.end() <= doc.begin()) issuer = m;
        if (issuer != null) a.add(new Relation(doc, Relation.Kind.ISSUED_BY, issuer, s, doc.end(), name(), Confidence.WEAK_PATTERN));
    }
}
