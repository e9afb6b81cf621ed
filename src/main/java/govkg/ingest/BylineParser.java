package govkg.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the credit lines of Chinese newspapers: 本报讯 记者X; 本报记者 X Y; 本报昆明3月26日电 记者X;
 * 通讯员X; X 摄. Names are 2–4 Chinese characters; a name must be followed by a space, a
 * bracket, a comma or the line's end, except that an unspaced name is cut at three characters.
 * Stateless and thread-safe.
 */
public final class BylineParser {

    /** Credits and dateline found at the start of a paragraph. */
    public record Result(List<Byline> bylines, Optional<String> datelinePlace, Optional<Integer> month,
                         Optional<Integer> day, int consumed) {}

    static final Pattern LEAD = Pattern.compile(
            "^[（(]?(本报讯|新华社[\\p{IsHan}]{0,6}?(\\d{1,2})月(\\d{1,2})日电|本报([\\p{IsHan}]{0,6}?)(?:(\\d{1,2})月(\\d{1,2})日)?电|本报(?=记者|通讯员))");
    static final Pattern CREDIT = Pattern.compile("\\G[\\s　]*[（(]?\\s*(记者|通讯员|实习生)[\\s　]*");
    static final Pattern NAME = Pattern.compile("\\G([\\p{IsHan}·]{2,4})(?=[\\s　）)，,、]|$)");
    static final Pattern UNSPACED = Pattern.compile("\\G(\\p{IsHan}{3})");
    static final Pattern PHOTO = Pattern.compile("^[（(]?(?:本报)?(记者|通讯员)?[\\s　]*((?:\\p{IsHan}{2,4}[\\s　]*){1,3})摄[\\s　]*[）)]?$");
    static final Pattern SEP = Pattern.compile("\\G[\\s　、]+");

    private BylineParser() {}

    /** True when a whole line is a photo credit (X 摄). */
    public static boolean isPhotoCredit(String line) {
        return line.indexOf('摄') >= 0 && PHOTO.matcher(line.strip()).matches();   // the regex is slow on long paragraphs
    }

    public static List<Byline> photoCredits(String line, int lineOffset) {
        Matcher m = PHOTO.matcher(line.strip());
        if (!m.matches()) return List.of();
        int base = lineOffset + line.indexOf(line.strip());
        List<Byline> out = new ArrayList<>();
        Matcher n = Pattern.compile("\\p{IsHan}{2,4}").matcher(m.group(2));
        while (n.find()) {
            int b = base + m.start(2) + n.start();
            out.add(new Byline(n.group(), Byline.Role.PHOTOGRAPHER, b, b + n.group().length()));
        }
        // a photo credit names photographers whatever word (记者, 通讯员) precedes the names
        return out;
    }

    /** True when a paragraph opens with a credit or dateline. */
    public static boolean startsWithByline(String para) {
        String s = para.strip();
        if (LEAD.matcher(s).find()) return true;
        // a bare 记者/通讯员 opening is a credit only when a name follows (记者从…获悉 is a sentence)
        return (s.startsWith("记者") || s.startsWith("通讯员") || s.startsWith("（记者") || s.startsWith("(记者"))
                && !parse(s).bylines().isEmpty();
    }

    /** Parses the credits at the start of {@code para}; offsets are relative to {@code para}. */
    public static Result parse(String para) {
        int pos = 0;
        while (pos < para.length() && Character.isWhitespace(para.charAt(pos))) pos++;
        Optional<String> place = Optional.empty();
        Optional<Integer> month = Optional.empty(), day = Optional.empty();
        Matcher lead = LEAD.matcher(para).region(pos, para.length());
        boolean led = false;
        if (lead.lookingAt()) {
            led = true;
            if (lead.group(4) != null && !lead.group(4).isEmpty()) place = Optional.of(lead.group(4));
            String mo = lead.group(5) != null ? lead.group(5) : lead.group(2);
            String d = lead.group(6) != null ? lead.group(6) : lead.group(3);
            if (mo != null) { month = Optional.of(Integer.parseInt(mo)); day = Optional.of(Integer.parseInt(d)); }
            pos = lead.end();
        }
        List<Byline> bylines = new ArrayList<>();
        while (true) {
            Matcher c = CREDIT.matcher(para);
            if (!c.find(pos) || c.start() != pos) break;
            Byline.Role role = c.group(1).equals("通讯员") ? Byline.Role.CORRESPONDENT : Byline.Role.REPORTER;
            pos = c.end();
            int before = bylines.size();
            // an unspaced name (记者张三) is only read in a credit that is surely one: after 本报讯 or a bracket
            boolean sure = led || c.group().contains("（") || c.group().contains("(");
            pos = readNames(para, pos, role, bylines, sure);
            if (bylines.size() == before) break;
            Matcher sep = SEP.matcher(para);
            if (sep.find(pos) && sep.start() == pos && pos < para.length() && !lookingAtCredit(para, sep.end())) break;
            if (para.startsWith("）", pos) || para.startsWith(")", pos)) pos++;
        }
        return new Result(bylines, place, month, day, pos);
    }

    private static boolean lookingAtCredit(String para, int at) {
        Matcher c = CREDIT.matcher(para);
        return c.find(at) && c.start() == at;
    }

    private static int readNames(String para, int pos, Byline.Role role, List<Byline> out, boolean unspacedAllowed) {
        while (pos < para.length()) {
            Matcher n = NAME.matcher(para);
            if (n.find(pos) && n.start() == pos && !isCreditWord(n.group(1))) {
                out.add(new Byline(n.group(1), role, n.start(1), n.end(1)));
                pos = n.end();
            } else if (unspacedAllowed && (out.isEmpty() || out.get(out.size() - 1).end() < pos - 2)) {
                Matcher u = UNSPACED.matcher(para);
                if (u.find(pos) && u.start() == pos && !isCreditWord(u.group(1))) {
                    out.add(new Byline(u.group(1), role, u.start(1), u.end(1)));
                    pos = u.end();
                }
                return pos;
            } else {
                return pos;
            }
            // several names separated by spaces (本报记者 X Y); stop before body text or another credit
            Matcher sep = SEP.matcher(para);
            if (!(sep.find(pos) && sep.start() == pos)) return pos;
            int next = sep.end();
            Matcher n2 = NAME.matcher(para);
            if (lookingAtCredit(para, pos) || !(n2.find(next) && n2.start() == next) || isCreditWord(n2.group(1))) return pos;
            pos = next;
        }
        return pos;
    }

    private static boolean isCreditWord(String s) {
        return s.startsWith("记者") || s.startsWith("通讯员") || s.startsWith("实习生") || s.endsWith("摄");
    }

    /** The date of a dateline's month and day, in the year of {@code reference} (or the year before if that would be in the future). */
    public static Optional<LocalDate> resolve(Optional<Integer> month, Optional<Integer> day, Optional<LocalDate> reference) {
        if (month.isEmpty() || reference.isEmpty()) return Optional.empty();
        try {
            LocalDate d = LocalDate.of(reference.get().getYear(), month.get(), day.get());
            return Optional.of(d.isAfter(reference.get().plusDays(7)) ? d.minusYears(1) : d);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
