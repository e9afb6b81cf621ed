package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the bodies of {@link NationalBodies} by name (国务院, 全国人大常委会, 中组部, 联合国安理会), their departments
 * and teams named right after them (住房城乡建设部法规司, 全国人大常委会执法检查组, 中央纪委国家监委驻应急管理部纪检监察组),
 * and a foreign country's organs (秘鲁国会, 土耳其总统府, 美国国务院). Names are matched as whole words at the
 * article's token starts, the longest first; a term before a body (十四届全国人大常委会) is not part of its name, so
 * the mention is the permanent body. Thread-safe.
 */
final class NationalBodyFinder {
    /** Kinds of body that a foreign state has too: after a country's name they are that country's organ. */
    private static final Set<String> STATE_KINDS = Set.of("government", "military", "legislature", "judicial", "supervisory");
    /** Kinds whose name can take a department or team after it. */
    private static final Set<String> WITH_DEPARTMENTS = Set.of("party", "government", "legislature", "judicial", "supervisory",
            "consultative", "military", "people", "democratic-party", "international");
    /** Kinds of body that provinces, cities and counties have their own of. */
    private static final Set<String> LOCAL_COUNTERPARTS = Set.of("party", "government", "legislature", "judicial", "supervisory",
            "consultative", "people", "democratic-party");
    /** At most this many words between a country's name and its body's head (伊朗 伊斯兰 革命 卫队). */
    private static final int MAX_NAMED_TOKENS = 4;
    private static final int MAX_DEPARTMENT_TOKENS = 5;
    private static final int MAX_DEPARTMENT_CHARS = 16;
    /** Numbered departments in a list (第一和第二, 第三、第四及第五): the numbers before their shared head. */
    private static final java.util.regex.Pattern NUMBERED =
            java.util.regex.Pattern.compile("第[一二三四五六七八九十]+(?:[、和及与]第?[一二三四五六七八九十]+)+");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[、和及与]");
    /** A count of one or some (一家, 几所) at a word's start. */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("[一几两数多][家所个座]");

    private final Lexicons lex;
    private final NationalBodies bodies;
    /** Foreign parties and countries that make the titles after them theirs (越共中央政治局委员、公安部部长). */
    private final ForeignParties foreignParties;
    private final TermIndex departmentHeads;
    private final TermIndex foreignHeads;
    private final TermIndex joiners;
    private final Map<String, String> countryAbbreviations;
    private final TermIndex foreignStateOrgans;
    /** Names of countries (countries.txt, with their other names): a foreign city's organ makes no country's. */
    private final Set<String> countryNames = new java.util.HashSet<>();
    private final Set<String> ownStateNames;
    private final Set<String> areaKinds;
    private final NameStart nameStarts;
    /** One-character units of divisions (省, 市, 村 …): before a body's name they make it a local one. */
    private final String levelChars;
    private final String extractor;

    NationalBodyFinder(Lexicons lex, String extractor) {
        this.lex = lex;
        this.bodies = new NationalBodies(lex);
        this.foreignParties = new ForeignParties(lex);
        this.departmentHeads = lex.index(LexiconKind.BODY_DEPARTMENT_HEAD);
        this.foreignHeads = lex.index(LexiconKind.FOREIGN_ORGAN_HEAD);
        this.joiners = lex.index(LexiconKind.LIST_JOINER);
        this.countryAbbreviations = lex.entries(LexiconKind.COUNTRY_ABBREVIATION);
        this.foreignStateOrgans = lex.index(LexiconKind.FOREIGN_STATE_ORGAN);
        this.nameStarts = new NameStart(lex);
        this.levelChars = new govkg.gazetteer.LevelUnits(lex).chars(govkg.gazetteer.AdminLevel.PROVINCE, govkg.gazetteer.AdminLevel.VILLAGE);
        for (Map.Entry<String, String> c : lex.entries(LexiconKind.COUNTRY).entrySet()) {
            countryNames.add(c.getKey());
            String[] v = c.getValue().split("\\|");
            for (int i = 1; i < v.length; i++) countryNames.add(v[i].strip());
        }
        this.ownStateNames = lex.words(LexiconKind.OWN_STATE_NAME);
        this.areaKinds = lex.entries(LexiconKind.AREA_KIND).keySet();
        this.extractor = extractor;
    }

    NationalBodies bodies() {
        return bodies;
    }

    /** Adds the mentions found to {@code a}; returns the spans they cover ({begin, end}), in text order. */
    List<int[]> find(ArticleAnalysis a) {
        String text = a.text();
        List<int[]> spans = new ArrayList<>();
        int covered = 0;
        // the foreign country the paragraph names last (by its name or an organ of it), and where that name ends
        String lastCountry = null;
        int lastCountryEnd = -1;
        for (Token t : a.tokens()) {
            int pos = t.begin();
            if (pos < covered) continue;
            int end = abbreviatedOrgan(a, t);
            if (end < 0) end = foreignOrgan(a, t);
            if (end > 0) {
                Mention organ = a.mentionAt(EntityType.ORGANIZATION, pos);
                if (organ != null && organ.attr("country") != null) { lastCountry = organ.attr("country"); lastCountryEnd = end; }
            } else if (isCountry(a, t) && countryNames.contains(t.word())) {
                if (!usedAsTitle(a, t, lastCountryEnd)) lastCountry = t.word();
                lastCountryEnd = t.end();
            } else if (ownStateNames.contains(t.word())) {
                lastCountry = null;
            }
            if (end < 0) end = bareForeignOrgan(a, pos, lastCountry, lastCountryEnd);
            if (end < 0) end = body(a, pos);
            if (end > 0) {
                spans.add(new int[]{pos, end});
                covered = end;
            }
        }
        linkParents(a);
        return spans;
    }

    /**
     * A known body whose name starts at {@code pos}, with the department named after it: adds the mentions and
     * returns the end of the whole, or -1.
     */
    private int body(ArticleAnalysis a, int pos) {
        String text = a.text();
        if (!startsWord(a, pos)) return -1;
        List<String> names = bodies.namesStartingAt(text, pos);
        // 《中国共产党问责条例》: a body's name inside a document's title is part of the title
        if (!names.isEmpty() && text.lastIndexOf('《', pos) > text.lastIndexOf('》', pos)) return -1;
        // 越共中央政治局委员、公安部部长: after a foreign party, or in the list of titles it starts, a body is that
        // country's, not China's namesake (foreign and international bodies stay: 美国五角大楼)
        boolean foreignContext = !names.isEmpty() && pos > 0 && ((text.charAt(pos - 1) == '、' || foreignParties.partyEndingAt(text, pos) != null)
                && foreignParties.foreignBefore(text, pos) || foreignParties.inside(text, pos));
        for (String name : names) {
            int end = pos + name.length();
            if (!endsWord(a, end)) continue;
            NationalBodies.Body b = bodies.of(name);
            if (foreignContext && !b.kind().equals("foreign") && !b.kind().equals("international")) return -1;
            if (localBefore(a, pos, b)) return -1;
            int whole = WITH_DEPARTMENTS.contains(b.kind()) ? departmentEnd(a, pos, end) : end;
            // 中国石油大学: a known name before an organization's head word is part of a longer name
            if (whole == end && lex.orgSuffixIndex.startingAt(text, end, 2) != null && !partyGroupOf(text, end, b)) return -1;
            if (whole == end && startsLocalBody(a, end, b)) return -1;
            Mention body = mention(b, name, pos, end);
            a.add(body);
            if (whole > end && !mission(a, pos, whole)) addDepartment(a, body, b, whole);
            if (whole == end) whole = numberedDepartments(a, b, name, pos, end);
            return listedAfter(a, name, whole);
        }
        return -1;
    }

    /**
     * 教育部党组, 最高人民法院党组: the party group or committee (党组, 党委) right after a state body's name leads
     * that body; the name is the body's, not part of a longer name as in 中国石油大学.
     */
    private boolean partyGroupOf(String text, int end, NationalBodies.Body b) {
        if (!STATE_KINDS.contains(b.kind())) return false;
        String head = lex.orgSuffixIndex.startingAt(text, end, 2);
        return (head.equals("党组") || head.equals("党委")) && "party".equals(lex.orgSuffixes.get(head));
    }

    /**
     * 全国人大、政协; 中央组织部、宣传部和统战部: a body listed right after a known one whose name starts like it
     * (全国…, 中央…) is the known body with that start (全国政协, 中央宣传部), though its short form alone (政协) names no
     * national body. Adds the listed bodies and returns the end of the last, or {@code end}.
     */
    private int listedAfter(ArticleAnalysis a, String surface, int end) {
        String text = a.text();
        for (int n = 0; n < 8; n++) {
            // 兵团第二师铁门关市、第十师北屯市: the city a body is one with may stand between it and the next item
            Mention place = a.mentionAt(EntityType.PLACE, end);
            int at = place != null && place.begin() == end ? place.end() : end;
            String joiner = joiners.startingAt(text, at, 1);
            if (joiner == null) return end;
            int itemStart = at + joiner.length();
            if (!bodies.namesStartingAt(text, itemStart).isEmpty() || !startsWord(a, itemStart)) return end;
            int itemEnd = -1;
            for (int e = Math.min(text.length(), itemStart + MAX_DEPARTMENT_CHARS); e >= itemStart + 2 && itemEnd < 0; e--) {
                if (!TextScan.isHan(text.substring(itemStart, e)) || !endsWord(a, e)) continue;
                String item = text.substring(itemStart, e);
                for (int k = surface.length() - 1; k >= 2 && itemEnd < 0; k--) {
                    NationalBodies.Body b = bodies.of(surface.substring(0, k) + item);
                    if (b == null) continue;
                    Mention listed = mention(b, surface.substring(0, k) + item, itemStart, e).withSurface(item);
                    a.add(listed);
                    itemEnd = e;
                }
            }
            if (itemEnd < 0) return end;
            end = itemEnd;
        }
        return end;
    }

    /**
     * 最高法院第一和第二巡回法庭: departments numbered in a list that share their head word; adds each (the known
     * department, or the body's name with the number and head) and returns the end of the head, or {@code end}.
     */
    private int numberedDepartments(ArticleAnalysis a, NationalBodies.Body b, String surface, int begin, int end) {
        String text = a.text();
        java.util.regex.Matcher m = NUMBERED.matcher(text).region(end, Math.min(text.length(), end + MAX_DEPARTMENT_CHARS));
        if (!m.lookingAt() || !WITH_DEPARTMENTS.contains(b.kind())) return end;
        String head = departmentHeads.startingAt(text, m.end(), 2);
        if (head == null || !endsWord(a, m.end() + head.length())) return end;
        int headEnd = m.end() + head.length();
        Mention body = a.mentionAt(EntityType.ORGANIZATION, begin);
        // each department stands from its number to the shared head (the first from the body's name)
        for (int at = end; at < m.end(); ) {
            int next = at;
            while (next < m.end() && !NUMBER.matcher(text.substring(next, next + 1)).matches()) next++;
            String number = text.substring(at, next);
            String ordinal = (number.startsWith("第") ? "" : "第") + number;
            int from = at == end ? begin : at;
            NationalBodies.Body known = bodies.of(surface + ordinal + head);
            Mention dept;
            if (known != null) dept = mention(known, surface + ordinal + head, from, headEnd).withSurface(text.substring(from, headEnd));
            else {
                Map<String, String> attrs = new HashMap<>();
                attrs.put("orgKind", b.kind());
                attrs.put("nationalBody", "department");
                dept = new Mention(EntityType.ORGANIZATION, b.label() + ordinal + head, Set.of(surface + ordinal + head),
                        text.substring(from, headEnd), from, headEnd, extractor, Confidence.PATTERN, attrs);
            }
            a.add(dept);
            if (body != null) a.add(new Relation(dept, Relation.Kind.SUB_ORGANIZATION_OF, body, from, headEnd, extractor, Confidence.PATTERN));
            at = next + 1;
        }
        return headEnd;
    }

    /**
     * 中国共产党哈尔滨市道里区委员会, 联合国北京办事处: a known name before a place's body (places, then a head; for the
     * party, places alone) starts that body's name.
     */
    private boolean startsLocalBody(ArticleAnalysis a, int end, NationalBodies.Body b) {
        int at = end;
        for (Mention p = a.mentionAt(EntityType.PLACE, at); p != null && p.begin() == at; p = a.mentionAt(EntityType.PLACE, at)) at = p.end();
        if (at == end) return false;
        return b.kind().equals("party") || lex.orgSuffixIndex.startingAt(a.text(), at, 1) != null;
    }

    /**
     * 全国人大常委会法制工作委员会 → 全国人大常委会: the parent of a known body, when the article mentions it too
     * (a parent only implied is not a mention of it).
     */
    private void linkParents(ArticleAnalysis a) {
        Map<String, Mention> byLabel = new HashMap<>();
        List<Mention> orgs = a.mentions(EntityType.ORGANIZATION);
        for (Mention m : orgs) if (m.attr("nationalBody") != null) byLabel.putIfAbsent(m.label(), m);
        for (Mention m : orgs) {
            Mention parent = m.attr("parentBody") == null ? null : byLabel.get(m.attr("parentBody"));
            if (parent != null)
                a.add(new Relation(m, Relation.Kind.SUB_ORGANIZATION_OF, parent, m.begin(), m.end(), extractor, Confidence.LEXICON));
        }
    }

    /**
     * The end of the department, office or team named right after a body that ends at {@code end}
     * (公安部刑事侦查局, 中央纪委国家监委驻应急管理部纪检监察组): a few words ending in a department head, at a word's
     * end; {@code end} when there is none.
     */
    private int departmentEnd(ArticleAnalysis a, int begin, int end) {
        String text = a.text();
        int at = end, best = -1, ownNameStart = end;
        for (int n = 0; n < MAX_DEPARTMENT_TOKENS && at - end < MAX_DEPARTMENT_CHARS; n++) {
            Token u = a.tokenAt(at);
            if (u == null) break;
            if (u.word().equals("驻")) {
                // …驻应急管理部纪检监察组: a body stationed in another known body
                List<String> hosts = bodies.namesStartingAt(text, u.end());
                if (hosts.isEmpty() || !endsWord(a, u.end() + hosts.get(0).length())) break;
                at = u.end() + hosts.get(0).length();
                ownNameStart = at;
                continue;
            }
            if (!partOfDepartmentName(u)) break;
            // 中央书记处要围绕…: a one-character verb (要, 对) right after the body starts a clause, not a department's name
            if (at == ownNameStart && u.nature().equals("v") && u.word().length() == 1) break;
            at = u.end();
            String head = departmentHeads.endingAt(text, at, at - ownNameStart);
            // a one-character head (司, 局) must be a word of its own or end a body's word; a verb only comes before it
            boolean oneChar = head != null && head.length() == 1;
            boolean fits = head != null && (!oneChar || u.word().length() == 1 || u.nature().startsWith("nis") || u.nature().startsWith("nt")
                    || numbered(text, ownNameStart, at - 1));
            if (fits && endsWord(a, at) && (oneChar || !hasVerb(a, ownNameStart, at))) best = at;
        }
        return best < 0 ? end : best;
    }

    /** 第三军, 第28团: an ordinal number alone before a one-character head (segmented 第/三军) numbers a unit. */
    private static boolean numbered(String text, int begin, int headAt) {
        if (headAt - begin < 2 || text.charAt(begin) != '第') return false;
        for (int i = begin + 1; i < headAt; i++) if ("一二三四五六七八九十百0123456789".indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    /**
     * 中国常驻联合国代表团, 某国驻欧盟代表团: a country's delegation stationed (驻, 常驻) at a known body is that
     * country's mission, no department of the body; adds it (from the country's name to {@code whole}) and says so.
     */
    private boolean mission(ArticleAnalysis a, int pos, int whole) {
        String text = a.text();
        if (pos < 2 || text.charAt(pos - 1) != '驻' || !text.startsWith("代表团", whole - 3)) return false;
        int at = text.charAt(pos - 2) == '常' ? pos - 2 : pos - 1;
        Token country = at > 0 ? a.tokenCovering(at - 1) : null;
        if (country == null || country.end() != at) return false;
        boolean own = ownStateNames.contains(country.word());
        if (!own && !countryNames.contains(country.word())) return false;
        String name = text.substring(country.begin(), whole);
        Map<String, String> attrs = new HashMap<>();
        attrs.put("orgKind", own ? "government" : "foreign");
        if (!own) {
            attrs.put("nationalBody", "foreign");
            attrs.put("country", country.word());
        }
        a.add(new Mention(EntityType.ORGANIZATION, name, Set.of(), name, country.begin(), whole, extractor, Confidence.PATTERN, attrs));
        return true;
    }

    /** Adds the department [body.begin, end) of {@code body} as its sub-organization. */
    private void addDepartment(ArticleAnalysis a, Mention body, NationalBodies.Body b, int end) {
        String text = a.text();
        String rest = text.substring(body.end(), end);
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(text.substring(body.begin(), end));
        for (String n : b.names()) aliases.add(n + rest);
        String label = b.label() + rest;
        aliases.remove(label);
        Map<String, String> attrs = new HashMap<>();
        attrs.put("orgKind", b.kind());
        attrs.put("nationalBody", "department");
        Mention dept = new Mention(EntityType.ORGANIZATION, label, aliases, text.substring(body.begin(), end), body.begin(), end,
                extractor, Confidence.PATTERN, attrs);
        a.add(dept);
        a.add(new Relation(dept, Relation.Kind.SUB_ORGANIZATION_OF, body, body.begin(), end, extractor, Confidence.PATTERN));
    }

    /** Words a department's name is made of: nouns, verbal nouns, numbers (第一巡回法庭), not names, titles or function words. */
    private static boolean partOfDepartmentName(Token u) {
        String n = u.nature();
        if (n.startsWith("nr") || n.startsWith("ns") || n.equals("nnt")) return false;
        return n.startsWith("n") || n.startsWith("v") || n.startsWith("m") || n.equals("q") || n.equals("b") || n.equals("j") || n.equals("a");
    }

    private static boolean hasVerb(ArticleAnalysis a, int begin, int end) {
        for (int at = begin; at < end; ) {
            Token t = a.tokenAt(at);
            if (t == null) return false;
            if (t.nature().equals("v")) return true;
            at = t.end();
        }
        return false;
    }

    /**
     * A foreign country's organ starting at token {@code t} (秘鲁国会, 美国国防部, 土耳其武装部队总参谋部): adds it and
     * returns its end, or -1. The country is a place word HanLP knows that is no place with a Chinese division code.
     */
    private int foreignOrgan(ArticleAnalysis a, Token t) {
        if (!isCountry(a, t) || afterBodyName(a, t.begin())) return -1;
        String text = a.text();
        int e = headEnd(a, t.end());
        // 秘鲁新内阁, 某国新政府: a new cabinet or government is still that country's organ
        if (e < 0 && t.end() < text.length() && text.charAt(t.end()) == '新') e = headEnd(a, t.end() + 1);
        if (e < 0) e = namedHeadEnd(a, t.end(), false);
        if (e < 0) e = repeatedNamedHeadEnd(a, t.begin(), t.end());
        if (e < 0) return -1;
        Mention organ = foreign(text, t.begin(), e, t.word(), text.substring(t.begin(), e));
        a.add(organ);
        // 土耳其武装部队总参谋部: an organ of that organ
        int e2 = headEnd(a, e);
        if (e2 < 0) return e;
        Mention sub = foreign(text, t.begin(), e2, t.word(), text.substring(t.begin(), e2));
        a.add(sub);
        a.add(new Relation(sub, Relation.Kind.SUB_ORGANIZATION_OF, organ, t.begin(), e2, extractor, Confidence.PATTERN));
        return e2;
    }

    /**
     * 某市公安局东湖分局: a place word glued right after an organization's head word (公安局, 市委) names a branch of
     * that body inside its name, never a foreign country's organ.
     */
    private boolean afterBodyName(ArticleAnalysis a, int pos) {
        return pos > 0 && TextScan.isHan(a.text().charAt(pos - 1)) && lex.orgSuffixIndex.endingAt(a.text(), pos, Math.min(pos, 12)) != null;
    }

    /**
     * 俄外交部, 美国防部, 叙政府: a country's one-character short form (tagged as a modifier, not 以 as a preposition)
     * right before an organ's head is that country's organ, labelled with the country's name (俄罗斯外交部). Adds it
     * and returns its end, or -1.
     */
    private int abbreviatedOrgan(ArticleAnalysis a, Token t) {
        String country = countryAbbreviations.get(t.word());
        if (country == null || !(t.nature().equals("b") || t.nature().equals("j") || t.nature().startsWith("ns")) || !startsWord(a, t.begin()))
            return -1;
        int e = headEnd(a, t.end());
        if (e < 0) return -1;
        String text = a.text();
        Mention organ = foreign(text, t.begin(), e, country, country + text.substring(t.end(), e));
        a.add(organ);
        return e;
    }

    /**
     * …土耳其国家情报局应归总统府管辖; 某国当选总统28日在国会宣誓就职: an organ only foreign states have
     * (foreign-state-organs.txt), standing alone in the paragraph that named a foreign country or its organ before
     * it (and no other country since), is that country's. Adds it and returns its end, or -1.
     */
    private int bareForeignOrgan(ArticleAnalysis a, int pos, String country, int countryEnd) {
        if (country == null || !countryNames.contains(country) || !startsWord(a, pos)) return -1;
        String text = a.text(), head = foreignStateOrgans.startingAt(text, pos, 2);
        if (head == null || !endsWord(a, pos + head.length()) || paragraphEnds(text, countryEnd, pos)) return -1;
        // the bare head (总统府) is every such country's: no alias of this one
        Mention organ = foreign(text, pos, pos + head.length(), country, country + head);
        a.add(new Mention(EntityType.ORGANIZATION, organ.label(), Set.of(), organ.surface(), organ.begin(), organ.end(),
                extractor, Confidence.PATTERN, organ.attrs()));
        return pos + head.length();
    }

    /**
     * 文莱苏丹, 会见苏丹哈桑纳尔: a country's name right after another country's or right before a person's name is a
     * title there (a sultan), so the paragraph's country stays the one named before.
     */
    private static boolean usedAsTitle(ArticleAnalysis a, Token t, int lastCountryEnd) {
        Token next = a.tokenAt(t.end());
        return lastCountryEnd == t.begin() || next != null && next.isPersonName();
    }

    /** Whether a paragraph ends in [from, to). */
    private static boolean paragraphEnds(String text, int from, int to) {
        return text.indexOf('\n', from) >= 0 && text.indexOf('\n', from) < to;
    }

    /** The end of a foreign organ's head word starting at {@code at} (a state body's name or a foreign-organ head), or -1. */
    private int headEnd(ArticleAnalysis a, int at) {
        String text = a.text();
        for (String n : bodies.namesStartingAt(text, at)) {
            String kind = bodies.of(n).kind();
            if ((STATE_KINDS.contains(kind) || foreignHeads.startingAt(text, at, n.length()) != null) && endsWord(a, at + n.length()))
                return at + n.length();
        }
        String head = foreignHeads.startingAt(text, at, 2);
        return head != null && endsWord(a, at + head.length()) ? at + head.length() : -1;
    }

    /**
     * 伊朗伊斯兰革命卫队, 美国西南航空公司: a few nouns after a country's name, then a foreign-organ head or an
     * organization's head of two or more characters, at a word's end; the end, or -1.
     */
    private int namedHeadEnd(ArticleAnalysis a, int at, boolean anyContentWord) {
        String text = a.text();
        int begin = at;
        for (int n = 0; n < MAX_NAMED_TOKENS; n++) {
            Token u = a.tokenAt(at);
            // 某县一家/n 养老院: a count picks one of several bodies, it names none
            if (u == null || !(anyContentWord ? isContentWord(u) : isNameWord(u)) || COUNT.matcher(u.word()).lookingAt()) return -1;
            at = u.end();
            if (at - begin < 3) continue;
            String head = foreignHeads.endingAt(text, at, at - begin - 1);
            if (head == null) head = lex.orgSuffixIndex.endingAt(text, at, at - begin - 1);
            if (head != null && head.length() >= 2 && endsWord(a, at)) return at;
        }
        return -1;
    }

    /**
     * 某国快速支援部队: a foreign force's name may hold adverbs and verbs (快速/d 支援/v), which also make phrases
     * (某国迅速派遣部队); a name is repeated, a phrase rarely is. So with any content words between the country and
     * the head, the whole must stand a second time in the article. The end, or -1.
     */
    private int repeatedNamedHeadEnd(ArticleAnalysis a, int begin, int at) {
        int e = namedHeadEnd(a, at, true);
        if (e < 0) return -1;
        String text = a.text(), name = text.substring(begin, e);
        return text.indexOf(name, e) >= 0 || text.lastIndexOf(name, begin - 1) >= 0 ? e : -1;
    }

    /** A content word: a name word, a verb, adjective, adverb or distinguishing word; no title or person. */
    private static boolean isContentWord(Token u) {
        String n = u.nature();
        return isNameWord(u) || (n.startsWith("v") || n.startsWith("a") || n.equals("d")) && TextScan.isHan(u.word());
    }

    /** Words of a foreign body's own name: nouns (place words too: 西南, 伊斯兰), verbal nouns, abbreviations; no person or title. */
    private static boolean isNameWord(Token u) {
        String n = u.nature();
        if (n.startsWith("nr") || n.equals("nnt")) return false;
        return n.startsWith("n") || n.equals("vn") || n.equals("j") || n.equals("b") || n.startsWith("g");
    }

    /** A foreign organ labelled {@code label} (the country's full name and the head) standing at [begin, end). */
    private Mention foreign(String text, int begin, int end, String country, String label) {
        Map<String, String> attrs = new HashMap<>();
        String head = lex.orgSuffixIndex.endOf(text.substring(begin, end));
        attrs.put("orgKind", head != null && "company".equals(lex.orgSuffixes.get(head)) ? "company" : "foreign");
        attrs.put("nationalBody", "foreign");
        attrs.put("country", country);
        String surface = text.substring(begin, end);
        Set<String> aliases = surface.equals(label) ? Set.of() : Set.of(surface);
        return new Mention(EntityType.ORGANIZATION, label, aliases, surface, begin, end, extractor, Confidence.PATTERN, attrs);
    }

    private boolean isCountry(ArticleAnalysis a, Token t) {
        if (!(t.nature().equals("nsf") || t.nature().equals("ns")) || t.word().length() < 2 || ownStateNames.contains(t.word())) return false;
        // 开发区/ns, 新区/ns: a generic word for a kind of area (area-kinds.txt) names no country
        if (areaKinds.contains(t.word())) return false;
        for (Mention p : a.mentions(EntityType.PLACE))
            if (p.begin() < t.end() && t.begin() < p.end() && p.attr("adminCode") != null) return false;
        return true;
    }

    private Mention mention(NationalBodies.Body b, String surface, int begin, int end) {
        Set<String> aliases = new LinkedHashSet<>(b.aliases());
        aliases.add(surface);
        aliases.remove(b.label());
        Map<String, String> attrs = new HashMap<>();
        attrs.put("orgKind", b.kind());
        attrs.put("nationalBody", "lexicon");
        if (b.successor() != null) attrs.put("successor", b.successor());
        if (b.parent() != null) attrs.put("parentBody", b.parent());
        return new Mention(EntityType.ORGANIZATION, b.label(), aliases, surface, begin, end, extractor, Confidence.LEXICON, attrs);
    }

    /** A name starts a word: at a token's start, or after a character that is not Han. */
    private static boolean startsWord(ArticleAnalysis a, int pos) {
        if (pos == 0 || !TextScan.isHan(a.text().charAt(pos - 1))) return true;
        Token t = a.tokenCovering(pos);
        return t != null && t.begin() == pos;
    }

    /**
     * A name ends a word: at a token's end or before a character that is not Han; or inside a title word that
     * holds its end (外交部长, 全国人大代表: the body of the title), or before a role word (国务院总理).
     */
    private boolean endsWord(ArticleAnalysis a, int end) {
        String text = a.text();
        if (end >= text.length() || !TextScan.isHan(text.charAt(end))) return true;
        Token t = a.tokenCovering(end - 1);
        if (t == null || t.end() == end) return true;
        // 中国南车和…, glued by the name recognizer (南车和/nr): a function word after the name ends it
        if (t.isPersonName() && nameStarts.isSingleCharStop(String.valueOf(text.charAt(end)))) return true;
        return t.nature().equals("nnt") || lex.roleIndex.startingAt(text, end - 1, 2) != null;
    }

    /**
     * A place or level word right before the name of a body that places have their own of (浙江省发改委, 市政府办公室,
     * 上海市人大常委会): a local body, not the national one. A company or an institution keeps its name after a place
     * (上海中国金融期货交易所).
     */
    private boolean localBefore(ArticleAnalysis a, int pos, NationalBodies.Body b) {
        if (pos == 0 || !LOCAL_COUNTERPARTS.contains(b.kind())) return false;
        if (levelChars.indexOf(a.text().charAt(pos - 1)) >= 0) return true;
        Mention p = a.mentionAt(EntityType.PLACE, pos - 1);
        return p != null && p.end() == pos && p.attr("adminCode") != null;
    }
}
