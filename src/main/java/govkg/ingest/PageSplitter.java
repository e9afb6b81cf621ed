package govkg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a newspaper page into articles.
 *
 * <p>A page is a sequence of paragraphs (non-empty lines). Short lines without closing punctuation
 * are title-like. A run of title-like lines starts a new article when a credit line follows, when
 * there are two of them (title and subtitle, or column and title), when it stands after a photo
 * credit or a wide gap, or at the top of the page; otherwise a lone title-like line is a sub-heading
 * inside the current article. 上接第…版 starts a continuation. A paragraph printed a second time is
 * recorded as a repeat so its facts are asserted once. Stateless and thread-safe.
 */
public final class PageSplitter {
    static final int MAX_TITLE = 40;
    /**
     * Longest article handed to extraction. Real articles are a few thousand characters; a longer "article" (a
     * file that is one endless line) is cut at sentence ends into parts, so the extractors' work per article
     * stays bounded whatever the input.
     */
    public static final int MAX_ARTICLE_CHARS = 20_000;
    static final Pattern CONTINUED_FROM = Pattern.compile("^[（(]?\\s*上接第?[一二三四五六七八九十\\d]{1,3}版\\s*[）)]?$");
    static final Pattern CONTINUED_TO = Pattern.compile("[（(]?\\s*下转第?[一二三四五六七八九十\\d]{1,3}版\\s*[）)]?");
    static final Pattern PAGE_DATE = Pattern.compile("(20\\d{2}|19\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    static final Pattern DATE_LINE = Pattern.compile("^(20\\d{2}|19\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(星期.|周.)?.{0,12}$");
    static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern FILE_DATE = Pattern.compile("(20\\d{2})[-_]?(\\d{2})[-_]?(\\d{2})");

    private PageSplitter() {}

    /** Articles longer than {@link #MAX_ARTICLE_CHARS} cut into parts at sentence ends; indices renumbered. */
    static List<Article> bounded(List<Article> articles) {
        if (articles.stream().allMatch(a -> a.text().length() <= MAX_ARTICLE_CHARS)) return articles;
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            int from = 0;
            while (from < a.text().length()) {
                int to = partEnd(a.text(), from);
                int f = from;
                List<Byline> bylines = a.bylines().stream().filter(b -> b.begin() >= f && b.end() <= to)
                        .map(b -> new Byline(b.name(), b.role(), b.begin() - f, b.end() - f)).toList();
                List<Article.Span> repeats = a.repeats().stream().filter(r -> r.begin() >= f && r.end() <= to)
                        .map(r -> new Article.Span(r.begin() - f, r.end() - f)).toList();
                out.add(new Article(a.source(), out.size(), a.headline(), a.text().substring(from, to), a.begin() + from,
                        a.begin() + to, bylines, from == 0 ? a.datelinePlace() : Optional.empty(), a.date(),
                        a.continuation() || from > 0, repeats));
                from = to;
            }
        }
        return out;
    }

    /** End of the part starting at {@code from}: after the last sentence end within the limit, else at the limit. */
    private static int partEnd(String t, int from) {
        int limit = from + MAX_ARTICLE_CHARS;
        if (limit >= t.length()) return t.length();
        for (int i = limit; i > from + MAX_ARTICLE_CHARS / 2; i--)
            if ("。！？!?\n".indexOf(t.charAt(i - 1)) >= 0) return i;
        return Character.isLowSurrogate(t.charAt(limit)) ? limit - 1 : limit;   // never split a surrogate pair
    }

    private record Para(String text, int begin, int end, int gapBefore) {}

    /**
     * @param fallbackDate the date to use when neither the page nor the file name gives one (--date)
     */
    public static List<Article> split(SourceText src, Optional<LocalDate> fallbackDate) {
        List<Para> paras = paragraphs(src.text());
        Dates dates = new Dates(pageDate(src, paras), published(paras), fallbackDate);
        if (src.meta().wholeReport()) return bounded(List.of(whole(src, paras, dates)));
        List<Article> out = new ArrayList<>();
        Builder cur = null;
        List<Para> titles = new ArrayList<>();
        boolean closed = true;   // after a photo credit the next title starts an article
        boolean furnished = false;   // furniture (发布时间：…) after the titles: they head a new article
        Optional<LocalDate> published = Optional.empty();    // the 发布时间 of the article the titles head
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            String t = p.text.strip();
            if (DATE_LINE.matcher(t).matches() && out.isEmpty() && cur == null) continue;
            // 发布时间：… 浏览次数：… 【字体：大 中 小】 and breadcrumbs: never a headline, never a sub-heading
            if (PageFurniture.is(t)) {
                Optional<LocalDate> d = PageFurniture.date(t);
                if (!titles.isEmpty()) {
                    furnished = true;
                    if (d.isPresent()) published = d;
                } else if (cur != null && !cur.hasBody && d.isPresent()) {
                    cur.published = d;
                }
                continue;
            }
            if (CONTINUED_FROM.matcher(t).matches()) {
                if (cur != null) out.add(cur.build(src, out.size(), dates));
                cur = new Builder(titles.isEmpty() ? p.begin : titles.get(0).begin, true);
                cur.headline = titles.isEmpty() ? "" : join(titles);
                titles.clear();
                cur.end = p.end;
                closed = false;
                continue;
            }
            if (isTitleLike(t) && !BylineParser.isPhotoCredit(t)) {
                titles.add(p);
                continue;
            }
            // a photo credit (通讯员 X 摄) closes an article; it never opens one
            boolean credit = BylineParser.startsWithByline(t) && !BylineParser.isPhotoCredit(t);
            if (!titles.isEmpty()) {
                boolean starts = cur == null || credit || titles.size() >= 2 || closed || titles.get(0).gapBefore >= 2 || furnished;
                if (starts) {
                    if (cur != null) out.add(cur.build(src, out.size(), dates));
                    cur = new Builder(titles.get(0).begin, false);
                    cur.headline = join(titles.size() > 2 ? titles.subList(titles.size() - 2, titles.size()) : titles);
                    cur.published = published;
                } else {
                    cur.end = titles.get(titles.size() - 1).end;   // sub-headings stay in the article
                }
                titles.clear();
                furnished = false;
                published = Optional.empty();
            } else if (cur == null || (credit && cur.hasBody)) {
                if (cur != null) out.add(cur.build(src, out.size(), dates));
                cur = new Builder(p.begin, false);
            }
            closed = false;
            if (BylineParser.isPhotoCredit(t)) {
                cur.photo(BylineParser.photoCredits(p.text, p.begin));
                cur.end = p.end;
                closed = true;
                continue;
            }
            if (credit && !cur.hasBody) cur.credits(p);
            String key = SPACES.matcher(t).replaceAll("");
            if (key.length() >= 20 && !seen.add(key)) cur.repeats.add(new int[]{p.begin, p.end});
            cur.hasBody = true;
            cur.end = p.end;
        }
        if (cur != null) {
            if (!titles.isEmpty()) cur.end = titles.get(titles.size() - 1).end;
            out.add(cur.build(src, out.size(), dates));
        }
        return bounded(out);
    }

    static boolean isTitleLike(String t) {
        if (t.isEmpty() || t.length() > MAX_TITLE) return false;
        char last = t.charAt(t.length() - 1);
        if ("。！？；：，,.!?;:…”\"』」）)".indexOf(last) >= 0 && !(last == '”' || last == '」' || last == '）' || last == ')')) return false;
        if (t.contains("。") || t.contains("；")) return false;
        if (last == '”' || last == '」' || last == '）' || last == ')') {
            // a title may end in a quoted name (…守护“平安”), but not in a quoted sentence
            int open = Math.max(t.lastIndexOf('“'), t.lastIndexOf('「'));
            if (open < 0 || t.substring(open).matches(".*[，。！？].*")) return false;
        }
        return !BylineParser.startsWithByline(t);
    }

    private static String join(List<Para> ps) {
        StringBuilder b = new StringBuilder();
        for (Para p : ps) b.append(b.length() == 0 ? "" : " ").append(p.text.strip());
        return b.toString();
    }

    private static List<Para> paragraphs(String text) {
        List<Para> out = new ArrayList<>();
        int pos = 0, gap = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (line.isBlank()) gap++;
            else {
                int b = pos;
                while (b < end && Character.isWhitespace(text.charAt(b))) b++;
                int e = end;
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
                out.add(new Para(text.substring(b, e), b, e, gap));
                gap = 0;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }

    /**
     * The page's date from the strongest evidence, in this order: the record's own date field, a date in the file
     * name, a date line at the top of the page (2024年3月5日 星期二). Weaker evidence (a 发布时间 line, --date)
     * is in {@link Dates}.
     */
    static Optional<LocalDate> pageDate(SourceText src, List<Para> paras) {
        if (src.meta().date().isPresent()) return src.meta().date();
        Matcher f = FILE_DATE.matcher(src.path() == null ? src.id() : src.path().getFileName().toString());
        if (f.find()) {
            Optional<LocalDate> d = date(f);
            if (d.isPresent()) return d;
        }
        for (int i = 0; i < Math.min(3, paras.size()); i++) {
            Matcher m = PAGE_DATE.matcher(paras.get(i).text);
            if (DATE_LINE.matcher(paras.get(i).text.strip()).matches() && m.find()) return date(m);
        }
        return Optional.empty();
    }

    /** The first 发布时间 (publication date field) among the page's furniture lines, or empty. */
    static Optional<LocalDate> published(List<Para> paras) {
        for (Para p : paras) {
            String t = p.text.strip();
            if (t.length() <= PageFurniture.MAX_CHARS && PageFurniture.is(t)) {
                Optional<LocalDate> d = PageFurniture.date(t);
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    /**
     * A page's date evidence. An article's date is the strong page date (record, file name, top date line), else
     * its own 发布时间 line, else the page's first, else --date; a dateline's 3月5日 (本报北京3月5日电) then
     * dates the article within that.
     */
    record Dates(Optional<LocalDate> strong, Optional<LocalDate> published, Optional<LocalDate> fallback) {
        Optional<LocalDate> of(Optional<LocalDate> own) {
            return strong.or(() -> own).or(() -> published).or(() -> fallback);
        }
    }

    /** A record's text as one article: its title as the headline, a credit line at its top read as bylines. */
    private static Article whole(SourceText src, List<Para> paras, Dates dates) {
        if (paras.isEmpty()) return new Article(src, 0, src.meta().title().orElse(""), "", 0, 0, List.of(), Optional.empty(), dates.of(Optional.empty()), false, List.of());
        Builder b = new Builder(paras.get(0).begin, false);
        b.end = paras.get(paras.size() - 1).end;
        b.hasBody = true;
        b.headline = src.meta().title().map(PageSplitter::oneLine).orElse("");
        for (Para p : paras.subList(0, Math.min(3, paras.size()))) {
            String t = p.text.strip();
            if (PageFurniture.is(t)) {
                if (b.published.isEmpty()) b.published = PageFurniture.date(t);
                continue;
            }
            if (BylineParser.startsWithByline(t) && !BylineParser.isPhotoCredit(t)) b.credits(p);
            break;
        }
        return b.build(src, 0, dates);
    }

    private static String oneLine(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Mutable state of the article being cut. */
    private static final class Builder {
        final int begin;
        final boolean continuation;
        int end;
        String headline = "";
        boolean hasBody;
        final List<Byline> bylines = new ArrayList<>();
        final List<int[]> repeats = new ArrayList<>();
        Optional<String> datelinePlace = Optional.empty();
        Optional<Integer> month = Optional.empty(), day = Optional.empty();
        Optional<LocalDate> published = Optional.empty();

        Builder(int begin, boolean continuation) {
            this.begin = begin;
            this.end = begin;
            this.continuation = continuation;
        }

        void credits(Para p) {
            BylineParser.Result r = BylineParser.parse(p.text);
            for (Byline b : r.bylines()) bylines.add(new Byline(b.name(), b.role(), p.begin + b.begin(), p.begin + b.end()));
            datelinePlace = r.datelinePlace();
            month = r.month();
            day = r.day();
        }

        void photo(List<Byline> credits) {
            bylines.addAll(credits);
        }

        Article build(SourceText src, int index, Dates dates) {
            Optional<LocalDate> pageDate = dates.of(published);
            String text = src.text().substring(begin, end);
            List<Byline> rel = bylines.stream().map(b -> new Byline(b.name(), b.role(), b.begin() - begin, b.end() - begin)).toList();
            List<Article.Span> reps = repeats.stream().map(r -> new Article.Span(r[0] - begin, r[1] - begin)).toList();
            Optional<LocalDate> date = month.isPresent() ? BylineParser.resolve(month, day, pageDate).or(() -> pageDate) : pageDate;
            String head = headline;
            Matcher to = CONTINUED_TO.matcher(head);
            head = to.replaceAll("").strip();
            return new Article(src, index, head, text, begin, end, rel, datelinePlace, date, continuation, reps);
        }
    }
}
