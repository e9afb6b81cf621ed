package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import govkg.nlp.HanLpAdapter;
import govkg.nlp.Token;

/**
 * People and the posts they hold, from title-before-name chains (自治区党委常委、政法委书记刘江 gives
 * two posts), names before speech verbs (X介绍, X指出), an official's activity (X出席) or a role (X书记), names after
 * a party-to-a-case word (被告人X), and later mentions of a name already found.
 * A title's organization is the name before its role word (南苑街道党工委书记 → 南苑街道党工委),
 * completed from the chain (政法委 after 自治区党委 → 自治区党委政法委员会) and the article's places.
 */
public final class PersonPostExtractor implements Extractor {

    private final Lexicons lex;
    /** Where names start in a window of text (clause words, verbs of names). */
    private final NameStart nameStarts;
    private final PersonNames names;
    private final ForeignNames foreign;
    private final NameRuns runs;
    /** Bodies a bare national title implies (总书记 → 中共中央). */
    private final ImpliedBodies impliedBodies;
    /** Foreign parties and countries that make the titles listed after them theirs (越共中央政治局委员、公安部部长). */
    private final ForeignParties foreignParties;
    private final OrganizationNames orgNames;
    private final TermIndex speech, activity, honorifics, sentences, partyBodies, titlesAfter, listEnds;
    /** Titles and forms of address said after a bare surname (江主席, 李先生), and words of terms named after a person (X理论). */
    private final Set<String> addresses, nameTerms;
    /** Modifiers of a role said before it (副, 常务, 原): they stay with the role, not with the organization. */
    private final TermIndex roleModifiers;
    /** Heads of a people's government and the ending of the name of the place they head (市长 → 市). */
    private final Map<String, String> governmentHeads;
    /** words after a name before the posts held before (曾任) */
    private final TermIndex formerCues;
    /** words after a name before the posts a biography states (任, 担任) */
    private final TermIndex heldPosts;
    /** copulas after a name before what the person is (是) */
    private final Set<String> copulas;
    /** Words before a party to a case (被告人), with the sentencing verb (判处) last: it counts only before a sentence. */
    private final List<String> caseParties, sentencing;
    /** Words that make the name before them a case's (X案, X案件), and the passive marker of a victim's (X被诈骗案). */
    private final Set<String> caseNameWords, passives;

    /** One-character units of divisions down to the county (省, 市, 县 …; level-units.txt): 省委, 县委 name a committee by its level. */
    private final String countyLevelChars;
    /** Words before a place, never before a person (位于, 地处), and the ends of lists of places (等地, 等方向). */
    private final TermIndex placeBefore, placeListEnds;

    public PersonPostExtractor(Lexicons lex) {
        this.lex = lex;
        this.nameStarts = new NameStart(lex);
        this.countyLevelChars = new govkg.gazetteer.LevelUnits(lex).chars(govkg.gazetteer.AdminLevel.PROVINCE, govkg.gazetteer.AdminLevel.COUNTY);
        this.names = new PersonNames(lex);
        this.foreign = new ForeignNames(lex, names);
        this.runs = new NameRuns(lex, names, foreign);
        this.impliedBodies = new ImpliedBodies(lex, new NationalBodies(lex));
        this.foreignParties = new ForeignParties(lex);
        this.orgNames = new OrganizationNames(lex);
        this.speech = lex.index(LexiconKind.PERSON_CUE, "speech");
        this.activity = lex.index(LexiconKind.PERSON_CUE, "activity");
        this.honorifics = lex.index(LexiconKind.PERSON_CUE, "honorific");
        this.sentences = lex.index(LexiconKind.PERSON_CUE, "sentence");
        this.caseParties = lex.withValues(LexiconKind.PERSON_CUE, "case-party");
        this.sentencing = lex.withValues(LexiconKind.PERSON_CUE, "sentencing");
        this.caseNameWords = Set.copyOf(lex.withValues(LexiconKind.PERSON_CUE, "case-name"));
        this.passives = Set.copyOf(lex.withValues(LexiconKind.PERSON_CUE, "passive"));
        this.partyBodies = lex.index(LexiconKind.PARTY_BODY);
        this.titlesAfter = lex.index(LexiconKind.PERSON_CUE, "title-after");
        this.listEnds = lex.index(LexiconKind.PERSON_CUE, "list-end");
        this.formerCues = lex.index(LexiconKind.PERSON_CUE, "former-post");
        this.heldPosts = lex.index(LexiconKind.PERSON_CUE, "held-post");
        this.copulas = Set.copyOf(lex.withValues(LexiconKind.PERSON_CUE, "copula"));
        this.roleModifiers = lex.index(LexiconKind.PERSON_CUE, "role-modifier");
        this.governmentHeads = lex.entries(LexiconKind.GOVERNMENT_HEAD);
        this.addresses = Set.copyOf(lex.withValues(LexiconKind.PERSON_CUE, "address", "honorific"));
        this.nameTerms = Set.copyOf(lex.withValues(LexiconKind.PERSON_CUE, "name-term"));
        this.placeBefore = lex.index(LexiconKind.PERSON_CUE, "place-before");
        this.placeListEnds = lex.index(LexiconKind.PERSON_CUE, "place-list-end");
    }

    @Override public String name() { return "person-title"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PLACE, Layer.ORGANIZATION, Layer.BYLINE); }
    @Override public Set<Layer> writes() { return Set.of(Layer.PERSON, Layer.POST, Layer.ORGANIZATION); }

    @Override
    public void extract(ArticleAnalysis a) {
        Map<String, Mention> found = new LinkedHashMap<>();
        for (Mention m : a.mentions(EntityType.PERSON)) found.putIfAbsent(m.label(), m);
        memberRuns(a, found);
        titledNames(a, found);
        agedNames(a, found);
        caseParties(a, found);
        caseNames(a, found);
        namesBeforeTitles(a, found);
        wordsThatAreNames(a, found);
        cuedNames(a, found);
        recognizedNames(a, found);
        namesInTerms(a, found);
        repeats(a, found);
        surnameAddresses(a);
        titlesAfterLists(a);
        formerPosts(a);
        impliedBodies.attach(a, foreign, name());
    }

    /**
     * 0. Member lists printed without separators (王立新李国栋张建华…): each name of a run {@link NameRuns} accepts.
     * First, because the run is read as a whole, which places its names better than one name at a time.
     */
    private void memberRuns(ArticleAnalysis a, Map<String, Mention> found) {
        for (int[] span : runs.find(a)) {
            if (a.overlaps(span[0], span[1], EntityType.PERSON)) continue;
            String name = a.text().substring(span[0], span[1]);
            add(a, found, Mention.of(EntityType.PERSON, name, name, span[0], span[1], "person-list", Confidence.WEAK_PATTERN));
        }
    }

    /**
     * 5. Posts stated after the name: held before (张三曾任浙江省委书记、省长), as a biography lists them (王五先后担任
     * 军长、副军长兼参谋长; 他先后担任…: 他 opening a clause stands for the person who opens the paragraph; X任Y and X担任Y
     * are the post-term stage's), or after a copula
     * (李四是某市第一中学教师，…). Each title of the list is a post, in the body it names. A former post's title reads
     * 原… as every former post does, so a later report that recalls it never counts as a sighting of the post as
     * current (queries/12-careers.rq).
     */
    private void formerPosts(ArticleAnalysis a) {
        String text = a.text();
        for (Mention p : new ArrayList<>(a.mentions(EntityType.PERSON))) {
            if (p.attr("byline") != null) continue;
            int after = p.end();
            if (text.startsWith(COMRADE, after)) after += COMRADE.length();      // 任建新同志是…
            postsAfter(a, p, after);
        }
        // 他先后担任…: a pronoun at the start of a clause, in a paragraph that opens with a person's name
        for (Token t : a.tokens()) {
            if (!t.nature().equals("rr") && !t.nature().equals("r") || !PRONOUNS.contains(t.word()) || t.begin() == 0 || !TextScan.isBoundary(text.charAt(t.begin() - 1))) continue;
            if (formerCues.startingAt(text, t.end(), 1) == null && heldCue(a, t.end()) == null) continue;
            Mention topic = paragraphTopic(a, t.begin());
            if (topic != null) postsAfter(a, topic, t.end());
        }
    }

    private static final String COMRADE = "同志";
    private static final Set<String> PRONOUNS = Set.of("他", "她");

    /** The person whose name opens the paragraph {@code at} is in (黄某某，1898年出生于…), or null. */
    private static Mention paragraphTopic(ArticleAnalysis a, int at) {
        int line = a.text().lastIndexOf('\n', at - 1) + 1;
        for (Mention m : a.mentions(EntityType.PERSON)) if (m.begin() == line && m.end() < at) return m;
        return null;
    }

    /** The posts stated at {@code at}, right after the name of {@code p} (or a pronoun for it): after a cue of former or held posts, or a copula. */
    private void postsAfter(ArticleAnalysis a, Mention p, int at) {
        String text = a.text(), cue = formerCues.startingAt(text, at, 1);
        if (cue != null) { titleList(a, p, at + cue.length(), true); return; }
        if ((cue = heldCue(a, at)) != null) { titleList(a, p, at + cue.length(), false); return; }
        Token t = a.tokenAt(at);
        if (t != null && copulas.contains(t.word())) copulaTitles(a, p, t.end());
    }

    /** A cue of posts held (任, 担任) that is HanLP's word at {@code at} (任命, 任务 are other words), or null. */
    private String heldCue(ArticleAnalysis a, int at) {
        String cue = heldPosts.startingAt(a.text(), at, 1);
        if (cue == null) return null;
        int end = at;
        for (Token t = a.tokenAt(at); t != null && t.end() <= at + cue.length(); t = a.tokenAt(t.end())) end = t.end();
        return end == at + cue.length() ? cue : null;
    }

    /** The list of titles at {@code pos} joined by 、 or 兼 (任参谋长兼团长), each a post of {@code p}; former ones read 原…. */
    private void titleList(ArticleAnalysis a, Mention p, int pos, boolean former) {
        String text = a.text();
        Mention previousOrg = null;
        while (pos < text.length()) {
            int roleEnd = -1;
            // 第4军参谋长兼第28团团长: numbers belong to titles; 兼 ends one
            for (int e = pos + 1; e <= Math.min(text.length(), pos + MAX_TITLE_AFTER_LIST) && titleCharacter(text.charAt(e - 1))
                    && !(e - 1 > pos && text.startsWith(CONCURRENTLY, e - 1)); e++)
                if (roleEndingAt(text, e) != null && (former || roleEndsAWord(a, e))) roleEnd = e;
            if (roleEnd < 0) break;
            String role = lex.roleAtEnd(text.substring(pos, roleEnd));
            // a held post is a title and nothing else: no verb or clause word inside (任务繁重的局长 is none)
            if (!former && nameStarts.afterClauseWords(a, pos, roleEnd - role.length(), false) != pos) break;
            Mention org = addPost(a, p, pos, roleEnd, former, previousOrg);
            if (org != null) previousOrg = org;
            if (roleEnd >= text.length() || text.charAt(roleEnd) != '、' && !(text.startsWith(CONCURRENTLY, roleEnd))) break;
            pos = roleEnd + 1;
        }
    }

    private static boolean titleCharacter(char c) {
        return TextScan.isHan(c) || c >= '0' && c <= '9';
    }

    /** A term's ordinal before a body's name (第九届全国政协): the body is the same in every term. */
    private static final java.util.regex.Pattern TERM_ORDINAL = java.util.regex.Pattern.compile("第[0-9一二三四五六七八九十百]+届");

    /**
     * The post of {@code person} titled [begin, end), stated after the name: the role with its modifiers (原书记), the
     * body before it (without a term's ordinal: 第九届全国政协 → 全国政协), a former post's title reading 原…; returns the body.
     */
    private Mention addPost(ArticleAnalysis a, Mention person, int begin, int end, boolean former, Mention previousOrg) {
        String title = a.text().substring(begin, end), role = lex.roleAtEnd(title);
        String orgPart = title.substring(0, title.length() - role.length());
        String modifier = roleModifiers.endingAt(orgPart, orgPart.length());
        if (modifier != null) {
            role = modifier + role;
            orgPart = orgPart.substring(0, orgPart.length() - modifier.length());
        }
        int orgStart = begin;
        java.util.regex.Matcher ordinal = TERM_ORDINAL.matcher(orgPart);
        if (ordinal.lookingAt() && ordinal.end() < orgPart.length()) {
            orgStart += ordinal.end();
            orgPart = orgPart.substring(ordinal.end());
        }
        Mention org = organizationOf(a, orgPart, orgStart, previousOrg, role);
        a.add(new PostHolding(person, former && !title.startsWith("原") ? "原" + title : title, role, Optional.ofNullable(org),
                person.begin(), end, name(), Confidence.WEAK_PATTERN));
        return org;
    }

    /** 兼 joins two posts held at once (参谋长兼团长). */
    private static final String CONCURRENTLY = "兼";
    /** The longest clause after a copula read as a title (黑龙江省某市第十九中学教师). */
    private static final int MAX_COPULA_TITLE = 30;

    /**
     * 李四是某市第一中学教师，…; 任某同志是…的杰出领导人，中央某委原书记，第九届全国政协副主席。: after a copula, each clause (up
     * to the end of the sentence) that is a title and nothing else is a post of the person; the first clause may be a
     * description instead, the first other clause after a title ends the list.
     */
    private void copulaTitles(ArticleAnalysis a, Mention p, int at) {
        String text = a.text();
        Mention previousOrg = null;
        boolean first = true;
        for (int cs = at; cs < text.length(); first = false) {
            int ce = cs;
            while (ce < text.length() && ce - cs <= MAX_COPULA_TITLE && titleCharacter(text.charAt(ce))) ce++;
            if (ce - cs > MAX_COPULA_TITLE || ce == cs) return;
            String role = roleEndingAt(text, ce);
            boolean title = role != null && ce - cs > role.length() && roleEndsAWord(a, ce)
                    && nameStarts.afterClauseWords(a, cs, ce - role.length(), false) == cs;
            if (title) {
                Mention org = addPost(a, p, cs, ce, false, previousOrg);
                if (org != null) previousOrg = org;
            } else if (!first) return;
            if (ce >= text.length() || (text.charAt(ce) != '，' && text.charAt(ce) != '、')) return;
            cs = ce + 1;
        }
    }

    /** The longest title read after a list of names (张三、李四等公司高管). */
    private static final int MAX_TITLE_AFTER_LIST = 20;

    /**
     * 4. A list of people that ends in 等 and a title (被告人张三、李四等公司高管): each of them holds the post. The
     * title must end in a role where the clause ends or a word that follows names begins (…高管的行为).
     */
    private void titlesAfterLists(ArticleAnalysis a) {
        String text = a.text();
        List<Mention> people = new ArrayList<>(a.mentions(EntityType.PERSON));
        people.sort(java.util.Comparator.comparingInt(Mention::begin));
        for (int k = 0; k < people.size(); k++) {
            Mention last = people.get(k);
            String end = listEnds.startingAt(text, last.end(), 1);
            if (end == null || last.attr("byline") != null) continue;
            int from = last.end() + end.length(), roleEnd = -1;
            String role = null;
            for (int e = from + 1; e <= Math.min(text.length(), from + MAX_TITLE_AFTER_LIST) && TextScan.isHan(text.charAt(e - 1)); e++) {
                String r = roleEndingAt(text, e);
                if (r != null && (e == text.length() || !TextScan.isHan(text.charAt(e)) || names.startsAfterNameWord(text, e))) { role = r; roleEnd = e; }
            }
            if (role == null) continue;
            List<int[]> title = List.<int[]>of(new int[]{from, roleEnd});
            // the names of the list, from the last back to the first
            int j = k;
            for (Mention m = last; m != null; ) {
                addPosts(a, m, title);
                Mention prev = null;
                for (int q = j - 1; q >= 0; q--) {
                    Mention c = people.get(q);
                    if (c.end() == m.begin() - 1 && text.charAt(c.end()) == '、') { prev = c; j = q; break; }
                    if (c.end() < m.begin() - 1) break;
                }
                m = prev;
            }
        }
    }

    /**
     * 1. Title chains followed by a name (自治区党委常委、政法委书记刘江: two posts), the names listed after it
     * (常委张三、李四: each holds the titles), and foreign officials (土耳其总统埃尔多安).
     */
    private void titledNames(ArticleAnalysis a, Map<String, Mention> found) {
        String text = a.text();
        for (int i = 0; i < text.length(); i++) {
            String role = roleEndingAt(text, i);
            if (role == null) continue;
            Mention person = nameAfterTitle(a, i, role);
            if (person == null) continue;
            List<int[]> titles = titleChain(a, i, role);
            if (titles.isEmpty()) continue;
            add(a, found, person);
            addPosts(a, person, titles);
            titleAfterName(a, person);
            i = person.end() - 1;
            // 副市长钟立、唐思远: names after the first in a 、-list share its titles
            for (int next = i + 1; next < text.length() && text.charAt(next) == '、'; ) {
                Mention shared = listItem(a, next + 1);
                if (shared == null) break;
                add(a, found, shared);
                addPosts(a, shared, titles);
                next = shared.end();
                i = next - 1;
            }
        }
    }

    /** The person named right after a title that ends at {@code at}, or null when what follows is no name. */
    private Mention nameAfterTitle(ArticleAnalysis a, int at, String role) {
        String text = a.text();
        Token first = transliterationAt(a, at);
        boolean transliterated = first != null;
        int nameLen = transliterated ? 0 : names.nameLength(a, at);
        // 总书记胡安·拉莫斯: a dot after the name joins a transliterated one
        if (nameLen > 0 && at + nameLen + 1 < text.length() && ForeignNames.isDot(text.charAt(at + nameLen))) {
            int end = foreign.nameEnd(text, at);
            if (end > at + nameLen && !a.overlaps(at, end, EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION))
                return foreignPerson(a, at, end, name(), Confidence.PATTERN);
        }
        if (nameLen > 0 && !a.overlaps(at, at + nameLen, EntityType.PERSON) && looksLikeName(a, at, nameLen)
                // 民警全部到岗: after an occupation a name needs HanLP's agreement, official titles need none
                && (!lex.occupations.contains(role) || hanLpSeesAName(a, at, at + nameLen) || recursAsSubject(a, at, at + nameLen))) {
            // 主席伊斯莫/nr 伊洛夫/nr: a transliteration HanLP cut into name-shaped pieces is one name
            int[] joined = foreign.joined(a, at, at + nameLen);
            if (joined != null && joined[0] == at && joined[1] - at >= MIN_JOINED && !a.overlaps(at, joined[1], EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION))
                return foreignPerson(a, at, joined[1], name(), Confidence.PATTERN);
            // 世界贸易组织总干事伊韦阿拉: after a foreign title, a longer transliteration is the name (伊 is also a surname)
            int foreignEnd = foreign.nameEnd(text, at);
            if (foreignEnd > at + nameLen && wordsOfName(a, at + nameLen, foreignEnd) && (countryBefore(text, at - role.length()) || foreignBodyBefore(a, at - role.length()))
                    && !a.overlaps(at, foreignEnd, EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION))
                return foreignPerson(a, at, foreignEnd, name(), Confidence.PATTERN);
            String name = text.substring(at, at + nameLen);
            return Mention.of(EntityType.PERSON, name, name, at, at + nameLen, name(), Confidence.PATTERN);
        }
        // 土耳其总统埃尔多安, 美国国务卿约翰·史密斯: a country before the title makes the name a transliteration
        int end;
        if (transliterated) {
            int[] span = foreign.around(a, first);
            end = span == null || span[0] != at ? 0 : span[1];
            // 哈米德/nrf 扎德/nr: the rest of the transliteration HanLP cut off, when its words are no verbs
            int run = end == 0 ? 0 : foreign.nameEnd(text, at);
            if (run > end && wordsOfName(a, end, run)) end = run;
        } else {
            // the transliteration first: it is cheap, and rarely there; the body before the title needs a segmentation
            end = foreign.nameEnd(text, at);
            if (end == 0 || !countryBefore(text, at - role.length()) && !foreignBodyBefore(a, at - role.length())
                    && !foreignParties.foreignBefore(text, at - role.length())) return null;
        }
        if (end == 0 || a.overlaps(at, end, EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION)) return null;
        return foreignPerson(a, at, end, name(), Confidence.PATTERN);
    }

    /** Whether HanLP's words fill [begin, end) exactly and none is a verb (伊韦/nr 阿拉/r: yes; 巴罗佐 通/v 电话: no). */
    private static boolean wordsOfName(ArticleAnalysis a, int begin, int end) {
        for (int at = begin; at < end; ) {
            Token t = a.tokenAt(at);
            if (t == null || t.end() > end || t.nature().startsWith("v") || t.nature().startsWith("p")) return false;
            at = t.end();
        }
        return true;
    }

    /** How many more times a name HanLP misses must stand before a word that follows names for an occupation's name to count. */
    private static final int SUBJECT_REPEATS = 2;

    /**
     * 战士谢某某 … 谢某某是…: a name of the right shape after an occupation that HanLP does not recognise (a rare character)
     * is one when the report repeats it at least {@link #SUBJECT_REPEATS} more times before a word that follows names,
     * and its characters fit HanLP's name statistics.
     */
    private boolean recursAsSubject(ArticleAnalysis a, int begin, int end) {
        if (!names.rolesFit(a, begin, end)) return false;
        String text = a.text(), name = text.substring(begin, end);
        int n = 0;
        for (int at = text.indexOf(name); at >= 0 && n < SUBJECT_REPEATS; at = text.indexOf(name, at + 1))
            if (at != begin && (at == 0 || !TextScan.isHan(text.charAt(at - 1)) || text.charAt(at - 1) == '、' ) && names.startsAfterNameWord(text, at + name.length())) n++;
        return n >= SUBJECT_REPEATS;
    }

    /** HanLP's foreign name starting at {@code at}, or after one-character table characters there (科/n 莱恩/nrf), or null. */
    private Token transliterationAt(ArticleAnalysis a, int at) {
        for (int p = at; p < a.text().length() && p - at <= 2; ) {
            Token t = a.tokenAt(p);
            if (t == null) return null;
            if (t.nature().startsWith("nrf")) return t;
            if (t.word().length() != 1 || !foreign.isTransliteration(t.word().charAt(0))) return null;
            p = t.end();
        }
        return null;
    }

    /** Countries before a title, right before it or with a word or two between (秘鲁新总统, 秘鲁当选总统). */
    private static final int COUNTRY_GAP = 2;

    private boolean countryBefore(String text, int titleStart) {
        for (int gap = 0; gap <= COUNTRY_GAP && titleStart - gap > 0; gap++) {
            if (gap > 0 && !TextScan.isHan(text.charAt(titleStart - gap))) return false;
            if (foreign.countryEndingAt(text, titleStart - gap) != null) return true;
        }
        return false;
    }

    /**
     * 联合国秘书长, 欧洲理事会主席, 伊朗外交部发言人, 英国外交发展大臣: an international or foreign body found right before
     * the title, or a title that starts with a country's name, makes the name after it a transliteration too.
     */
    private boolean foreignBodyBefore(ArticleAnalysis a, int titleStart) {
        for (Mention org : a.mentions(EntityType.ORGANIZATION)) {
            if (org.end() != titleStart) continue;
            String kind = org.attr("orgKind");
            if ("international".equals(kind) || "foreign".equals(kind) || foreign.countryStartingAt(a.text(), org.begin()) != null) return true;
        }
        int edge = nameStarts.leftEdge(a.text(), titleStart, 20), at = edge;
        // the segmentation only when a country's name starts somewhere in the window
        while (at < titleStart && foreign.countryStartingAt(a.text(), at) == null) at++;
        if (at == titleStart) return false;
        int start = nameStarts.afterClauseWords(a, edge, titleStart, false);
        return start < titleStart && foreign.countryStartingAt(a.text(), start) != null;
    }

    private Mention foreignPerson(ArticleAnalysis a, int begin, int end, String extractor, double conf) {
        String name = a.text().substring(begin, end);
        return new Mention(EntityType.PERSON, name, ForeignNames.altForms(name), name, begin, end, extractor, conf, Map.of());
    }

    /**
     * A name of the right shape must also not be a word the dictionary knows that swallows the surname: after a
     * title, 关切 (总书记关切…) and 来到 (委员长来到…) are a verb, not 关 and 来 with a given name. HanLP's own name wins.
     */
    private boolean looksLikeName(ArticleAnalysis a, int at, int len) {
        if (hanLpSeesAName(a, at, at + len)) return true;
        Token first = a.tokenCovering(at);
        // 曾任总统顾问的: a title word after a title is the rest of the title, not a name
        if (first != null && first.begin() == at && first.end() == at + len && first.nature().startsWith("nnt")) return false;
        // 院长雷鸣表示, 主任杨柳介绍: a word that is also a name, when what follows is what follows names
        int end = at + len;
        boolean shape = first == null || first.begin() == at && first.word().length() == 1 || first.begin() == at && first.end() > end
                || end == a.text().length() || TextScan.isBoundary(a.text().charAt(end)) || names.startsAfterNameWord(a.text(), end)
                || timeWordAt(a, end);
        // 主席台执行主席席就座: characters no given name holds where the candidate puts them (就, 座) make no name
        // (the statistics last: they cost a dictionary look-up per character)
        return shape && names.rolesFit(a, at, end);
    }

    /** Time words HanLP takes into a name it reads (会见卢拉时/nr): the name is the one without them. */
    private static final String TIME_ENDS = "时后";

    /** 主席汪洋今天在北京会见: a time word of HanLP's (今天/t, 昨天/t) follows a name as a speech verb does. */
    private static boolean timeWordAt(ArticleAnalysis a, int at) {
        Token t = a.tokenAt(at);
        return t != null && t.nature().equals("t") && t.word().length() >= 2;
    }

    private static void add(ArticleAnalysis a, Map<String, Mention> found, Mention p) {
        String label = p.label();
        // 卢拉时: a name found in the article with a time word after it is that name, not another
        if (label.length() >= 3 && TIME_ENDS.indexOf(label.charAt(label.length() - 1)) >= 0
                && found.containsKey(label.substring(0, label.length() - 1))) return;
        a.add(p);
        found.putIfAbsent(p.label(), p);
    }

    /** 2a. An age before a name (67岁的岳某): people, when HanLP also calls the word a name. */
    private void agedNames(ArticleAnalysis a, Map<String, Mention> found) {
        if (!a.text().contains("岁的")) return;     // every match ends so: no need to try the pattern at every character
        java.util.regex.Matcher age = AGE.matcher(a.text());
        while (age.find()) {
            Mention p = listedName(a, age.end());
            if (p == null) continue;
            a.add(new Mention(EntityType.PERSON, p.label(), java.util.Set.of(), p.surface(), p.begin(), p.end(), "person-age", Confidence.WEAK_PATTERN, java.util.Map.of()));
            found.putIfAbsent(p.label(), p);
        }
    }

    /** 2b. A party to a case (被告人刘某, 犯罪嫌疑人王某某) and the sentenced (判处赵某有期徒刑): people, not posts. */
    private void caseParties(ArticleAnalysis a, Map<String, Mention> found) {
        String text = a.text();
        for (List<String> cues : List.of(caseParties, sentencing)) {
            for (String cue : cues) {
                for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
                    int from = at + cue.length();
                    Mention p = namedAt(a, from);
                    if (p == null) continue;
                    if (cues == sentencing && sentences.startingAt(text, p.end(), 1) == null) continue;
                    a.add(new Mention(EntityType.PERSON, p.label(), java.util.Set.of(), p.surface(), p.begin(), p.end(), "person-party", Confidence.PATTERN, java.util.Map.of()));
                    found.putIfAbsent(p.label(), p);
                    // 被告人马某、张某某等: the parties listed after the first
                    for (int next = p.end(); next < text.length() && text.charAt(next) == '、'; ) {
                        Mention q = namedAt(a, next + 1);
                        if (q == null) break;
                        a.add(new Mention(EntityType.PERSON, q.label(), java.util.Set.of(), q.surface(), q.begin(), q.end(), "person-party", Confidence.PATTERN, java.util.Map.of()));
                        found.putIfAbsent(q.label(), q);
                        next = q.end();
                    }
                }
            }
        }
    }

    /** Longest clause between a victim's name and the case named after them (X被电信诈骗案). */
    private static final int CASE_CLAUSE = 12;

    /**
     * 2b'. A case named after a person (张明远案, X案件) or after its victim (X被电信诈骗案): HanLP's name right before the
     * case word, or before 被 and a clause that ends in it, is a person. A long name HanLP cut into adjacent name pieces
     * (巴特/nr 尔/nr …), as it cuts Mongolian and Uyghur names written without a dot, is one name up to the case word,
     * which it may glue to the last character (…图案/n).
     */
    private void caseNames(ArticleAnalysis a, Map<String, Mention> found) {
        String text = a.text();
        if (text.indexOf('案') < 0) return;
        List<Token> ts = a.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!t.isPersonName() || t.nature().startsWith("nrf")) continue;
            int j = i;
            while (j + 1 < ts.size() && ts.get(j + 1).isPersonName() && ts.get(j + 1).begin() == ts.get(j).end()) j++;
            int begin = t.begin(), end = j > i ? piecesBeforeCase(text, begin, ts.get(j).end()) : singleBeforeCase(a, begin);
            i = j;
            if (end < 0 || a.overlaps(begin, end, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) continue;
            String name = text.substring(begin, end);
            Mention p = Mention.of(EntityType.PERSON, name, name, begin, end, "person-case", Confidence.PATTERN);
            a.add(p);
            found.putIfAbsent(name, p);
        }
    }

    /** End of a name of four to six characters cut into pieces that ends at the case word (or one character before it), or -1. */
    private int piecesBeforeCase(String text, int begin, int piecesEnd) {
        for (int end = piecesEnd; end <= piecesEnd + 1 && end < text.length(); end++) {
            if (text.charAt(end) == '案') return end - begin >= 4 && end - begin <= 6 && TextScan.isHan(text.substring(begin, end)) ? end : -1;
        }
        return -1;
    }

    /** End of the name at {@code begin} when the case word follows it, or 被 and a short clause ending in it; else -1. */
    private int singleBeforeCase(ArticleAnalysis a, int begin) {
        int len = names.nameLength(a, begin);
        if (len == 0) return -1;
        int end = begin + len;
        if (caseWordAt(a, end)) return end;
        Token next = a.tokenAt(end);
        if (next == null || !passives.contains(next.word())) return -1;
        String text = a.text();
        for (int at = next.end(); at < text.length() && at <= end + CASE_CLAUSE; at++) {
            if (!TextScan.isHan(text.charAt(at))) return -1;
            if (caseWordAt(a, at)) {
                int after = a.tokenAt(at).end();
                return after >= text.length() || !TextScan.isHan(text.charAt(after)) ? end : -1;
            }
        }
        return -1;
    }

    /** Whether HanLP's word at {@code at} is a case word itself (案, 案件; not 案例, 图案). */
    private boolean caseWordAt(ArticleAnalysis a, int at) {
        Token t = a.tokenAt(at);
        return t != null && caseNameWords.contains(t.word());
    }

    /**
     * 2c. A name right before a speech verb (郭震华介绍), an official's activity (刘建国出席) or a role (王立新书记, 李强总理:
     * a post), when HanLP also calls it a name; the names listed before it in a 、-list (张三、李四参加会见) too.
     */
    private void cuedNames(ArticleAnalysis a, Map<String, Mention> found) {
        String text = a.text();
        for (var t : a.tokens()) {
            if (!t.isPersonName() || a.overlaps(t.begin(), t.end(), EntityType.PERSON, EntityType.PLACE)
                    || a.overlaps(t.begin(), t.end(), EntityType.ORGANIZATION) && !honoureeOf(a, t.begin())) continue;
            int begin = t.begin(), end;
            Mention alias = null;
            int[] span;
            if (t.nature().startsWith("nrf")) {      // 塞迪略总统, 埃文·毛赛尔表示: a transliterated name and its parts
                span = foreign.around(a, t);
                if (span == null || a.overlaps(span[0], span[1], EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) continue;
                // 俄罗斯杜马副主席: a transliteration between a country's name and a title is that country's body
                if (foreign.countryEndingAt(text, span[0]) != null && lex.roleIndex.startingAt(text, span[1], 2) != null) continue;
                begin = span[0];
                end = span[1];
                alias = foreignPerson(a, begin, end, name(), Confidence.WEAK_PATTERN);
            } else if ((span = joinedName(a, t)) != null) {     // 恩/ng 克/q 鲁玛/nr 总统: a transliteration HanLP cut
                begin = span[0];
                end = span[1];
                alias = foreignPerson(a, begin, end, name(), Confidence.WEAK_PATTERN);
            } else {
                int len = names.nameLength(a, t.begin());
                if (len == 0 || endsInNextWord(a, found, t.begin(), len)) continue;     // 对于陈建来说: 说 is no cue of 陈建来
                end = t.begin() + len;
            }
            String role = lex.roleIndex.startingAt(text, end, 2);
            String cue = speech.startingAt(text, end, 1) != null || titleAfter(text, end) ? "person-speech" : speech.startingAt(text, end, 1) != null ? "person-speech" : activity.startingAt(text, end, 1) != null ? "person-activity"
                    : role != null || honorifics.startingAt(text, end, 1) != null ? "person-title-after" : null;
            if (cue == null) continue;
            if (foreign.sideOfTalks(a, begin, end)) continue;      // 罗方愿通过…: the Romanian side, no name
            String name = text.substring(begin, end);
            // a name already confirmed by a title keeps that confidence when it speaks again
            Mention known = found.get(name);
            double conf = known == null ? Confidence.WEAK_PATTERN : Math.max(known.confidence(), Confidence.WEAK_PATTERN);
            Mention p = new Mention(EntityType.PERSON, name, alias == null ? Set.of() : alias.aliases(), name, begin, end, cue, conf, Map.of());
            add(a, found, p);
            titleAfterName(a, p);
            // 习近平总书记, 李强总理: the role after a full name is a post it holds
            if (role != null && !lex.occupations.contains(role) && roleEndsAWord(a, end + role.length()))
                a.add(new PostHolding(p, role, role, Optional.empty(), begin, end + role.length(), "person-title-after", Confidence.WEAK_PATTERN));
            // 张三、李四、王五参加会见: the names listed before the cued one
            for (int before = begin; before > 1 && text.charAt(before - 1) == '、'; ) {
                Mention q = listItemEndingAt(a, before - 1);
                if (q == null) break;
                add(a, found, Mention.of(EntityType.PERSON, q.label(), q.label(), q.begin(), q.end(), cue, Confidence.WEAK_PATTERN));
                before = q.begin();
            }
        }
    }

    /**
     * 2c'. A name HanLP does not recognise (a rare surname: 栗/nz) at the start of a clause, before a title and an
     * official's activity or a speech verb (，X委员长主持。): a person, and the title a post. The name must fill the
     * clause start exactly, have a name's shape, not be a dictionary word, and fit HanLP's name statistics.
     */
    private void namesBeforeTitles(ArticleAnalysis a, Map<String, Mention> found) {
        String text = a.text();
        for (Token t : a.tokens()) {
            if (!t.nature().startsWith("nnt") || t.begin() < 2) continue;
            String role = lex.roleIndex.startingAt(text, t.begin(), 2);
            if (role == null || lex.occupations.contains(role)) continue;
            int roleEnd = t.begin() + role.length();
            if (speech.startingAt(text, roleEnd, 1) == null && activity.startingAt(text, roleEnd, 1) == null) continue;
            for (int begin = t.begin() - 2; begin >= Math.max(0, t.begin() - 4); begin--) {
                if (!clauseStartAt(text, begin)) continue;
                int end = t.begin();
                String name = text.substring(begin, end);
                if (!names.valid(name) || a.overlaps(begin, end, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)
                        || hanLpSeesAName(a, begin, end) || !names.rolesFit(a, begin, end)) break;
                HanLpAdapter.DictionaryEntry whole = a.dictionaryEntry(name);
                if (whole.known() && !whole.canBeName()) break;
                Token first = a.tokenAt(begin);
                if (first == null || first.end() > end) break;
                Mention p = Mention.of(EntityType.PERSON, name, name, begin, end, "person-title-after", Confidence.WEAK_PATTERN);
                add(a, found, p);
                a.add(new PostHolding(p, role, role, Optional.empty(), begin, roleEnd, "person-title-after", Confidence.WEAK_PATTERN));
                break;
            }
        }
    }

    /**
     * 2c''. A common word the dictionary also lists as a person's name (汪洋/n,nr: an ocean, and a name), which HanLP
     * reads as the word, at the start of a clause and right before a speech verb or an official's activity (，X指出; X出席):
     * the subject of the clause is the person. The word must have a name's shape and fit HanLP's name statistics.
     */
    private void wordsThatAreNames(ArticleAnalysis a, Map<String, Mention> found) {
        String text = a.text();
        for (Token t : a.tokens()) {
            int len = t.word().length();
            if (len < 2 || len > 3 || t.isPersonName() || !clauseStartAt(text, t.begin())) continue;
            if (speech.startingAt(text, t.end(), 1) == null && activity.startingAt(text, t.end(), 1) == null) continue;
            HanLpAdapter.DictionaryEntry e = a.dictionaryEntry(t.word());
            if (!e.known() || !e.canBeName() || !names.valid(t.word()) || !names.rolesFit(a, t.begin(), t.end())
                    || a.overlaps(t.begin(), t.end(), EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) continue;
            add(a, found, Mention.of(EntityType.PERSON, t.word(), t.word(), t.begin(), t.end(), "person-speech", Confidence.WEAK_PATTERN));
        }
    }

    /** Whether a clause starts at {@code at}: the text's start, or punctuation right before it. */
    private static boolean clauseStartAt(String text, int at) {
        return at == 0 || TextScan.isBoundary(text.charAt(at - 1));
    }

    /** 张三代表说: at a congress, the deputy's title follows the name; it is a post of its own. */
    private void titleAfterName(ArticleAnalysis a, Mention p) {
        if (!titleAfter(a.text(), p.end())) return;
        String after = titlesAfter.startingAt(a.text(), p.end(), 1);
        a.add(new PostHolding(p, after, after, Optional.empty(), p.begin(), p.end() + after.length(), "person-title-after", Confidence.WEAK_PATTERN));
    }

    /** Whether a title said only after a name (代表) stands at {@code at}, followed by a speech verb or the end of a clause. */
    private boolean titleAfter(String text, int at) {
        String after = titlesAfter.startingAt(text, at, 1);
        if (after == null) return false;
        int end = at + after.length();
        return end == text.length() || TextScan.isBoundary(text.charAt(end)) || speech.startingAt(text, end, 1) != null;
    }

    /** Whether a role word read after a name ends where a word ends (李强总理 ends; 王立新书记处 does not). */
    private static boolean roleEndsAWord(ArticleAnalysis a, int end) {
        Token t = a.tokenCovering(end - 1);
        return t == null || t.end() == end;
    }

    /**
     * 2d. Names HanLP's recognizer is sure of (nr, and nrf for transliterations, 约翰/nrf ·/w 史密斯/nrf joined), with
     * no cue around them: an analyst wants every named person. General filters keep out words HanLP mistakes for
     * names: a name must have a name's shape (a surname, two to four characters, no role or common word after the
     * surname), must not cover a place or organization already found, and must not stand before a body or a
     * village word (石岭派出所, 石塘村), which makes it the place the body is named after.
     */
    private void recognizedNames(ArticleAnalysis a, Map<String, Mention> found) {
        String text = a.text();
        Map<String, Integer> nrCounts = null;
        for (var t : a.tokens()) {
            if (!t.isPersonName() || a.overlaps(t.begin(), t.end(), EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) continue;
            if (t.nature().startsWith("nrf") || transliterated(t)) {
                int[] span = foreign.around(a, t);
                // a two-character "foreign name" HanLP tagged nr, with nothing joined to it, is more often a word (考法)
                if (span != null && !t.nature().startsWith("nrf") && span[1] - span[0] < 3) continue;
                if (span == null || a.overlaps(span[0], span[1], EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)
                        || foreign.isPiece(a, span[0], span[1]) || !names.plausibleAlone(a, span[0], span[1])
                        || afterDivision(a, span[0]) || placeByContext(text, span[0], span[1])) continue;
                add(a, found, foreignPerson(a, span[0], span[1], "person-recognized", Confidence.RECOGNIZER));
                continue;
            }
            int[] joined = joinedName(a, t);
            if (joined != null) {       // 伊斯莫/nr 伊洛夫/nr: one transliteration HanLP cut into name-shaped pieces
                if (afterDivision(a, joined[0]) || placeByContext(text, joined[0], joined[1])) continue;
                add(a, found, foreignPerson(a, joined[0], joined[1], "person-recognized", Confidence.RECOGNIZER));
                continue;
            }
            int len = names.nameLength(a, t.begin());
            if (len == 0 || len > t.word().length() + 1 || nameStarts.namesABody(a, t) || foreign.sideOfTalks(a, t.begin(), t.begin() + len)
                    || placeByContext(text, t.begin(), t.begin() + len)) continue;
            if ((!names.plausibleAlone(a, t.begin(), t.begin() + len) || !names.rolesFit(a, t.begin(), t.begin() + len))
                    && !(len == t.word().length() && names.recurringName(a, t, nrCounts == null ? nrCounts = nrCounts(a) : nrCounts))) continue;
            if (endsInNextWord(a, found, t.begin(), len)) len--;
            String name = text.substring(t.begin(), t.begin() + len);
            Mention known = found.get(name);
            add(a, found, Mention.of(EntityType.PERSON, name, name, t.begin(), t.begin() + len, "person-recognized",
                    known == null ? Confidence.RECOGNIZER : known.confidence()));
        }
    }

    /** Fewest characters of a transliteration joined from HanLP's pieces (a Chinese name and a character are three). */
    private static final int MIN_JOINED = 4;

    /** The span of the foreign name HanLP's name word {@code t} is a piece of ({@link ForeignNames#joined}), or null. */
    private int[] joinedName(ArticleAnalysis a, Token t) {
        int[] span = foreign.joined(a, t.begin(), t.end());
        if (span == null || span[1] - span[0] < MIN_JOINED
                || a.overlaps(span[0], span[1], EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) return null;
        return span;
    }

    /** How often each Chinese name HanLP recognises occurs as a whole word in the article. */
    private static Map<String, Integer> nrCounts(ArticleAnalysis a) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Token t : a.tokens()) if (t.nature().equals("nr")) counts.merge(t.word(), 1, Integer::sum);
        return counts;
    }

    /**
     * 2e. A person's full name inside a term named after them (X理论, X主义, X文学奖, X纪念馆), which HanLP reads as
     * one word (…理论/n): the part before a name-term word, when HanLP's dictionary lists it first as a person's name.
     */
    private void namesInTerms(ArticleAnalysis a, Map<String, Mention> found) {
        for (Token t : a.tokens()) {
            String w = t.word();
            if (w.length() < 4 || t.isPersonName() || !TextScan.isHan(w)) continue;
            for (int k = 2; k <= 4 && k <= w.length() - 2; k++) {
                if (!nameTerms.contains(w.substring(k)) || !dictionaryPerson(a, w.substring(0, k))) continue;
                int b = t.begin(), e = b + k;
                if (!a.overlaps(b, e, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) {
                    String name = w.substring(0, k);
                    add(a, found, Mention.of(EntityType.PERSON, name, name, b, e, "person-term", Confidence.RECOGNIZER));
                }
                break;
            }
        }
    }

    /**
     * 俄亥俄州斯普林菲尔德: a transliteration with no cue, right after the name of a division (a place word ending in a
     * unit character: 州, 省, 市, 县), is a place in that division, not a person. Titles stand between a place and
     * a person named by it (加州州长纽瑟姆), so a name after a title is not affected.
     */
    private boolean afterDivision(ArticleAnalysis a, int begin) {
        if (begin == 0 || countyLevelChars.indexOf(a.text().charAt(begin - 1)) < 0) return false;
        Token before = a.tokenCovering(begin - 1);
        if (before != null && before.word().length() == 1 && before.begin() > 0) before = a.tokenCovering(before.begin() - 1);     // 俄亥俄/ns 州/n
        return before != null && before.nature().startsWith("ns")
                || a.mentions(EntityType.PLACE).stream().anyMatch(m -> m.end() == begin);
    }

    /** Compass characters a place's name may start with after 位于 (位于北X). */
    private static final String COMPASS = "东南西北";
    /** Longest stretch of a 、-list of places after a name before its end word (X、Y、Z等地). */
    private static final int PLACE_LIST = 24;

    /**
     * 位于北莫尔斯克, 在苏梅、哈尔科夫等方向: an uncued transliteration after a word that only places follow, or in a
     * 、-list that ends in a word of places, is a place. A person's list ends otherwise (X、Y等领导人).
     */
    private boolean placeByContext(String text, int begin, int end) {
        int b = begin > 0 && COMPASS.indexOf(text.charAt(begin - 1)) >= 0 ? begin - 1 : begin;
        if (placeBefore.endingAt(text, b) != null || placeBefore.endingAt(text, begin) != null) return true;
        for (int p = end; p < text.length() && p - end <= PLACE_LIST; p++) {
            if (placeListEnds.startingAt(text, p, 2) != null) return p == end || text.substring(end, p).indexOf('、') >= 0;
            char c = text.charAt(p);
            if (c != '、' && !Character.isIdeographic(c) || text.charAt(p) == '等') return false;
        }
        return false;
    }

    /**
     * 韩正来到, 对于陈建来说: HanLP reads a two-character name and the first character of the next word (来到, 来说) as
     * one three-character name. When the two-character name is a person of the article already and its third
     * character starts a dictionary word with the character after it, the name is the two characters.
     */
    private static boolean endsInNextWord(ArticleAnalysis a, Map<String, Mention> found, int begin, int len) {
        String text = a.text();
        if (len != 3 || begin + 4 > text.length()) return false;
        String shorter = text.substring(begin, begin + 2);
        if (!found.containsKey(shorter) && a.tokens().stream().noneMatch(t -> t.word().equals(shorter) && t.isPersonName())) return false;
        HanLpAdapter.DictionaryEntry next = a.dictionaryEntry(text.substring(begin + 2, begin + 4));
        return next.known() && !next.natures().get(0).startsWith("nr");
    }

    /** Whether HanLP's dictionary lists the word first as a person's name (邓小平, 马克思): a well-known person. */
    static boolean dictionaryPerson(ArticleAnalysis a, String word) {
        HanLpAdapter.DictionaryEntry e = a.dictionaryEntry(word);
        return e.known() && e.natures().get(0).startsWith("nr");
    }

    /**
     * 2f. A bare surname with a title or form of address (江主席, 周总理, 李先生): the surname refers to a person. The
     * mention spans the surname; its label is the reference as written (李先生), so it joins no full name. HanLP reads
     * the pair as one name (江主席/nr) or as two words (江/n 主席/nnt). A character it reads as a preposition,
     * conjunction, adverb, modifier, direction or verb (向主席汇报, 原主席, 前总统, 由他任主任) is no surname there.
     */
    private void surnameAddresses(ArticleAnalysis a) {
        List<Token> ts = a.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            String w = t.word(), surname = w.substring(0, 1), address;
            if (!lex.surnames.contains(surname)) continue;
            if (w.length() == 1) {
                if (i + 1 >= ts.size() || !addresses.contains(ts.get(i + 1).word()) || !surnameCharacter(a, surname)) continue;
                address = ts.get(i + 1).word();
            } else {
                address = w.substring(1);
                if (!t.isPersonName() || !addresses.contains(address) || !surnameCharacter(a, surname)) continue;
            }
            int b = t.begin();
            if (a.overlaps(b, b + 1, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) continue;
            // 两国总理, 各国总统: after a number or a determiner the character is a noun's (国), no surname
            Token before = b > 0 ? a.tokenCovering(b - 1) : null;
            if (before != null && (before.nature().startsWith("m") || before.nature().startsWith("r") || before.nature().startsWith("q"))) continue;
            // 法国总理: HanLP cut 法/国总理; the "surname" ends a place's name with the character before it
            if (b > 0 && placeWord(a, text(a, b - 1, b + 1))) continue;
            String full = titledNamesake(a, surname, address);
            if (full != null) a.add(new Mention(EntityType.PERSON, full, Set.of(surname + address), surname, b, b + 1, "person-address", Confidence.RECOGNIZER, Map.of()));
            else a.add(new Mention(EntityType.PERSON, surname + address, Set.of(), surname, b, b + 1, "person-address", Confidence.RECOGNIZER, Map.of()));
        }
    }

    private static String text(ArticleAnalysis a, int begin, int end) {
        return a.text().substring(begin, end);
    }

    /** Whether the dictionary reads the word first as a place's name (法国, 德国). */
    private static boolean placeWord(ArticleAnalysis a, String word) {
        HanLpAdapter.DictionaryEntry e = a.dictionaryEntry(word);
        return e.known() && e.natures().get(0).startsWith("ns");
    }

    /**
     * The full name a surname and title refer back to (习总书记 after 中共中央总书记习近平): the one Chinese name of the
     * article with that surname that holds a post with that title; null when none or several do (then the reference
     * stays as written). A form of address without a post (李先生) never matches, as no post has that role.
     */
    private static String titledNamesake(ArticleAnalysis a, String surname, String address) {
        Set<String> holders = new java.util.TreeSet<>();
        for (PostHolding p : a.posts()) {
            String n = p.person().label();
            if (n.length() >= 2 && n.length() <= 4 && n.startsWith(surname) && n.indexOf('·') < 0
                    && (address.equals(p.role()) || p.title().endsWith(address))) holders.add(n);
        }
        return holders.size() == 1 ? holders.iterator().next() : null;
    }

    /** A character the dictionary does not read first as a function word, modifier, direction or verb (原, 前, 向, 和, 任). */
    private static boolean surnameCharacter(ArticleAnalysis a, String c) {
        HanLpAdapter.DictionaryEntry e = a.dictionaryEntry(c);
        if (!e.known()) return true;
        String n = e.natures().get(0);
        if (n.equals("a")) return e.canBeName();
        return !(n.startsWith("p") || n.startsWith("c") || n.startsWith("d") || n.startsWith("u") || n.equals("b") || n.startsWith("f") || n.startsWith("r")
                || n.startsWith("v"));
    }

    /** HanLP's name that has no surname and is all transliteration (塞迪/nr, 扎琳/nr): a foreign name it tagged nr. */
    private boolean transliterated(Token t) {
        return t.nature().equals("nr") && !lex.isSurnameStart(t.word()) && !lex.surnames.contains(t.word().substring(0, 1)) && foreign.allTransliteration(t.word());
    }

    /** 3. Every later occurrence of a name already confirmed in this article. */
    private void repeats(ArticleAnalysis a, Map<String, Mention> found) {
        String text = a.text();
        for (Mention known : new ArrayList<>(found.values())) {
            String n = known.label();
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                if (a.overlaps(at, at + n.length(), EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) continue;
                if (!known.aliases().isEmpty()) {      // a foreign name: the same characters are the name
                    a.add(new Mention(EntityType.PERSON, n, known.aliases(), n, at, at + n.length(), "person-repeat", known.confidence(), Map.of()));
                    continue;
                }
                int len = names.nameLength(a, at);
                if (len != n.length()) continue;
                a.add(Mention.of(EntityType.PERSON, n, n, at, at + n.length(), "person-repeat", known.confidence()));
            }
        }
    }

    /**
     * A name standing alone as an item of a 、-list at {@code at} (after the first name of the list): HanLP's name, or
     * a name of the right shape that fills the item up to the next 、 or the end of the clause (常委张三、李四、王五出席).
     */
    private Mention listItem(ArticleAnalysis a, int at) {
        Mention p = listedName(a, at);
        if (p != null) return p;
        String text = a.text();
        int len = names.nameLength(a, at);
        if (len == 0 || !looksLikeName(a, at, len) && !nounFillingItem(a, at, len) || a.overlaps(at, at + len, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) return null;
        int end = at + len;
        if (end < text.length() && TextScan.isHan(text.charAt(end)) && !names.startsAfterNameWord(text, end)) return null;
        String name = text.substring(at, end);
        return Mention.of(EntityType.PERSON, name, name, at, end, name(), Confidence.PATTERN);
    }

    /** 汪洋 between two names of a 、-list: a noun that fills the item is a name there; a verb (关切) is not. */
    private static boolean nounFillingItem(ArticleAnalysis a, int at, int len) {
        Token t = a.tokenAt(at);
        return t != null && t.word().length() == len && t.nature().startsWith("n");
    }

    /** The list item (as {@link #listItem}) that ends right before the 、 at {@code comma}, or null. */
    private Mention listItemEndingAt(ArticleAnalysis a, int comma) {
        for (int len = 2; len <= 4 && comma - len >= 0; len++) {
            int at = comma - len;
            // the first item may follow other words (出席的有张三、李四): then only HanLP's name counts
            boolean first = at > 0 && TextScan.isHan(a.text().charAt(at - 1)) && a.text().charAt(at - 1) != '、';
            Mention p = first ? listedName(a, at) : listItem(a, at);
            if (p != null && p.end() == comma) return p;
        }
        return null;
    }

    /**
     * A name at {@code at}: HanLP's (as {@link #listedName}), or a withheld one (王某, 李某某: how courts and the
     * police name parties), which HanLP does not always see. Words with a surname's first character (方面, 全部)
     * are no names, so nothing weaker counts.
     */
    private Mention namedAt(ArticleAnalysis a, int at) {
        Mention p = listedName(a, at);
        if (p != null) return p;
        java.util.regex.Matcher m = WITHHELD.matcher(a.text()).region(at, a.text().length());
        if (!m.lookingAt() || !lex.surnames.contains(m.group(1))) return null;
        int end = m.end();
        if (a.overlaps(at, end, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) return null;
        String name = a.text().substring(at, end);
        return Mention.of(EntityType.PERSON, name, name, at, end, name(), Confidence.PATTERN);
    }

    private static final java.util.regex.Pattern WITHHELD = java.util.regex.Pattern.compile("(\\p{IsHan})某某?");

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[0-9一二三四五六七八九十]{1,3}岁的");

    /** A name at {@code at} that HanLP also recognises as a person's name and that no other mention covers, or null. */
    private Mention listedName(ArticleAnalysis a, int at) {
        Token t = a.tokenAt(at);
        if (t == null || !t.isPersonName()) return null;
        int len = names.nameLength(a, at);
        if (len == 0 || a.overlaps(at, at + len, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) return null;
        String name = a.text().substring(at, at + len);
        return Mention.of(EntityType.PERSON, name, name, at, at + len, name(), Confidence.PATTERN);
    }

    /** Whether HanLP tags a word inside [begin, end) as a person's name (it may split the surname off: 陈/vg 明远/nr). */
    private static boolean hanLpSeesAName(ArticleAnalysis a, int begin, int end) {
        for (int at = begin; at < end; ) {
            Token t = a.tokenCovering(at);
            if (t == null) return false;
            if (t.isPersonName()) return true;
            at = t.end();
        }
        return false;
    }

    /** The role word that ends exactly at {@code end}, or null. */
    private String roleEndingAt(String text, int end) {
        return lex.roleIndex.endingAt(text, end);
    }

    /** Spans of the titles before a name at {@code nameStart}, last first, separated by 、. */
    private List<int[]> titleChain(ArticleAnalysis a, int nameStart, String role) {
        String text = a.text();
        List<int[]> out = new ArrayList<>();
        int end = nameStart;
        String r = role;
        while (r != null) {
            int start = nameStarts.leftEdge(text, end - r.length(), 20);
            // 主讲人全国人大常委会委员: the title starts after the words of the clause before it
            int edge = start;
            start = nameStarts.afterClauseWords(a, start, end - r.length(), false);
            // 该局局长: the pronoun stays with the title, the resolver reads it as the bureau named before
            int pronoun = text.lastIndexOf('该', start - 1);
            if (pronoun >= edge && start - pronoun <= 3) start = pronoun;
            // an organization found whole before the role keeps its whole name in the title (安居宝物业服务有限公司总经理)
            for (Mention org : a.mentions(EntityType.ORGANIZATION)) {
                if (org.end() == end - r.length() && org.begin() < start && org.begin() >= edge) start = org.begin();
                // 联合国秘书长: a title starts where a word starts, never inside the body's name (国秘书长)
                else if (org.begin() < start && start < org.end() && org.end() <= end - r.length()) start = org.begin();
            }
            out.add(new int[]{start, end});
            if (start < 1 || text.charAt(start - 1) != '、') break;
            end = start - 1;
            r = roleEndingAt(text, end);
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private void addPosts(ArticleAnalysis a, Mention person, List<int[]> titles) {
        Mention previousOrg = null;
        for (int[] t : titles) {
            String title = a.text().substring(t[0], t[1]);
            String role = lex.roleAtEnd(title);
            String orgPart = title.substring(0, title.length() - role.length());
            String bare = bareRoleAfterOrgSuffix(orgPart, role);
            if (bare != null) {
                // 南湖街道党工委书记: the role word 党工委书记 holds the organization's suffix; the post is 书记 of 南湖街道党工委
                orgPart = orgPart + role.substring(0, role.length() - bare.length());
                role = bare;
            }
            String modifier = roleModifiers.endingAt(orgPart, orgPart.length());
            if (modifier != null) {
                // 副局长 is a role of its own: keep the modifier with the role
                role = modifier + role;
                orgPart = orgPart.substring(0, orgPart.length() - modifier.length());
            }
            // 越共中央政治局委员、公安部部长: a title listed after a foreign party's or country's is that country's; its
            // body is no Chinese namesake (left unstated)
            Mention org = t != titles.get(0) && a.text().charAt(t[0] - 1) == '、' && foreignParties.foreignBefore(a.text(), t[0])
                    ? null : organizationOf(a, orgPart, t[0], previousOrg, role);
            a.add(new PostHolding(person, title, role, Optional.ofNullable(org), t[0], person.end(), name(),
                    org == null ? Confidence.WEAK_PATTERN : Confidence.PATTERN));
            if (org != null) previousOrg = org;
        }
    }

    /**
     * The bare role when {@code role} is an organization suffix plus a role (党工委书记, 党委书记) and the
     * title's other part names no organization by itself (a place: 南湖街道, 城关镇); else null.
     */
    private String bareRoleAfterOrgSuffix(String orgPart, String role) {
        if (orgPart.isEmpty() || orgNames.suffixOf(orgPart) != null) return null;
        for (String suf : lex.orgSuffixes.keySet()) {
            if (role.length() > suf.length() && role.startsWith(suf) && lex.roles.contains(role.substring(suf.length())))
                return role.substring(suf.length());
        }
        return null;
    }

    /** A head word standing alone (派出所, 办公室), not a committee named by its level (省委, 县委), which the article's place qualifies. */
    private boolean isBareHead(String name) {
        return name.equals(orgNames.suffixOf(name)) && !levelCommittee(name);
    }

    /** 省委, 县委: a level character and 委 (the committee's head character, grammar). */
    private boolean levelCommittee(String name) {
        return name.length() == 2 && name.charAt(1) == '委' && countyLevelChars.indexOf(name.charAt(0)) >= 0;
    }

    /**
     * The people's government of the place a title names before a head of government (厦门市 + 副市长 → 厦门市人民政府;
     * 厦门市思明区 + 区长 → 思明区人民政府; 广西壮族自治区 + 主席): the part before the role is places only, the last of them
     * of the level the role heads (lexicon {@code government-head}), with no more than a modifier before the head
     * (副, 常务副). Null otherwise.
     */
    private String governmentOf(ArticleAnalysis a, String orgPart, int start, String role) {
        int end = start + orgPart.length();
        Mention place = null;
        for (int at = start; at < end; ) {
            Mention m = a.mentionAt(EntityType.PLACE, at);
            if (m == null) return null;
            place = m;
            // 思明|区区长: the segmenter took the level character into the next word; the full name still stands here
            at = a.text().startsWith(m.label(), at) ? at + m.label().length() : m.end();
        }
        if (place == null) return null;
        for (var head : governmentHeads.entrySet()) {
            if (!role.endsWith(head.getKey())) continue;
            if (onlyModifiers(role.substring(0, role.length() - head.getKey().length())) && place.label().endsWith(head.getValue()))
                return place.label() + "人民政府";
        }
        return null;
    }

    /** Whether {@code words} is nothing but role modifiers (常务副 = 常务 + 副), or nothing. */
    private boolean onlyModifiers(String words) {
        while (!words.isEmpty()) {
            String w = roleModifiers.startingAt(words, 0, 1);
            if (w == null) return false;
            words = words.substring(w.length());
        }
        return true;
    }

    /** The organization a title names or implies, added to the article when it is new. */
    /**
     * 某县某村原党支部书记, 某县原县委书记: 原 right after the place a body is named after marks the post as former;
     * the body's {@code label} without it (the text at [start, end) keeps it).
     */
    private static String withoutFormerMark(ArticleAnalysis a, int start, int end, String label) {
        String text = a.text();
        for (int i = start + 1; i < end - 1; i++) {
            if (text.charAt(i) != '原') continue;
            Mention p = a.mentionAt(EntityType.PLACE, i - 1);
            if (p == null || p.end() != i || a.mentionAt(EntityType.PLACE, i) != null) continue;
            String place = text.substring(p.begin(), i);
            return label.replace(place + "原", place);
        }
        return label;
    }

    /**
     * Whether the name at {@code begin} starts a group named after the person (某某同志先进事迹报告团, marked by the
     * organization grammar) and no other organization: the person is named there too.
     */
    private static boolean honoureeOf(ArticleAnalysis a, int begin) {
        Mention org = a.mentionAt(EntityType.ORGANIZATION, begin);
        return org != null && org.begin() == begin && "person".equals(org.attr("namedAfter"));
    }

    /**
     * Where 原 stands in {@code orgPart} between a body's name and the party group or committee of it that the title
     * names (某局原党组, 某院原党委): the length of the body's name, or -1.
     */
    private int formerPartyGroup(String orgPart) {
        int at = orgPart.lastIndexOf('原');
        if (at < 2) return -1;
        String rest = orgPart.substring(at + 1), body = orgPart.substring(0, at);
        return (rest.isEmpty() || rest.equals(orgNames.suffixOf(rest)) && "party".equals(orgNames.kindOf(rest)))
                && orgNames.suffixOf(body) != null ? at : -1;
    }

    private Mention organizationOf(ArticleAnalysis a, String orgPart, int start, Mention previousOrg, String role) {
        int end = start + orgPart.length();
        if (orgPart.startsWith("该")) return null;      // 该局局长: a back-reference the resolver reads
        if (orgPart.startsWith("原") && orgPart.length() >= 3 && a.mentionAt(EntityType.PLACE, start) == null) {
            // 原北京市公安局…派出所民警, 原区委常委: a former post in a body that still is the body; the title keeps 原
            // (a place whose name starts with the character, 原平市, keeps it)
            orgPart = orgPart.substring(1);
            start++;
        }
        int former = formerPartyGroup(orgPart);
        if (former > 0) {
            // 某局原党组书记: 原 marks the post as former; the body is the one named before it
            orgPart = orgPart.substring(0, former);
            end = start + former;
        }
        // 院党组书记、院长: a bare role after a post in a court, bureau or procuratorate is held in the same body;
        // after a party post (区委常委、副区长) it is not, the government is another body
        if (orgPart.isEmpty()) return previousOrg != null && orgNames.isStateBody(previousOrg.label()) ? previousOrg : null;
        if (orgPart.length() > 2 && (orgPart.endsWith("党委") || orgPart.endsWith("党组")) && orgNames.suffixOf(orgPart.substring(0, orgPart.length() - 2)) != null
                && orgNames.isStateBody(orgPart.substring(0, orgPart.length() - 2))) {
            // 省公安厅党委委员: a post in the bureau's party committee; the bureau is the organization we keep
            orgPart = orgPart.substring(0, orgPart.length() - 2);
            end = start + orgPart.length();
        }
        Mention existing = null;
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.begin() == start && m.end() == end) existing = m;
        // 县自然资源和规划局原党组书记: the title's part may start inside a longer name found before (after its 和); so
        // may one that starts inside a place's name (a long chained name cut by the window a title is read in)
        Mention placeCut = a.mentionAt(EntityType.PLACE, start);
        if (existing == null && (former > 0 || placeCut != null && placeCut.begin() < start))
            for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.begin() < start && m.end() == end) existing = m;
        if (existing != null) return existing;
        String surface = orgPart;
        String label;
        if (isBareHead(orgPart) && previousOrg == null && !role.startsWith("党")) {
            // 派出所所长: the one organization of the article with that head, if there is exactly one
            Mention only = null;
            int count = 0;
            for (Mention m : a.mentions(EntityType.ORGANIZATION)) if (m.label().endsWith(orgPart) && !m.label().equals(orgPart) && (only == null || !only.label().equals(m.label()))) { only = m; count++; }
            return count == 1 ? only : null;
        }
        Mention placeAtStart = a.mentionAt(EntityType.PLACE, start);
        if (orgNames.suffixOf(orgPart) != null && (role.startsWith("党委") || role.startsWith("党组")) && orgNames.isStateBody(orgPart)) {
            // 省公安厅党委委员: a post in the party committee of the bureau, which is the organization we keep
            label = orgNames.expand(surface);
        } else if (role.startsWith("党委") || role.startsWith("党工委")) {
            // 街道党工委书记: the organization is the party committee the role names
            surface = orgPart + role.substring(0, role.indexOf("委") + 1);
            label = surface;
        } else if (orgNames.suffixOf(surface) != null) {
            label = orgNames.expand(surface);
        } else if (!surface.isEmpty() && countyLevelChars.indexOf(surface.charAt(surface.length() - 1)) >= 0 && placeAtStart != null && placeAtStart.end() == end
                && (role.endsWith("常委") || role.endsWith("书记"))) {
            label = surface + "委";       // 南京市常委 → 南京市委
        } else if ((label = governmentOf(a, orgPart, start, role)) != null) {
            // 厦门市副市长: the city's head of government; the title implies 厦门市人民政府
        } else {
            return null;
        }
        label = withoutFormerMark(a, start, end, label);
        if (levelCommittee(label) && orgNames.qualify(label, (unit, level) -> ArticlePlaces.mainPlace(a, unit, level)) == null
                && previousOrg == null) {
            return null;    // a bare 县委 whose county the article never names: leave the organization unstated
        }
        Map<String, String> attrs = new HashMap<>();
        attrs.put("orgKind", orgNames.kindOf(surface));
        Mention place = placeAtStart;
        String qualified = place == null ? orgNames.qualify(label, (unit, level) -> ArticlePlaces.mainPlace(a, unit, level)) : null;
        if (qualified != null) label = qualified;
        else if (place == null && previousOrg != null && !label.startsWith(previousOrg.label())) {
            String prevSuffix = orgNames.suffixOf(previousOrg.label());
            if (partyBodies.startingAt(label, 0, 1) != null) {
                // 政法委 after 自治区党委 in one chain is that committee's 政法委
                label = previousOrg.label() + label;
            } else if (prevSuffix != null && label.equals(orgNames.suffixOf(label)) && "community".equals(orgNames.kindOf(label))) {
                // 居委会主任 after 科技园社区党委书记: the 居委会 of the same community
                label = previousOrg.label().substring(0, previousOrg.label().length() - prevSuffix.length()) + label;
            }
        }
        if (isBareHead(label)) return null;      // a bare 办公室 names no body
        java.util.Set<String> aliases = new java.util.HashSet<>(java.util.List.of(surface, orgNames.expand(surface)));
        aliases.remove(label);
        Mention org = new Mention(EntityType.ORGANIZATION, label, aliases, surface, start, start + surface.length(), name(),
                qualified != null || previousOrg != null ? Confidence.CONTEXT + 0.1 : Confidence.PATTERN, attrs);
        a.add(org);
        if (place != null) a.add(new Relation(org, Relation.Kind.JURISDICTION, place, start, end, name(), org.confidence()));
        return org;
    }
}
