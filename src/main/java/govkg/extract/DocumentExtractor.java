package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy documents: 《…》 titles typed by their last word (规定, 办法, 方案, 条例, 意见, 决定, 法 …, lexicon
 * document-type); laws, party rules and treaties cited without 《》 by name (lexicons law, party-rule, treaty),
 * and well-known reports (lexicon report: 政府工作报告, 十九大报告), as whole words; laws of the PRC by their full name (中华人民共和国…法); drafts and amendments of a law
 * (…法修正案草案, …法（修订草案）, 民法典…编草案); and 关于…的决定/意见/通知 titles with their issuer
 * (全国人大常委会关于…的决定). The issuer is the organization right before 出台/印发/制定/发布 in the same sentence.
 */
public final class DocumentExtractor implements Extractor {
    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,60})》");
    /** A law's full name: 中华人民共和国 and the shortest run ending in 法 (中华人民共和国药品管理法). */
    private static final Pattern PRC_LAW = Pattern.compile("中华人民共和国[\\u4e00-\\u9fff]{1,24}?法(?:典)?");
    /** What follows a law's name in a bill: an amendment, a draft, a book of the code (民法典人格权编草案). */
    private static final Pattern DRAFT = Pattern.compile("(?:[\\u4e00-\\u9fff]{1,6}?编)?(?:修正案草案|修正案（草案）|修正案|（修订草案）|\\(修订草案\\)|（修正草案）|（草案）|\\(草案\\)|修订草案|草案)");
    /** A draft of a law not in the lexicon: the 法 before its draft words (…法修正案草案, …法（修订草案）). */
    private static final Pattern UNKNOWN_LAW_DRAFT = Pattern.compile("法(?=修正案|（修订草案）|\\(修订草案\\)|（修正草案）|（草案）|修订草案|草案)");
    /** 关于…的决定: a title by its subject and its type; the issuer may stand right before 关于. */
    private static final Pattern ABOUT = Pattern.compile("关于[^，。；：！？、\\n“”《》]{2,60}?的(?:决定|决议|指导意见|实施意见|若干意见|意见|通知|实施办法|办法|暂行规定|若干规定|规定|批复)(?:（草案）|\\(草案\\))?");
    /** Verbs that cite or act on a 关于… title, so it names a document rather than a topic (征求关于…的意见). */
    private final Pattern aboutCue;
    /** Verbs that issue a document (lexicon document-issue-verb). */
    private final Pattern issue;
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（()）]{1,14}[）)]$");
    private static final Pattern NUMBERED_ARTICLE = Pattern.compile(".*[一二三四五六七八九十百\\d]+条");
    /** Words after a law's name that make it an oath, a week or a day named after the law, not the law cited. */
    private static final Pattern NAMED_AFTER_LAW = Pattern.compile("宣誓|宣传周|宣传月|日");

    private final Lexicons lex;
    /** Where names start in a window of text (clause words, verbs of names). */
    private final NameStart nameStarts;
    private final TermIndex types;
    /** Laws, party rules and treaties by the names they are cited by → full name. */
    private final Map<String, String> known = new LinkedHashMap<>();
    private final TermIndex knownIndex;
    /** Verbs that cite or issue a document (lexicons document-cite-verb, document-issue-verb). */
    private final TermIndex citeVerbs;
    /** Collective words a list of documents is counted by (行政法规, 法律: lexicon document-collective). */
    private final TermIndex collectives;
    /** Central bodies that issue decisions (全国人大常委会, 国务院, 中共中央). */
    private final TermIndex bodies;
    /** Foreign countries by every name they are given (lexicon country): their laws are no laws of the PRC. */
    private final Set<String> countries = new java.util.HashSet<>();
    private final int maxCountryLength;

    public DocumentExtractor(Lexicons lex) {
        this.lex = lex;
        this.nameStarts = new NameStart(lex);
        this.types = lex.index(LexiconKind.DOCUMENT_TYPE);
        this.bodies = lex.index(LexiconKind.SESSION_BODY);
        Set<String> verbs = new java.util.HashSet<>(lex.words(LexiconKind.DOCUMENT_CITE_VERB));
        verbs.addAll(lex.words(LexiconKind.DOCUMENT_ISSUE_VERB));
        this.citeVerbs = new TermIndex(LexiconPatterns.longestFirst(verbs));
        this.collectives = new TermIndex(LexiconPatterns.longestFirst(lex.words(LexiconKind.DOCUMENT_COLLECTIVE)));
        this.aboutCue = Pattern.compile(LexiconPatterns.alternation(lex.words(LexiconKind.DOCUMENT_CITE_VERB)) + "[^，。；！？]{0,12}$");
        this.issue = Pattern.compile(LexiconPatterns.alternation(lex.words(LexiconKind.DOCUMENT_ISSUE_VERB)));
        for (LexiconKind k : new LexiconKind[]{LexiconKind.LAW, LexiconKind.PARTY_RULE, LexiconKind.TREATY, LexiconKind.REPORT})
            lex.entries(k).forEach((name, full) -> known.putIfAbsent(name, full.isEmpty() ? name : full));
        List<String> names = new ArrayList<>(known.keySet());
        names.sort((x, y) -> y.length() - x.length());
        this.knownIndex = new TermIndex(names);
        for (Map.Entry<String, String> c : lex.entries(LexiconKind.COUNTRY).entrySet()) {
            countries.add(c.getKey());
            String[] v = c.getValue().split("\\|");
            for (int i = 1; i < v.length; i++) countries.add(v[i].strip());
        }
        this.maxCountryLength = countries.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override public String name() { return "document"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.ORGANIZATION, Layer.PLACE, Layer.PERSON); }
    @Override public Set<Layer> writes() { return Set.of(Layer.DOCUMENT); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        titles(a, text);
        prcLaws(a, text);
        knownNames(a, text);
        unknownLawDrafts(a, text);
        countedLists(a, text);
        aboutTitles(a, text);
        numberedMeasures(a, text);
    }

    /**
     * A package of measures by its short title: a subject and a count of articles, in quotes (“稳外贸十条”, “国十条”).
     * 第十条 is an article of a text, not a package; an unquoted count (出台十条) names nothing particular.
     */
    private static final Pattern NUMBERED_MEASURES = Pattern.compile("“([\\u4e00-\\u9fff]{1,10}?[一二三四五六七八九十]{1,3}条)”");

    private void numberedMeasures(ArticleAnalysis a, String text) {
        if (text.indexOf("条”") < 0) return;
        Matcher m = NUMBERED_MEASURES.matcher(text);
        while (m.find()) {
            String title = m.group(1);
            int count = title.length() - 1;
            while (count > 0 && "一二三四五六七八九十".indexOf(title.charAt(count - 1)) >= 0) count--;
            if (count == 0 || title.charAt(count - 1) == '第' || a.overlaps(m.start(), m.end(), EntityType.DOCUMENT)) continue;
            Mention doc = new Mention(EntityType.DOCUMENT, title, Set.of(), m.group(), m.start(), m.end(), name(), Confidence.PATTERN, attrs(title));
            a.add(doc);
            linkIssuer(a, doc);
        }
    }

    /** 《…》 titles; a bare 《决定》 after 《中共中央关于…的决定》 refers back to the document of that type. */
    private void titles(ArticleAnalysis a, String text) {
        Matcher m = TITLE.matcher(text);
        Map<String, Mention> byType = new HashMap<>();
        while (m.find()) {
            String title = m.group(1).strip();
            String full = known.getOrDefault(title, title);
            String type = typeOf(full);
            // 《义勇军进行曲》, 《焦点访谈》: songs, programmes and books are no policy documents
            if (type == null && !known.containsKey(title) && !known.containsValue(title)) continue;
            // 《纲要（草案）》 after 《…规划纲要（草案）》: a short title that ends a longer one named before is that document
            Mention longer = earlierEndingWith(a, full);
            if (longer != null && !full.equals(type)) {
                a.add(new Mention(EntityType.DOCUMENT, longer.label(), Set.of(), m.group(), m.start(), m.end(), name(),
                        Confidence.CONTEXT, longer.attrs()));
                continue;
            }
            if (full.equals(type)) {
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
    }

    /** A document of the article named before, in 《》, whose name ends with {@code title} and is longer; else null. */
    private static Mention earlierEndingWith(ArticleAnalysis a, String title) {
        for (Mention d : a.mentions(EntityType.DOCUMENT))
            if (d.label().length() > title.length() && d.label().endsWith(title) && d.surface().startsWith("《")) return d;
        return null;
    }

    /** 中华人民共和国药品管理法, with a draft or amendment after it. */
    private void prcLaws(ArticleAnalysis a, String text) {
        Matcher m = PRC_LAW.matcher(text);
        while (m.find()) {
            int end = m.end();
            if (!a.alignsWithTokens(m.start(), end) || a.overlaps(m.start(), end, EntityType.DOCUMENT)) continue;
            String law = text.substring(m.start(), end);
            String shortName = law.substring("中华人民共和国".length());
            addLaw(a, text, m.start(), end, law, Set.of(shortName), Confidence.PATTERN);
        }
    }

    /**
     * Laws, party rules and treaties cited by name, as words of their own (以民法典宣传为重点), never a piece of a
     * longer one (违宪, 刑法学家, 劳动合同法 holds no 合同法): the longest name at each position, then past it.
     */
    private void knownNames(ArticleAnalysis a, String text) {
        for (int at = 0; at < text.length(); ) {
            String name = knownIndex.startingAt(text, at, 2);
            if (name == null) { at++; continue; }
            int end = at + name.length();
            String country = countryBefore(text, at);
            if (a.alignsWithTokens(at, end) && !a.overlaps(at, end, EntityType.DOCUMENT, EntityType.ORGANIZATION) && !longerName(a, at)
                    && !NAMED_AFTER_LAW.matcher(text).region(end, text.length()).lookingAt()) {
                // 伊拉克宪法: a foreign country's name right before a law's short name makes it that country's law
                if (country != null) addLaw(a, text, at - country.length(), end, country + name, Set.of(), Confidence.PATTERN);
                else addLaw(a, text, at, end, known.get(name), Set.of(name), Confidence.LEXICON);
            }
            at = end;
        }
    }

    /** The foreign country's name (lexicon country, with its other names) that ends right at {@code at}, or null. */
    private String countryBefore(String text, int at) {
        for (int k = Math.min(at, maxCountryLength); k >= 2; k--) {
            String c = text.substring(at - k, at);
            if (countries.contains(c)) return c;
        }
        return null;
    }

    /**
     * 国防/n 教育法: a common noun right before a known name (not a place, a body or a word of the clause) makes it
     * part of a longer name the lexicon does not know, not the known document.
     */
    private static boolean longerName(ArticleAnalysis a, int at) {
        govkg.nlp.Token before = a.tokenCovering(at - 1);
        if (before == null || before.end() != at || !TextScan.isHan(before.word())) return false;
        String n = before.nature();
        return (n.equals("n") || n.equals("nz")) && !a.overlaps(before.begin(), at, EntityType.PLACE, EntityType.ORGANIZATION);
    }

    /** A draft of a law the lexicon does not know (某某法修正案草案): the name runs left to the clause words. */
    private void unknownLawDrafts(ArticleAnalysis a, String text) {
        Matcher m = UNKNOWN_LAW_DRAFT.matcher(text);
        while (m.find()) {
            int end = m.end();
            if (a.overlaps(m.start(), end, EntityType.DOCUMENT)) continue;
            // a law's name holds verbs (团结, 促进, 防治): only other clause words and the verbs that cite it end it
            int start = nameStarts.afterClauseWords(a, nameStarts.leftEdge(text, m.start(), 20), m.start(), true, false);
            start = afterCiteVerbs(text, start, m.start());
            if (end - start < 3 || !TextScan.isHan(text.substring(start, end))) continue;
            addLaw(a, text, start, end, text.substring(start, end), Set.of(), Confidence.PATTERN);
        }
    }

    /** Past the last verb that cites or issues a document (审议, 提请审议, 修改) in text[start, end), else start. */
    private int afterCiteVerbs(String text, int start, int end) {
        int after = start;
        for (int i = start; i < end; i++) {
            String v = citeVerbs.startingAt(text, i, 2, end);
            if (v != null) after = i + v.length();
        }
        return after;
    }

    /**
     * Regulations and laws cited by name without marks in a list the sentence counts (进出口某某条例、某某暂行条例等16部行政法规):
     * each item before 等 and a count of a collective word (lexicon document-collective) that ends in a document type
     * (条例, 暂行条例, 办法, 规定, 法) is a document.
     */
    private static final Pattern COUNTED_LIST = Pattern.compile("等(?:[\\d一二三四五六七八九十百两]+(?:部|件|个|项))?");

    private void countedLists(ArticleAnalysis a, String text) {
        for (int at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
            Matcher c = COUNTED_LIST.matcher(text).region(at, text.length());
            if (!c.lookingAt() || collectives.startingAt(text, c.end(), 2) == null) continue;
            // the items run left across 、 to the clause words before the first one
            int listStart = at;
            while (listStart > Math.max(0, at - 120) && (!TextScan.isBoundary(text.charAt(listStart - 1)) || text.charAt(listStart - 1) == '、')) listStart--;
            String list = text.substring(listStart, at);
            if (list.indexOf('、') < 0) continue;
            int from = listStart;
            String[] items = list.split("、", -1);
            for (int k = 0; k < items.length; k++) {
                int itemStart = from, itemEnd = from + items[k].length();
                from = itemEnd + 1;
                // each item may carry its own verb (制定了某某条例、修订了某某法等立法): the name starts past it and its 了
                int nameStart = k == 0 ? nameStarts.afterClauseWords(a, itemStart, itemEnd, true, false) : itemStart;
                int afterVerb = afterCiteVerbs(text, nameStart, itemEnd);
                if (afterVerb > nameStart && afterVerb < itemEnd && text.charAt(afterVerb) == '了') afterVerb++;
                itemStart = afterVerb;
                String item = text.substring(itemStart, itemEnd);
                String type = types.endOf(item);
                if (type == null || item.length() < type.length() + 2 || !TextScan.isHan(item) || a.overlaps(itemStart, itemEnd, EntityType.DOCUMENT)) continue;
                String label = known.getOrDefault(item, item);
                Mention doc = new Mention(EntityType.DOCUMENT, label, label.equals(item) ? Set.of() : Set.of(item), item, itemStart, itemEnd,
                        name(), Confidence.PATTERN, attrs(label));
                a.add(doc);
            }
        }
    }

    /** The law at [begin,end), extended over a draft or amendment after it; the draft is the document then. */
    private void addLaw(ArticleAnalysis a, String text, int begin, int end, String label, Set<String> aliases, double conf) {
        Matcher d = DRAFT.matcher(text).region(end, text.length());
        if (d.lookingAt() && (d.group().endsWith("草案") || d.group().endsWith("）") || d.group().endsWith(")") || d.group().endsWith("修正案"))
                && (!d.group().contains("编") || label.endsWith("法典"))) {
            String surface = text.substring(begin, d.end());
            Set<String> alts = new java.util.HashSet<>();
            for (String s : aliases) alts.add(s + d.group());
            if (!surface.equals(label + d.group())) alts.add(surface);
            alts.remove(label + d.group());
            a.add(new Mention(EntityType.DOCUMENT, label + d.group(), alts, surface, begin, d.end(), name(), conf, attrs("草案")));
            return;
        }
        a.add(new Mention(EntityType.DOCUMENT, label, aliases, text.substring(begin, end), begin, end, "law-lexicon", conf, attrs(label)));
    }

    /** 关于…的决定 with the issuer before it (全国人大常委会关于…的决定) or a verb that cites it (印发关于…的通知). */
    private void aboutTitles(ArticleAnalysis a, String text) {
        Matcher m = ABOUT.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            if (a.overlaps(start, end, EntityType.DOCUMENT)) continue;
            Mention issuer = null;
            for (Mention o : a.mentions(EntityType.ORGANIZATION)) if (o.end() == start) issuer = o;
            int clause = start;
            while (clause > 0 && !TextScan.isBoundary(text.charAt(clause - 1)) && start - clause < 30) clause--;
            if (issuer == null && !aboutCue.matcher(text.substring(clause, start)).find()) continue;
            String title = m.group();
            int begin = issuer == null ? start : issuer.begin();
            // 全国人大常委会关于…的决定: a central body before 关于 is the issuer, found or not
            String body = issuer == null ? bodies.endingAt(text, start) : null;
            if (body != null) begin = start - body.length();
            String label = text.substring(begin, end);
            // the title cited again without its issuer or 草案 is the document named in full before
            for (Mention d : a.mentions(EntityType.DOCUMENT)) if (d.label().contains(title)) { label = d.label(); break; }
            Set<String> aliases = new java.util.HashSet<>(List.of(title, text.substring(begin, end)));
            aliases.remove(label);
            Mention doc = new Mention(EntityType.DOCUMENT, label, aliases, text.substring(begin, end), begin, end,
                    name(), Confidence.PATTERN, attrs(title));
            a.add(doc);
            if (issuer != null) a.add(new Relation(doc, Relation.Kind.ISSUED_BY, issuer, begin, end, name(), Confidence.PATTERN));
            else linkIssuer(a, doc);
        }
    }

    /** The document type a title ends in (意见, 条例, 法 …), or null. */
    private String typeOf(String title) {
        // 《…考评办法（试行）》, 《…条例（草案）》: the type stands before a trailing note in brackets
        // 《…详细规划（街区层面）（2018年—2035年）》: each note in turn, from the last
        for (String bare = TRAILING_NOTE.matcher(title).replaceFirst(""); !bare.equals(title); bare = TRAILING_NOTE.matcher(title).replaceFirst(""))
            title = bare;
        String t = types.endOf(title);
        if (t != null) return t;
        if (NUMBERED_ARTICLE.matcher(title).matches()) return "条";
        return null;
    }

    private Map<String, String> attrs(String title) {
        Map<String, String> at = new HashMap<>();
        String t = title.equals("草案") ? "草案" : typeOf(title);
        if (t != null) at.put("docType", t.equals("法典") ? "法" : t);
        return at;
    }

    private void linkIssuer(ArticleAnalysis a, Mention doc) {
        String text = a.text();
        int s = doc.begin();
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        String before = text.substring(s, doc.begin());
        if (!issue.matcher(before).find()) return;
        Mention issuer = null;
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.begin() >= s && m.end() <= doc.begin()) issuer = m;
        if (issuer != null) a.add(new Relation(doc, Relation.Kind.ISSUED_BY, issuer, s, doc.end(), name(), Confidence.WEAK_PATTERN));
    }
}
