package govkg.extract;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import govkg.nlp.Token;
import govkg.time.DateResolver;
import govkg.time.TimeExpression;
import govkg.time.TimeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Posts over time: the sentences that start or end a post, and the dates they give. Runs after the people-and-posts
 * stage and adds to its posts; the cue words are the {@code post-term-cue} lexicon.
 * <ol>
 *   <li>Appointments and removals, each a post of its own with its start or end: 任命X为Y (a list: 任命A为Y1，B为Y2;
 *       A、B为Y), X当选(为)Y, X出任/就任Y, X担任Y (a start only when the sentence dates it), 免去X(同志)的Y(职务)
 *       (A、B的…; Y1、Y2), X不再担任Y, X辞去Y.</li>
 *   <li>An end said after the person (X退休, X接受纪律审查和监察调查): the posts stated with the name in that
 *       sentence end.</li>
 *   <li>A former post (its title reads 原…, as 曾任 gives it): it ended before the report's date.</li>
 * </ol>
 * The date is the one of the cue's clause, else the nearest before it in its sentence (2019年3月，X当选…), resolved
 * against the report's date by {@link DateResolver} with its precision; none, and the report's date at day
 * precision: a notice of an appointment or removal is news of that day (任免 notices are published when the
 * decision is made, 日前 at most days before), so the report's date is the best bound the text gives. Without a
 * report date, an undated statement gives the post but no term. The body of a post is the one the person stage would
 * take: the organization already found whose name ends where the role begins inside the title (省公安厅 in
 * 省公安厅厅长); this stage finds no new bodies (the person stage before it reads them). Thread-safe.
 */
public final class PostTermExtractor implements Extractor {
    /** The longest title read after a cue (省人民政府办公厅副主任 …). */
    private static final int MAX_TITLE = 20;
    private static final String NUMERALS = "〇零一二三四五六七八九十";
    /** Marks that end a clause inside a sentence. */
    private static final String CLAUSE_ENDS = "，；：,;:";
    private static final String SENTENCE_ENDS = "。！？!?\n";

    private final Lexicons lex;
    private final PersonNames names;
    private final OrganizationNames orgNames;
    private final DateResolver dates;
    private final TermIndex before, starts, holds, leaves, ends, link, personTail, postTail, gap, notYet;
    /** Words a relative date starts with (今天, 去年): with digits and numerals, what a date may start with. */
    private final TermIndex relativeDates;
    /** Words kept with the role word they stand before (副, 常务: person-cues.txt's role-modifier), as PersonPostExtractor does. */
    private final TermIndex roleModifiers;

    public PostTermExtractor(Lexicons lex) {
        this.lex = lex;
        this.names = new PersonNames(lex);
        this.orgNames = new OrganizationNames(lex);
        this.dates = new DateResolver(lex.entries(LexiconKind.RELATIVE_DATE), lex.words(LexiconKind.COUNT_END));
        this.roleModifiers = lex.index(LexiconKind.PERSON_CUE, "role-modifier");
        this.before = lex.index(LexiconKind.POST_TERM_CUE, "appoint", "remove", "hold");
        this.starts = lex.index(LexiconKind.POST_TERM_CUE, "start");
        this.holds = lex.index(LexiconKind.POST_TERM_CUE, "hold");
        this.leaves = lex.index(LexiconKind.POST_TERM_CUE, "leave");
        this.ends = lex.index(LexiconKind.POST_TERM_CUE, "end");
        this.link = lex.index(LexiconKind.POST_TERM_CUE, "link");
        this.personTail = lex.index(LexiconKind.POST_TERM_CUE, "person-tail");
        this.postTail = lex.index(LexiconKind.POST_TERM_CUE, "post-tail");
        this.gap = lex.index(LexiconKind.POST_TERM_CUE, "gap");
        this.notYet = lex.index(LexiconKind.POST_TERM_CUE, "not-yet");
        this.relativeDates = lex.index(LexiconKind.RELATIVE_DATE);
    }

    @Override public String name() { return "post-term"; }
    @Override public Set<Layer> reads() { return Set.of(Layer.PLACE, Layer.ORGANIZATION, Layer.PERSON, Layer.POST); }
    /** It adds posts, and the people an appointment names that the person stage missed (任命X为…: X is a name). */
    @Override public Set<Layer> writes() { return Set.of(Layer.PERSON, Layer.POST); }

    /** What a sentence says of a post: it starts, it ends, or it is only held. */
    private enum Says { START, END, HELD }

    @Override
    public void extract(ArticleAnalysis a) {
        cueBeforePerson(a);
        cueAfterPerson(a);
        endsAfterPerson(a);
        formerPosts(a);
    }

    /** 1a. 任命X为Y, 免去X的Y职务 (and their lists): the cue right before the person. */
    private void cueBeforePerson(ArticleAnalysis a) {
        String text = a.text();
        for (String cue : lex.withValues(LexiconKind.POST_TERM_CUE, "appoint", "remove", "hold")) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int from = at + cue.length();
                // 决定任命 is read as itself, not also as 任命; 被免去 is a cue after the person
                if (!cue.equals(before.endingAt(text, from)) || leaves.endingAt(text, from) != null) continue;
                // 主任张三: the role word that ends there is no cue
                if (lex.roleIndex.endingAt(text, from) != null || notYetBefore(text, at)) continue;
                String kind = lex.value(LexiconKind.POST_TERM_CUE, cue);
                if (kind.equals("remove")) removal(a, at, from);
                else appointment(a, at, from);
            }
        }
    }

    /** 任命A为Y1、Y2，B为Y3; 任命A、B为Y. */
    private void appointment(ArticleAnalysis a, int cueAt, int from) {
        String text = a.text();
        for (int pos = from; ; ) {
            List<Mention> people = new ArrayList<>();
            int p = personList(a, pos, false, people);
            if (people.isEmpty()) return;
            String l = link.startingAt(text, p, 1);
            if (l == null) return;
            int end = titles(a, people, p + l.length(), cueAt, Says.START);
            // 任命A为Y1，B为Y2: the next person of the list, with a title of their own
            if (end < 0 || end >= text.length() || "，；,;".indexOf(text.charAt(end)) < 0) return;
            pos = end + 1;
        }
    }

    /**
     * The people listed from {@code pos} (A、B、C), added to {@code people}; {@code withTail} lets each take a 同志 after
     * the name (免去A同志、B同志的…). Returns where the list ends.
     */
    private int personList(ArticleAnalysis a, int pos, boolean withTail, List<Mention> people) {
        String text = a.text();
        int p = pos;
        for (Mention m; (m = personAt(a, p)) != null; ) {
            people.add(m);
            p = m.end();
            String tail = withTail ? personTail.startingAt(text, p, 1) : null;
            if (tail != null) p += tail.length();
            if (p < text.length() && text.charAt(p) == '、') p++; else break;
        }
        return p;
    }

    /** 免去A(同志)、B(同志)的Y1、Y2(职务)，C的Y3职务. */
    private void removal(ArticleAnalysis a, int cueAt, int from) {
        String text = a.text();
        for (int pos = from; ; ) {
            List<Mention> people = new ArrayList<>();
            int p = personList(a, pos, true, people);
            if (people.isEmpty() || p >= text.length() || text.charAt(p) != '的') return;
            int end = titles(a, people, p + 1, cueAt, Says.END);
            if (end < 0 || end >= text.length() || "，；,;".indexOf(text.charAt(end)) < 0) return;
            pos = end + 1;
        }
    }

    /**
     * 1b. X当选(为)Y, X出任Y, X担任Y, X不再担任Y, X辞去Y(职务): the cue after the person, perhaps after a date (X于3月5日当选).
     * The person is a mention, or a later occurrence of a name already found that the person stage left (何建平于…: it
     * read 平于 as a name's end), when a cue follows it.
     */
    private void cueAfterPerson(ArticleAnalysis a) {
        String text = a.text();
        List<Mention> people = new ArrayList<>();
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        for (Mention p : a.mentions(EntityType.PERSON)) {
            if (p.attr("byline") != null) continue;
            people.add(p);
            if (p.aliases().isEmpty()) labels.add(p.label());
        }
        for (String n : labels)
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1))
                if (!a.overlaps(at, at + n.length(), EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE) && cueAfter(a, at + n.length()) != null)
                    people.add(Mention.of(EntityType.PERSON, n, n, at, at + n.length(), name(), Confidence.PATTERN));
        for (Mention p : people) {
            int at = afterGap(a, p.end());
            String cue = cueAfter(a, p.end());
            if (cue == null) continue;
            Says says = leaves.startingAt(text, at, 1) != null ? Says.END : starts.startingAt(text, at, 1) != null ? Says.START : Says.HELD;
            int t = at + cue.length();
            String l = link.startingAt(text, t, 1);
            if (l != null) t += l.length();
            titles(a, List.of(p), t, at, says);
        }
    }

    /** The cue after a name ending at {@code end} (past the gap words and a date), or null. */
    private String cueAfter(ArticleAnalysis a, int end) {
        String text = a.text();
        int at = afterGap(a, end);
        String cue = leaves.startingAt(text, at, 1);
        if (cue == null) cue = starts.startingAt(text, at, 1);
        if (cue == null) cue = holds.startingAt(text, at, 1);
        // X任命Y为…: X appoints, and holds no post by it
        if (cue != null && before.startingAt(text, at, cue.length() + 1) != null) return null;
        return cue;
    }

    /** After a name, the words that may stand before a cue: dates (3月5日) and the gap words (于, 正式). */
    private int afterGap(ArticleAnalysis a, int pos) {
        String text = a.text();
        for (int guard = 0; guard < 4 && pos < text.length(); guard++) {
            String g = gap.startingAt(text, pos, 1);
            if (g != null) { pos += g.length(); continue; }
            int end = dateSpanAt(text, pos);
            if (end == pos) break;
            pos = end;
        }
        return pos;
    }

    /** The end of a date expression starting at {@code pos} (read against any reference: only its extent matters), or {@code pos}. */
    private int dateSpanAt(String text, int pos) {
        // the date grammar runs only where a date can start: a digit, a numeral or a relative date word
        char c = text.charAt(pos);
        if (!Character.isDigit(c) && NUMERALS.indexOf(c) < 0 && relativeDates.startingAt(text, pos, 1) == null) return pos;
        List<TimeExpression> t = dates.find(text, pos, Math.min(text.length(), pos + 12), Optional.of(LocalDate.of(2000, 1, 1)));
        return !t.isEmpty() && t.get(0).begin() == pos ? t.get(0).end() : pos;
    }

    /** 2. X退休, X…接受纪律审查和监察调查: the posts stated with the nearest name before the cue in its sentence end. */
    private void endsAfterPerson(ArticleAnalysis a) {
        String text = a.text();
        List<PostHolding> posts = a.posts();
        if (posts.isEmpty()) return;
        for (String cue : lex.withValues(LexiconKind.POST_TERM_CUE, "end")) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int end = at + cue.length();
                // 退休干部, 被查处: the cue must close its clause
                if (end < text.length() && !TextScan.isBoundary(text.charAt(end))) continue;
                if (notYetBefore(text, at)) continue;
                int s = sentenceStart(text, at);
                Mention holder = null;
                for (Mention m : a.mentions(EntityType.PERSON))
                    if (m.attr("byline") == null && m.begin() >= s && m.end() <= at && (holder == null || m.begin() > holder.begin())) holder = m;
                if (holder == null) continue;
                Optional<TimeValue> date = dateOf(a, at, end);
                if (date.isEmpty()) continue;
                for (PostHolding p : a.posts())
                    if (p.person().label().equals(holder.label()) && p.begin() >= s && p.end() <= at && p.term().end().isEmpty()
                            && !p.former())
                        a.replace(p, p.withTerm(p.term().and(PostTerm.endingOn(date.get()))));
            }
        }
    }

    /** 3. 原省长X, X曾任…: a former post ended before the report's date (the text says no more). */
    private void formerPosts(ArticleAnalysis a) {
        Optional<LocalDate> reported = a.article().date();
        if (reported.isEmpty()) return;
        for (PostHolding p : a.posts())
            if (p.former() && p.term().end().isEmpty() && p.term().endsBefore().isEmpty())
                a.replace(p, p.withTerm(p.term().and(PostTerm.endedBefore(TimeValue.of(reported.get())))));
    }


    /**
     * The titles from {@code pos} (Y1、Y2, then 职务), each a post of every person, with the term the cue at
     * {@code cueAt} says; returns where the titles end, or -1 when no title is there.
     */
    private int titles(ArticleAnalysis a, List<Mention> people, int pos, int cueAt, Says says) {
        String text = a.text();
        int end = -1;
        List<int[]> spans = new ArrayList<>();
        while (pos < text.length()) {
            int roleEnd = -1;
            for (int e = pos + 1; e <= Math.min(text.length(), pos + MAX_TITLE) && TextScan.isHan(text.charAt(e - 1)); e++)
                if (lex.roleIndex.endingAt(text, e) != null) roleEnd = e;
            if (roleEnd < 0) break;
            String role = lex.roleAtEnd(text.substring(pos, roleEnd));
            if (role == null || lex.occupations.contains(role)) break;
            spans.add(new int[]{pos, roleEnd});
            end = roleEnd;
            if (roleEnd >= text.length() || text.charAt(roleEnd) != '、') break;
            pos = roleEnd + 1;
        }
        if (spans.isEmpty()) return -1;
        String tail = postTail.startingAt(text, end, 1);
        if (tail != null) end += tail.length();
        PostTerm term = termOf(a, cueAt, end, says);
        for (Mention person : people) {
            a.add(person);      // a person this stage found (a mention found before is kept as it is)
            Mention previousOrg = null;
            for (int[] t : spans) {
                PostHolding post = post(a, person, t[0], t[1], previousOrg, term);
                a.add(post);
                if (post.organization().isPresent()) previousOrg = post.organization().get();
            }
        }
        return end;
    }

    private PostTerm termOf(ArticleAnalysis a, int cueAt, int end, Says says) {
        if (says == Says.HELD) {
            // 担任 states a start only when its sentence dates it; the report's date would say nothing
            Optional<TimeValue> stated = statedDate(a, cueAt, end);
            return stated.map(PostTerm::startingOn).orElse(PostTerm.NONE);
        }
        Optional<TimeValue> d = dateOf(a, cueAt, end);
        if (d.isEmpty()) return PostTerm.NONE;
        return says == Says.START ? PostTerm.startingOn(d.get()) : PostTerm.endingOn(d.get());
    }

    /** The post of one title: its role (副/常务 kept with it), and the body found whose name ends where the role begins. */
    private PostHolding post(ArticleAnalysis a, Mention person, int begin, int end, Mention previousOrg, PostTerm term) {
        String title = a.text().substring(begin, end);
        String role = lex.roleAtEnd(title);
        String orgPart = title.substring(0, title.length() - role.length());
        String modifier = roleModifiers.endingAt(orgPart, orgPart.length());
        if (modifier != null) {
            role = modifier + role;
            orgPart = orgPart.substring(0, orgPart.length() - modifier.length());
        }
        int orgEnd = begin + orgPart.length();
        Mention org = null;
        if (!orgPart.isEmpty()) {
            for (Mention m : a.mentions(EntityType.ORGANIZATION))
                if (m.end() == orgEnd && m.begin() >= begin && (org == null || m.begin() < org.begin())) org = m;
        } else if (previousOrg != null && orgNames.isStateBody(previousOrg.label())) {
            org = previousOrg;      // 院党组书记、院长: a bare role after a post in a state body is held in that body
        }
        return new PostHolding(person, title, role, Optional.ofNullable(org), begin, end, name(),
                org == null ? Confidence.WEAK_PATTERN : Confidence.PATTERN, term);
    }

    /**
     * The person at {@code at}: a mention found there, else a name of the right shape that HanLP also reads as a name,
     * or that the construction closes (为, 的, 同志, 、 right after it: 任命X为 leaves X nothing but a name).
     */
    private Mention personAt(ArticleAnalysis a, int at) {
        Mention m = a.mentionAt(EntityType.PERSON, at);
        if (m != null) return m.begin() == at && m.attr("byline") == null ? m : null;
        int len = names.nameLength(a, at);
        if (len == 0 || a.overlaps(at, at + len, EntityType.ORGANIZATION, EntityType.PLACE)) return null;
        String text = a.text();
        int end = at + len;
        Token t = a.tokenAt(at);
        boolean closed = end < text.length() && (link.startingAt(text, end, 1) != null || text.charAt(end) == '的'
                || text.charAt(end) == '、' || personTail.startingAt(text, end, 1) != null);
        if (!closed || t == null || !t.isPersonName() && !names.valid(text.substring(at, end))) return null;
        if (!t.isPersonName() && !names.plausibleAlone(a, at, end)) return null;
        String name = text.substring(at, end);
        return Mention.of(EntityType.PERSON, name, name, at, end, name(), Confidence.PATTERN);
    }

    /** Whether a not-yet word (将, 拟) stands right before the cue at {@code at}. */
    private boolean notYetBefore(String text, int at) {
        return notYet.endingAt(text, at) != null;
    }

    /** The stated date of the cue, else the report's date at day precision (see the class comment), else empty. */
    private Optional<TimeValue> dateOf(ArticleAnalysis a, int cueAt, int end) {
        return statedDate(a, cueAt, end).or(() -> a.article().date().map(TimeValue::of));
    }

    /** The date expression of the cue's clause nearest to it, else the nearest before it in its sentence. */
    private Optional<TimeValue> statedDate(ArticleAnalysis a, int cueAt, int end) {
        String text = a.text();
        int s = sentenceStart(text, cueAt), e = end;
        while (e < text.length() && SENTENCE_ENDS.indexOf(text.charAt(e)) < 0) e++;
        TimeExpression inClause = null, earlier = null;
        for (TimeExpression t : dates.find(text, s, e, a.article().date())) {
            boolean same = t.end() <= cueAt ? noClauseEnd(text, t.end(), cueAt) : noClauseEnd(text, end, t.begin());
            if (same && (inClause == null || t.end() <= cueAt)) inClause = t;
            if (t.end() <= cueAt) earlier = t;
        }
        TimeExpression best = inClause != null ? inClause : earlier;
        return Optional.ofNullable(best).map(TimeExpression::value);
    }

    private static int sentenceStart(String text, int at) {
        int s = at;
        while (s > 0 && SENTENCE_ENDS.indexOf(text.charAt(s - 1)) < 0) s--;
        return s;
    }

    private static boolean noClauseEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }
}
