package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated occurrences: meetings, ceremonies, study sessions, inspections named by a head word
 * (部署会, 推进会, 开班仪式, 集体学习, 常务会议 …) with a specific name before it (a bare 会议 is no event).
 * The name runs left to a boundary or a verb such as 召开/举行. Date: an explicit M月D日 in the
 * sentence resolved against the article date, else the article's date; place: a place after 在 in
 * the sentence; participants: the people of the sentence; organizer: its first organization.
 */
public final class EventExtractor implements Extractor {
    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final String NUM = "[一二三四五六七八九十]{1,3}";
    /** A term: 十三届, 第十四届. */
    private static final String TERM = "(?:第?" + NUM + "届)";
    /** A sitting: 第十次, 三次. */
    private static final String SITTING = "(?:第?[一二三四五六七八九十百零]{1,4}次)";
    /** What a numbered sitting is: 会议, 全体会议, 全会, 集体学习, 常务会议, 主任会议, 双周协商座谈会. */
    private static final String SITTING_HEAD = "(?:全体会议|全会|常务会议|主任会议|会议|集体学习|双周协商座谈会)";
    private static final String PARTY = "(?:中国共产党|中共|党的)?";
    private final Lexicons lex;
    /** Where names start in a window of text (clause words, verbs of names). */
    private final NameStart nameStarts;
    /** Words that end an event's name going left (lexicon event-left-stop), in a trie: asked at every character of the walk. */
    private final govkg.lexicon.TermIndex leftStops;
    /**
     * Numbered sessions and plenums with their full left edge: 十三届全国人大常委会第十次会议, 十二届全国人大二次会议,
     * 十八届三中全会, 中央纪委六次全会, 中共中央政治局第七次集体学习. A term (届) or a session-holding body must stand
     * before the sitting, so a bare 第三次会议 is no match.
     */
    private final Pattern session;
    /**
     * The most characters a {@link #session} match holds before its 次 or 中全会: the party (中国共产党, 5), a term (第十四届,
     * at most 5), the longest body, another term (5), the sitting's ordinal before 次 (第一百零五, 5); two more to spare.
     */
    private final int sessionReach;
    private final govkg.lexicon.TermIndex offences;
    /** The event heads, to find all of them in one pass. */
    private final govkg.lexicon.TermIndex heads;

    public EventExtractor(Lexicons lex) {
        this.lex = lex;
        this.nameStarts = new NameStart(lex);
        this.leftStops = new govkg.lexicon.TermIndex(lex.words(LexiconKind.EVENT_LEFT_STOP));
        String body = LexiconPatterns.alternation(lex.words(LexiconKind.SESSION_BODY));
        this.sessionReach = 5 + 5 + lex.words(LexiconKind.SESSION_BODY).stream().mapToInt(String::length).max().orElse(0) + 5 + 5 + 2;
        this.session = Pattern.compile(PARTY + "(?:" + TERM + "(?:" + body + TERM + "?)?" + "|" + body + TERM + "?)"
                + "(?:" + SITTING + SITTING_HEAD + "|" + NUM + "中全会|" + NUM + "次全会)");
        this.offences = lex.index(LexiconKind.OFFENCE);
        this.heads = new govkg.lexicon.TermIndex(lex.eventHeads.keySet());
        this.resultWords = lex.index(LexiconKind.EVENT_RESULT_WORD);
        this.runOn = Pattern.compile(LexiconPatterns.alternation(lex.words(LexiconKind.EVENT_RUN_ON)));
        this.counted = Pattern.compile("(?:[\\d一二两三四五六七八九十几]+(?:次|场|个|届)|"
                + LexiconPatterns.alternation(lex.words(LexiconKind.EVENT_DETERMINER)).substring(3));
    }

    @Override public String name() { return "event"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PLACE, Layer.ORGANIZATION, Layer.PERSON, Layer.DOCUMENT); }
    @Override public Set<Layer> writes() { return Set.of(Layer.EVENT); }

    @Override
    public void extract(ArticleAnalysis a) {
        String text = a.text();
        sessions(a, text);
        partyCongresses(a, text);
        trials(a, text);
        headed(a, text);
        bodyMeetings(a, text);
        yearNamed(a, text);     // after the headed names: 2019年某某十大案件评选活动 is named by its head
    }

    /** Events named by a head word (lexicon event-head) and the specific name before it. */
    private void headed(ArticleAnalysis a, String text) {
        // every head's places in one pass over the text, then the heads in the lexicon's order as before
        Map<String, java.util.List<Integer>> headsAt = heads.occurrences(text);
        if (headsAt.isEmpty()) return;
        for (var e : lex.eventHeads.entrySet()) {
            String head = e.getKey();
            for (int at : headsAt.getOrDefault(head, java.util.List.of())) {
                int end = at + head.length();
                if (a.overlaps(at, end, EntityType.EVENT)) continue;
                // 人民代表大会: the people's congress is a body (its sessions are named by their sittings), not an occurrence
                if (head.equals("代表大会") && text.startsWith("人民", at - 2)) continue;
                // 人民大会堂: a word that runs on past the head is a place, not a meeting
                govkg.nlp.Token last = a.tokenCovering(end - 1);
                if (last != null && last.end() > end) continue;
                // 人民代表大会制度, 大会代表, 会议室: the head is part of another thing's name
                if (runOn.matcher(text.substring(end, Math.min(text.length(), end + 3))).lookingAt() && !delegatesOfMeeting(text, head, end)) continue;
                int start = eventStart(text, at, leftStops);
                // 他高度重视…, 下午就…进行, 记者从…: pronouns, adverbs, prepositions, times and people open a clause
                int window = start;
                // games are named by host and edition (北京冬奥会, 第十四届全运会), never by a verb or a title: those end the name
                boolean games = e.getValue().equals("sports");
                start = nameStarts.afterClauseWords(a, window, at, games, games);
                // 2022年北京冬奥会: the year's digits end as a count; its 年 is no part of the name either
                if (games && start > 0 && start < at && text.charAt(start) == '年' && Character.isDigit(text.charAt(start - 1))) start++;
                start = dashJoined(a, text, window, start);
                start = honouredPerson(a, anniversary(a, window, start), at);
                start = quotedName(text, window, start);
                start = grade(a, window, start);
                start = openQuote(text, start, at);
                start = joinedTopic(a, text, start, leftStops);
                // “某某投资论坛”同期举行: a name in quotes is the name without its marks
                if (text.charAt(start) == '“' && text.indexOf('”', start) >= end) start++;
                // 召开一次联席会议, 本次常委会会议: a count or a pronoun names no particular meeting
                // 二十届历次全会: a term before a determiner, each taken in turn
                for (Matcher count = counted.matcher(text.substring(start, at)); count.lookingAt(); count = counted.matcher(text.substring(start, at)))
                    start += count.end();
                if (end - start < head.length() + 2) continue;
                String label = text.substring(start, end);
                if (lex.eventHeads.containsKey(label)) continue;     // a bare head (开班仪式, 新闻发布会) names no particular event
                // 理解全会精神: a plenum is named by its number (十八届四中全会, 六次全会, found as sessions); words before a bare 全会 are a clause
                if (head.equals("全会") && !PLENUM_NUMBER.matcher(label).find()) continue;
                // a ceremony named by its subject, or a sitting by its ordinal (第三次廉政工作会议), is the holding body's
                if (e.getValue().equals("ceremony") || label.startsWith("第")) {
                    Mention body = holdingBody(a, start);
                    if (body != null) label = body.surface() + label;     // the span stays the ceremony's own words
                }
                if (insideDocument(a, start, end)) continue;
                // 全国人民代表大会: a body's name ending in a meeting word is the body
                if (a.overlaps(start, end, EntityType.ORGANIZATION) && sameSpanOrganization(a, start, end)) continue;
                // 防范燃气爆炸事故: an accident is an event only when named as one (特别重大…事故, “6·21”…事故)
                if (e.getValue().equals("incident") && !NAMED_INCIDENT.matcher(label).find()) continue;
                // 开展了集中统一销毁非法枪爆物品活动: a bare 活动 is an event when launched and named at length
                if (head.equals("活动") && (label.length() < 8 || !LAUNCHED.matcher(text.substring(Math.max(0, start - 4), start)).find())) continue;
                Map<String, String> attrs = new HashMap<>();
                attrs.put("eventKind", e.getValue());
                // 第78届…大会 closes and 第79届…大会 opens: numbered editions of one series are two occurrences
                Matcher edition = EDITION.matcher(label);
                attrs.put("head", edition.find() ? edition.group() + head : head);
                // 第七次集体学习 after 中共中央政治局第七次集体学习: the short form names the session named in full
                Mention full = fullerEvent(a, label);
                if (full != null) {
                    a.add(new Mention(EntityType.EVENT, full.label(), Set.of(label), text.substring(start, end), start, end, name(), Confidence.CONTEXT, full.attrs()));
                    continue;
                }
                date(a, start).ifPresent(d -> attrs.put("date", d.toString()));
                Mention ev = new Mention(EntityType.EVENT, label, Set.of(), text.substring(start, end), start, end, name(), Confidence.PATTERN, attrs);
                a.add(ev);
                link(a, ev);
            }
        }
    }

    /** A plenum's number: 四中全会, 六次全会, 第三次全会. */
    private static final Pattern PLENUM_NUMBER = Pattern.compile("[\\d一二三四五六七八九十][中次]");

    /** The edition of an event in its name: 第78届 (a sitting, 第28次, is named short and long in one report). */
    private static final Pattern EDITION = Pattern.compile("第[\\d一二三四五六七八九十百零]{1,4}届");

    /**
     * 某某工作会议代表: the delegates of a named meeting mention that meeting (a 会议 is held once, unlike a 大会 whose
     * 代表 are the standing deputies of a congress, 人民代表大会代表); a 代表团 is a delegation, an organization.
     */
    private static boolean delegatesOfMeeting(String text, String head, int end) {
        return head.endsWith("会议") && text.startsWith("代表", end) && !text.startsWith("代表团", end);
    }

    /** A term of a body's meetings before its name: 第30届, 第七十九届. */
    private static final Pattern TERM_BEFORE = Pattern.compile("第[\\d一二三四五六七八九十百零]{1,4}届$");

    /**
     * 中共中央政治局会议, 某国际机构理事会会议, 第30届某国家联盟首脑理事会会议: a bare 会议 right after a body's name is
     * that body's meeting, named by the body (a bare 会议 alone is no event); a term before the body numbers it.
     */
    private void bodyMeetings(ArticleAnalysis a, String text) {
        for (int at = text.indexOf("会议"); at > 0; at = text.indexOf("会议", at + 2)) {
            int end = at + 2;
            if (runOn.matcher(text.substring(end, Math.min(text.length(), end + 3))).lookingAt()) continue;
            govkg.nlp.Token last = a.tokenCovering(end - 1);
            if (last != null && last.end() > end || a.overlaps(at, end, EntityType.EVENT, EntityType.ORGANIZATION, EntityType.DOCUMENT)) continue;
            Mention body = null;
            for (Mention o : a.mentions(EntityType.ORGANIZATION))
                if ((o.end() == at || councilOf(text, o.end(), at)) && o.end() - o.begin() >= 3 && (body == null || o.begin() < body.begin())) body = o;
            if (body == null || body.attr("nationalBody") == null) continue;
            int start = body.begin();
            Matcher term = TERM_BEFORE.matcher(text.substring(Math.max(0, start - 7), start));
            if (term.find()) start = Math.max(0, start - 7) + term.start();
            if (a.overlaps(start, end, EntityType.EVENT) || insideDocument(a, start, end)) continue;
            // 中央政治局会议 and 中共中央政治局会议 are one body's meetings: labelled by the body's full name
            String surface = text.substring(start, end);
            String label = text.substring(start, body.begin()) + body.label() + text.substring(body.end(), at) + "会议";
            // 在某理事会会议上 in the headline, 某理事会…召开紧急会议 in the text: the meeting the same body holds, named there
            Mention held = meetingHeldBy(a, body.label(), start);
            if (held != null) {
                Set<String> names = new java.util.HashSet<>(List.of(label, surface));
                names.remove(held.label());
                a.add(new Mention(EntityType.EVENT, held.label(), names, surface, start, end, name(), Confidence.CONTEXT, held.attrs()));
                continue;
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("eventKind", "meeting");
            attrs.put("head", label);
            date(a, start).ifPresent(d -> attrs.put("date", d.toString()));
            Mention ev = new Mention(EntityType.EVENT, label, surface.equals(label) ? Set.of() : Set.of(surface), surface, start, end, name(),
                    Confidence.PATTERN, attrs);
            a.add(ev);
            link(a, ev);
        }
    }

    /** A council of a body named before its 会议 (某国家联盟首脑理事会会议, 某组织部长理事会会议): a head word and 理事会. */
    private static final Pattern COUNCIL = Pattern.compile("[\\u4e00-\\u9fff]{0,3}理事会");

    /** Whether text[from, at) is a council of the body that ends at {@code from} (首脑理事会). */
    private static boolean councilOf(String text, int from, int at) {
        return from < at && at - from <= 6 && COUNCIL.matcher(text).region(from, at).matches();
    }

    /** Another meeting of the article whose sentence names the body {@code body} before it, or null. */
    private static Mention meetingHeldBy(ArticleAnalysis a, String body, int except) {
        String text = a.text();
        for (Mention ev : a.mentions(EntityType.EVENT)) {
            if (ev.begin() == except || !"meeting".equals(ev.attr("eventKind"))) continue;
            int s = ev.begin();
            while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
            for (Mention o : a.mentions(EntityType.ORGANIZATION))
                if (o.label().equals(body) && o.begin() >= s && o.end() <= ev.begin()) return ev;
        }
        return null;
    }

    /**
     * A numbered national congress of the party by its short name: 十九大, 党的二十大, 中共十八大. Two numerals at least
     * (a lone 十大 is the ten best of something), not a numeral or 第 before, not 学 (十五大学) or a counter word after.
     * 贯彻党的二十大精神 cites the congress's line, a slogan of study, not the congress as an occurrence.
     */
    private static final Pattern PARTY_CONGRESS = Pattern.compile("(?:[一二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九])大(?![学类项批型]|精神)");
    private static final Pattern PARTY_PREFIX = Pattern.compile("(?:党的|中共|中国共产党)$");
    private static final String NUMERALS = "一二三四五六七八九十";

    private void partyCongresses(ArticleAnalysis a, String text) {
        // tried only at the numerals before a 大, not at every character (the stage's cost doubled with a find())
        Matcher m = PARTY_CONGRESS.matcher(text);
        for (int big = text.indexOf('大', 2); big >= 0; big = text.indexOf('大', big + 1)) {
            int numerals = big;
            while (numerals > 0 && NUMERALS.indexOf(text.charAt(numerals - 1)) >= 0) numerals--;
            if (big - numerals < 2 || numerals > 0 && (text.charAt(numerals - 1) == '第' || Character.isDigit(text.charAt(numerals - 1)))) continue;
            if (!m.region(numerals, text.length()).lookingAt()) continue;
            Matcher prefix = PARTY_PREFIX.matcher(text.substring(Math.max(0, numerals - 5), numerals));
            int start = prefix.find() ? Math.max(0, numerals - 5) + prefix.start() : numerals, end = m.end();
            // 某某联合会二十七大: a body's own numbered congress is named with the body
            for (Mention org : a.mentions(EntityType.ORGANIZATION)) if (org.end() == numerals) start = org.begin();
            // 二十大代表: the congress's delegates, not the congress
            if (runOn.matcher(text).region(end, Math.min(text.length(), end + 3)).lookingAt()) continue;
            if (a.overlaps(start, end, EntityType.EVENT, EntityType.ORGANIZATION) || insideDocument(a, start, end)) continue;
            String label = text.substring(start, end), bare = m.group();
            Map<String, String> attrs = new HashMap<>();
            attrs.put("eventKind", "meeting");
            attrs.put("head", bare);     // 党的十九大 and 十九大 in one report are one congress
            Mention ev = new Mention(EntityType.EVENT, label, label.equals(bare) ? Set.of() : Set.of(bare), label, start, end, name(),
                    Confidence.PATTERN, attrs);
            a.add(ev);
        }
    }

    /**
     * 某国新内阁也举行了宣誓就职仪式, 国务院召开第三次廉政工作会议: a ceremony a body holds, named by its subject,
     * or a numbered sitting of a body's series is the body's; its name starts with the body's. Returns the body that ends right before the verb of holding before {@code start}, else null.
     */
    private static final Pattern HELD_BY = Pattern.compile("(?:也|还|都|亦)?(?:举行|举办|召开)了?$");

    private static Mention holdingBody(ArticleAnalysis a, int start) {
        String text = a.text();
        Matcher held = HELD_BY.matcher(text.substring(Math.max(0, start - 5), start));
        if (!held.find()) return null;
        int verbAt = Math.max(0, start - 5) + held.start();
        for (Mention org : a.mentions(EntityType.ORGANIZATION)) if (org.end() == verbAt) return org;
        return null;
    }

    /** An accident named as one: by its grade or by its date in quotes. */
    private static final Pattern NAMED_INCIDENT = Pattern.compile("(?:重大|较大|“[^”]{1,8}”)");

    /**
     * Numbered sessions and plenums ({@link #session}); a local body's name before the match (天津市委十一届三次全会)
     * is taken from the organization that ends there or holds the matched body word.
     */
    private void sessions(ArticleAnalysis a, String text) {
        Matcher m = session.matcher(text);
        SessionScan scan = new SessionScan(m, text);
        while (scan.find()) {
            int start = m.start(), end = m.end();
            for (Mention org : a.mentions(EntityType.ORGANIZATION))
                if (org.begin() < start && org.end() >= start && org.end() <= end) start = Math.min(start, org.begin());
            if (a.overlaps(start, end, EntityType.EVENT) || insideDocument(a, start, end)) continue;
            String label = text.substring(start, end);
            Map<String, String> attrs = new HashMap<>();
            attrs.put("eventKind", "meeting");
            attrs.put("head", label);       // two sessions in one report are two events
            date(a, start).ifPresent(d -> attrs.put("date", d.toString()));
            Mention ev = new Mention(EntityType.EVENT, label, Set.of(), label, start, end, name(), Confidence.PATTERN, attrs);
            a.add(ev);
            link(a, ev);
        }
    }

    /**
     * {@code m.find()} over the text for {@link #session}, trying the pattern only where a match can start. Every match
     * ends in a sitting with 次 (第十次会议, 三次全会) or in 中全会, and its start is at most {@link #sessionReach}
     * characters before that 次 or 中, so the positions farther before every such key cannot start one and are skipped
     * (the pattern, with its alternation of bodies, was tried at every position of every article). At a position it
     * tries, it matches as find() does there, so the matches are find()'s.
     */
    private final class SessionScan {
        private final Matcher m;
        private final String text;
        private final int[] keys;
        private int k, next;

        SessionScan(Matcher m, String text) {
            this.m = m;
            this.text = text;
            int[] found = new int[8];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '次' || c == '中' && text.startsWith("全会", i + 1)) {
                    if (n == found.length) found = java.util.Arrays.copyOf(found, n * 2);
                    found[n++] = i;
                }
            }
            this.keys = java.util.Arrays.copyOf(found, n);
        }

        boolean find() {
            for (; k < keys.length; k++) {
                for (int s = Math.max(next, keys[k] - sessionReach); s <= keys[k]; s++) {
                    m.region(s, text.length());
                    if (m.lookingAt()) {
                        next = m.end();     // the next match starts after this one, as with find(); maybe before this key
                        return true;
                    }
                    next = s + 1;
                }
            }
            return false;
        }
    }

    /**
     * Awards and annual selections named with their year: 2019年某某文学奖, 2020年度全国十大科技进展. The year
     * opens the name; an award runs to 奖 (not 奖金, 奖励 …), a selection of the ten best (十大…) to the word that
     * states its result or its time (揭晓, 公布, 今天: lexicon event-result-word) or to punctuation.
     */
    private static final Pattern YEAR_NAMED = Pattern.compile("(?<![\\d])\\d{4}年度?[\\u4e00-\\u9fff]{0,14}?(?:奖(?![金励学品券惩状项])|十大)");
    /** Words inside a span that make it a clause, not a name (获得, 的, 以来). */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[的获得将被等共]|以来|期间|以后|之后");

    private void yearNamed(ArticleAnalysis a, String text) {
        if (text.indexOf('奖') < 0 && !text.contains("十大")) return;
        Matcher m = YEAR_NAMED.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            String kind = "award";
            if (text.startsWith("十大", end - 2)) {
                end = selectionEnd(text, end);
                kind = "selection";
                if (end < 0) continue;
            } else if (end - start < 9) continue;       // 2019年度奖: a name needs its subject
            if (NOT_IN_NAME.matcher(text).region(start + 5, end).find() || !a.alignsWithTokens(start, end)
                    || a.overlaps(start, end, EntityType.EVENT) || insideDocument(a, start, end)) continue;
            String label = text.substring(start, end);
            // 2019年某某十大案件 after 2019年某某十大案件评选活动: the short form names the selection named in full
            Mention full = fullerStart(a, label);
            if (full != null) {
                a.add(new Mention(EntityType.EVENT, full.label(), Set.of(label), label, start, end, name(), Confidence.CONTEXT, full.attrs()));
                continue;
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("eventKind", kind);
            attrs.put("head", label);
            date(a, start).ifPresent(d -> attrs.put("date", d.toString()));
            Mention ev = new Mention(EntityType.EVENT, label, Set.of(), label, start, end, name(), Confidence.PATTERN, attrs);
            a.add(ev);
            link(a, ev);
        }
    }

    /** End of a selection's name after its 十大 at {@code from}: at a result or time word or punctuation, 2 to 10 characters on; else -1. */
    private int selectionEnd(String text, int from) {
        for (int e = from + 2; e <= Math.min(text.length(), from + 10); e++) {
            if (e == text.length() || TextScan.isBoundary(text.charAt(e)) || resultWords.startingAt(text, e, 1) != null) return e;
        }
        return -1;
    }

    /** Stages of a trial after 案 (一审, 再审宣判). */
    private static final Pattern TRIAL_STAGE = Pattern.compile("(?:一审|二审|再审|终审)?(?:公开)?(?:宣判|开庭|审理)?");
    /** Words after 案 that make it a word of its own (案件, 案例, 案由, 案情, 案发 …), not a case's name. */
    private static final String NOT_CASE_AFTER = "件例由情发底卷子值头";

    /**
     * Criminal cases and trials named by their defendant: a person or organization, optionally its offences
     * (故意伤害, 诈骗、单位行贿), then 案 and a stage (呼格吉勒图案, 张某故意伤害案, 某公司案一审宣判). A verb between the
     * name and 案 (张某提交方案) makes it no case.
     */
    private void trials(ArticleAnalysis a, String text) {
        for (int caseAt = text.indexOf('案'); caseAt > 0; caseAt = text.indexOf('案', caseAt + 1)) {
            int end = caseAt + 1;
            if (end < text.length() && NOT_CASE_AFTER.indexOf(text.charAt(end)) >= 0) continue;
            int nameEnd = offencesStart(text, caseAt);
            int start = defendantStart(a, nameEnd);
            if (start < 0) start = companyStart(a, text, nameEnd);
            if (start < 0) continue;
            Matcher st = TRIAL_STAGE.matcher(text).region(end, text.length());
            if (st.lookingAt()) end = st.end();
            if (a.overlaps(start, end, EntityType.EVENT) || insideDocument(a, start, end)) continue;
            String label = text.substring(start, end);
            Map<String, String> attrs = new HashMap<>();
            attrs.put("eventKind", "trial");
            attrs.put("head", text.substring(start, caseAt + 1));     // the case: its trial stages are one event
            date(a, start).ifPresent(d -> attrs.put("date", d.toString()));
            Mention ev = new Mention(EntityType.EVENT, label, Set.of(), label, start, end, name(), Confidence.PATTERN, attrs);
            a.add(ev);
            link(a, ev);
        }
    }

    /** Start of the offences before the 案 at {@code caseAt} (故意伤害, 诈骗、单位行贿、挪用资金再审一), or caseAt when none. */
    private int offencesStart(String text, int caseAt) {
        int i = caseAt;
        if (i > 0 && text.charAt(i - 1) == '一') i--;
        if (text.startsWith("再审", i - 2)) i -= 2;
        while (i > 0) {
            String o = offences.endingAt(text, i);
            if (o != null) { i -= o.length(); continue; }
            if (i < caseAt && (text.charAt(i - 1) == '、' || text.charAt(i - 1) == '和') && offences.endingAt(text, i - 1) != null) { i--; continue; }
            break;
        }
        return i;
    }

    /** Start of the defendant's name ending at {@code end}: a person or organization found there, or HanLP's person name; else -1. */
    private static int defendantStart(ArticleAnalysis a, int end) {
        for (EntityType t : new EntityType[]{EntityType.PERSON, EntityType.ORGANIZATION})
            for (Mention m : a.mentions(t)) if (m.end() == end) return m.begin();
        govkg.nlp.Token t = a.tokenCovering(end - 1);
        return t != null && t.end() == end && t.isPersonName() ? t.begin() : -1;
    }

    /** Suffixes of a company's name: a case named after a company the organization stage missed (某某中国公司案). */
    private static final Pattern COMPANY_END = Pattern.compile("(?:有限公司|公司|集团)$");

    /** Start of a company's name ending at {@code end}, its left edge at the clause words; -1 when none ends there. */
    private int companyStart(ArticleAnalysis a, String text, int end) {
        int window = nameStarts.leftEdge(text, end, 20);
        if (!COMPANY_END.matcher(text.substring(window, end)).find()) return -1;
        // the name is a run of nouns (某某/nrf 中国/ns 公司/nis); a verb or a particle before it opens the clause
        int start = end;
        while (start > window) {
            govkg.nlp.Token t = a.tokenCovering(start - 1);
            if (t == null || t.end() != start || t.begin() < window || !(t.nature().startsWith("n") || t.nature().equals("j"))) break;
            start = t.begin();
        }
        return end - start >= 4 && TextScan.isHan(text.substring(start, end)) ? start : -1;
    }

    private static final Pattern LAUNCHED = Pattern.compile("(?:开展|举办|举行|组织)了?$");
    private static final Pattern ORDINAL_EDITION = Pattern.compile("(?:首|第[\\d一二三四五六七八九十百]+)届$");

    /** A cut inside quotes (首届“守望正义——群众最喜爱的检察官”评选活动) moves to the opening quote and its edition. */
    private static int quotedName(String text, int window, int start) {
        int open = text.lastIndexOf('“', start - 1);
        if (open < window || text.indexOf('”', open) < start) return start;
        Matcher ed = ORDINAL_EDITION.matcher(text.substring(window, open));
        return ed.find() ? window + ed.start() : open;
    }

    /** 重头戏“某某文化节”: a head inside quotes opened before the name starts it at the quote. */
    private static int openQuote(String text, int start, int headAt) {
        int open = text.lastIndexOf('“', headAt);
        return open > start && text.lastIndexOf('”', headAt) < open && text.indexOf('”', headAt) > headAt ? open : start;
    }

    /** 特别重大燃气爆炸事故: the grade of an accident is part of its name, and so is what stands before it. */
    private int grade(ArticleAnalysis a, int window, int start) {
        String text = a.text();
        if (start < window + 2 || !text.startsWith("特别", start - 2) || !text.startsWith("重大", start)) return start;
        return nameStarts.afterClauseWords(a, window, start - 2, false, false);
    }

    private static final Pattern ANNIVERSARY = Pattern.compile("(?:\\d+|[一二三四五六七八九十百]+)周年$");

    /**
     * 诞辰100周年座谈会, 成立70周年大会: an anniversary is part of the event's name though a count ends other names;
     * the name then starts where it would without the count.
     */
    private int anniversary(ArticleAnalysis a, int windowStart, int start) {
        Matcher m = ANNIVERSARY.matcher(a.text().substring(windowStart, start));
        if (!m.find()) return start;
        int count = windowStart + m.start();
        return count == windowStart ? windowStart : nameStarts.afterClauseWords(a, windowStart, count, false, false);
    }

    /**
     * 纪念任建新同志诞辰…座谈会, 张某同志先进事迹报告会: a person honoured by an event is part of its name, though people
     * end other names. Returns {@code start} moved left over such a person (and 纪念 before it).
     */
    private static int honouredPerson(ArticleAnalysis a, int start, int headAt) {
        if (start <= 0 || start >= headAt) return start;
        govkg.nlp.Token t = a.tokenCovering(start - 1);
        Mention person = a.mentionAt(EntityType.PERSON, start - 1);
        int from = person != null && person.end() == start ? person.begin() : t != null && t.end() == start && t.isPersonName() ? t.begin() : -1;
        if (from < 0) return start;
        String after = a.text().substring(start, headAt);
        if (!(after.startsWith("同志") || after.startsWith("先生") || after.startsWith("诞辰") || after.startsWith("逝世"))) return start;
        String text = a.text();
        if (from >= 2 && text.startsWith("纪念", from - 2)) from -= 2;
        else if (from >= 1 && text.charAt(from - 1) == '向') from -= 1;
        return from;
    }
    /** Words that state a selection's result or time after its name (lexicon event-result-word). */
    private final govkg.lexicon.TermIndex resultWords;
    /** Words after a head that make it part of another name (lexicon event-run-on). */
    private final Pattern runOn;
    /** A count or a determiner (lexicon event-determiner) before a head: no particular meeting. */
    private final Pattern counted;

    /** The start of an event name ending at {@code headAt}: after a boundary, a launching verb or a date. */
    private static int eventStart(String text, int headAt, govkg.lexicon.TermIndex stops) {
        int b = headAt;
        int limit = Math.max(0, headAt - 60);
        while (b > limit) {
            char c = text.charAt(b - 1);
            // a quoted name inside an event's name (新时代“枫桥经验”座谈会) is part of it
            if (c == '”') {
                int open = text.lastIndexOf('“', b - 1);
                if (open >= 0 && b - open <= 20 && text.substring(open, b).chars().noneMatch(ch -> "，。；！？\n".indexOf(ch) >= 0)) { b = open; continue; }
            }
            if (c == '“') { b--; continue; }
            // the document an event discusses (《…条例（草案）》专家论证会) is part of its name
            if (c == '》') {
                int open = text.lastIndexOf('《', b - 1);
                if (open >= 0 && b - open <= 40) { b = open; continue; }
            }
            // names may hold 县(市、区) and 暨; other punctuation ends them
            if (c == '(' || c == ')' || c == '（' || c == '）' || c == '、' && insideParens(text, b - 1)) { b--; continue; }
            // 中国—东盟博览会, 中国-中亚峰会: one dash between two names joins the parties of the event (a double one ends a title)
            if ((c == '—' || c == '-') && b >= 2 && b < headAt && TextScan.isHan(text.charAt(b - 2)) && TextScan.isHan(text.charAt(b))) { b--; continue; }
            if (TextScan.isBoundary(c)) break;
            if (stops.endingAt(text, b) != null) break;     // a stop word ends right here
            b--;
        }
        return b;
    }

    /**
     * 2020中国—东盟某某合作年开幕式: the clause words cut the name at a dash, yet one dash between two names joins the
     * parties of the event; the name then runs on left of the dash to the clause words before it.
     */
    private int dashJoined(ArticleAnalysis a, String text, int window, int start) {
        while (start - 2 > window && (text.charAt(start - 1) == '—' || text.charAt(start - 1) == '-') && TextScan.isHan(text.charAt(start - 2))
                && text.charAt(start - 3) != '—' && start < text.length() && TextScan.isHan(text.charAt(start))) {
            int before = nameStarts.afterClauseWords(a, window, start - 1, false, false);
            if (before >= start - 2) break;
            start = before;
        }
        return start;
    }

    /**
     * 国防和军队改革研讨会: a topic of two nouns joined by 和/与 (a left stop) opens the name when the first noun is
     * one word standing at the clause's start or right after a verb of holding (召开国防和军队改革研讨会). After
     * anything else the joiner lists events or people (出席开幕式和研讨会, 习近平和…), and the name starts after it.
     */
    private static int joinedTopic(ArticleAnalysis a, String text, int start, govkg.lexicon.TermIndex stops) {
        if (start < 3 || "和与".indexOf(text.charAt(start - 1)) < 0) return start;
        govkg.nlp.Token t = a.tokenCovering(start - 2);
        if (t == null || t.end() != start - 1 || t.word().length() < 2 || !TextScan.isHan(t.word())) return start;
        String n = t.nature();
        if (!(n.equals("n") || n.equals("vn") || n.equals("nz"))) return start;
        int b = t.begin();
        boolean opens = b == 0 || TextScan.isBoundary(text.charAt(b - 1)) || "和与".indexOf(text.charAt(b - 1)) < 0 && stops.endingAt(text, b) != null;
        if (!opens || a.overlaps(b, start - 1, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT)) return start;
        return b;
    }

    private static boolean sameSpanOrganization(ArticleAnalysis a, int start, int end) {
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.begin() <= start && m.end() >= end) return true;
        return false;
    }

    /** An event of the article whose name starts with {@code label} and is longer, or null. */
    private static Mention fullerStart(ArticleAnalysis a, String label) {
        for (Mention m : a.mentions(EntityType.EVENT)) {
            String bare = QUOTES.matcher(m.label()).replaceAll("");     // “2019年某某十大案件”评选活动
            if (bare.length() > label.length() && bare.startsWith(label)) return m;
        }
        return null;
    }

    private static final Pattern QUOTES = Pattern.compile("[“”]");

    /** An event of the article whose name ends with {@code label} and is longer, or null. */
    private static Mention fullerEvent(ArticleAnalysis a, String label) {
        for (Mention m : a.mentions(EntityType.EVENT)) if (m.label().length() > label.length() && m.label().endsWith(label)) return m;
        return null;
    }

    /** True when [start,end) lies inside a document title (《…会议纪要》 names a document, not a meeting). */
    private static boolean insideDocument(ArticleAnalysis a, int start, int end) {
        for (Mention d : a.mentions(EntityType.DOCUMENT)) if (d.begin() <= start && end <= d.end()) return true;
        return false;
    }

    private static boolean insideParens(String text, int at) {
        int open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
        int close = Math.max(text.lastIndexOf(')', at), text.lastIndexOf('）', at));
        return open > close;
    }

    private static java.util.Optional<LocalDate> date(ArticleAnalysis a, int at) {
        String sentence = a.sentenceAt(at);
        Matcher m = DAY.matcher(sentence);
        java.util.Optional<LocalDate> ref = a.article().date();
        if (m.find()) {
            if (m.group(1) != null) {
                try {
                    return java.util.Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                } catch (java.time.DateTimeException e) {
                    return java.util.Optional.empty();
                }
            }
            return govkg.ingest.BylineParser.resolve(java.util.Optional.of(Integer.parseInt(m.group(2))),
                    java.util.Optional.of(Integer.parseInt(m.group(3))), ref);
        }
        return ref;
    }

    private void link(ArticleAnalysis a, Mention ev) {
        String text = a.text();
        int s = ev.begin(), e = ev.end();
        while (s > 0 && "。！？\n".indexOf(text.charAt(s - 1)) < 0) s--;
        while (e < text.length() && "。！？\n".indexOf(text.charAt(e)) < 0) e++;
        for (Mention m : a.mentions(EntityType.PLACE)) {
            if (m.begin() >= s && m.end() <= e && m.begin() > 0 && text.charAt(m.begin() - 1) == '在' && m.attr("adminCode") != null) {
                a.add(new Relation(ev, Relation.Kind.EVENT_PLACE, m, s, e, name(), Confidence.WEAK_PATTERN));
                break;
            }
        }
        for (Mention m : a.mentions(EntityType.PERSON)) {
            if (m.begin() >= s && m.end() <= e && m.attr("byline") == null)
                a.add(new Relation(ev, Relation.Kind.PARTICIPANT, m, s, e, name(), Confidence.WEAK_PATTERN));
        }
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) {
            if (m.begin() >= s && m.end() <= ev.begin()) {
                a.add(new Relation(ev, Relation.Kind.ORGANIZED_BY, m, s, e, name(), Confidence.WEAK_PATTERN));
                break;
            }
        }
    }
}
