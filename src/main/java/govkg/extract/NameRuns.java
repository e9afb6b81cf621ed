package govkg.extract;

import govkg.lexicon.Lexicons;
import govkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Full names printed one after another without separators, as member lists are (王立新李国栋张建华…, a congress's
 * presidium or a committee's members in stroke order). HanLP's segmentation often joins the end of one name to the
 * start of the next (国栋张/nr), so the run is parsed as a whole: the cover of the run by pieces of a name's shape
 * (a surname and one or two characters) that agrees best with the names HanLP does see. A run counts only when it
 * holds several names HanLP agrees on and starts and ends where HanLP's words do; two short pieces of an unknown
 * word (呼格/nr 吉勒/nr) are no list. Thread-safe.
 */
final class NameRuns {
    /** Fewest names in a run without separators; a run of two needs both read by HanLP, one of three characters. */
    private static final int MIN_NAMES = 2;
    /** Cost of a character left out of every name: lists are dense, so a parse that leaves fewer out is better. */
    private static final double SKIP = 2;
    /** Fewest of them HanLP must read exactly as names. */
    private static final int MIN_AGREED = 2;
    /** Share of a run's names HanLP must read exactly (or of which it reads the start or end). */
    private static final double MIN_SHARE = 0.5;

    private final Lexicons lex;
    private final PersonNames names;
    private final ForeignNames foreign;

    NameRuns(Lexicons lex, PersonNames names, ForeignNames foreign) {
        this.lex = lex;
        this.names = names;
        this.foreign = foreign;
    }

    /** Spans {begin, end} of the names of every run of names without separators in the article. */
    List<int[]> find(ArticleAnalysis a) {
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); ) {
            // a stretch of Han tokens; only one with two or more of HanLP's names is worth parsing
            int j = i, persons = 0;
            while (j < tokens.size() && TextScan.isHan(tokens.get(j).word())) {
                if (tokens.get(j).nature().equals("nr")) persons++;
                j++;
            }
            if (j == i) { i++; continue; }
            if (persons >= MIN_AGREED) parse(a, tokens.get(i).begin(), tokens.get(j - 1).end(), out);
            i = j;
        }
        return out;
    }

    /** Best cover of [from, to) by name pieces and skipped characters, and its runs of adjacent pieces that pass. */
    private void parse(ArticleAnalysis a, int from, int to, List<int[]> out) {
        String text = a.text();
        int n = to - from;
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];      // length of the step that reaches i: 1 = a skipped character (or a piece of one), >1 = a piece
        boolean[] piece = new boolean[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        // after a dot the first characters finish a dotted name (克尤木·巴吾东), never start a list
        boolean afterDot = from > 0 && ForeignNames.isDot(text.charAt(from - 1));
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.NEGATIVE_INFINITY) continue;
            if (best[i] - SKIP > best[i + 1]) { best[i + 1] = best[i] - SKIP; back[i + 1] = 1; piece[i + 1] = false; }
            if (afterDot && i == 0) continue;
            for (int len = 2; len <= 4 && i + len <= n; len++) {
                double s = pieceScore(a, from + i, from + i + len);
                if (s < 0) continue;
                if (best[i] + s > best[i + len]) { best[i + len] = best[i] + s; back[i + len] = len; piece[i + len] = true; }
            }
        }
        // walk back, collecting the pieces; a run of adjacent pieces is a candidate list
        List<int[]> pieces = new ArrayList<>();
        for (int i = n; i > 0; ) {
            if (piece[i]) pieces.add(0, new int[]{from + i - back[i], from + i});
            else pieces.add(0, null);
            i -= back[i];
        }
        List<int[]> run = new ArrayList<>();
        for (int k = 0; k <= pieces.size(); k++) {
            int[] p = k < pieces.size() ? pieces.get(k) : null;
            if (p != null) { run.add(p); continue; }
            // a run's first and last names need HanLP's word on them; a piece of a name's shape at an edge is often the
            // clause around the list (张龙赵虎都来了)
            while (!run.isEmpty() && !agrees(a, run.get(0))) run.remove(0);
            while (!run.isEmpty() && !agrees(a, run.get(run.size() - 1))) run.remove(run.size() - 1);
            if (!run.isEmpty() && accepted(a, run, to)) out.addAll(run);
            run = new ArrayList<>();
        }
    }

    /** Score of a name at [b, e), or -1 when it has no name's shape or another mention holds it. */
    private double pieceScore(ArticleAnalysis a, int b, int e) {
        String text = a.text();
        String s = text.substring(b, e);
        int surname = e - b >= 3 && lex.surnames.contains(s.substring(0, 2)) ? 2 : lex.surnames.contains(s.substring(0, 1)) ? 1 : 0;
        if (surname == 0 || s.length() - surname < 1 || s.length() - surname > 2 || !names.valid(s)) return -1;
        if (a.overlaps(b, e, EntityType.ORGANIZATION, EntityType.PLACE) || holdsClauseWord(a, b, e) || foreign.sideOfTalks(a, b, e)) return -1;
        double score = 0.5 + (s.length() - surname == 2 ? 0.5 : 0);
        Token t = a.tokenAt(b);
        if (t != null && t.end() == e && t.nature().equals("nr")) return score + 3;
        if (agreesInPart(a, b, e)) score += 1;
        return score;
    }

    /**
     * 李长春祝愿张丽莉: a verb, adverb or other clause word of two or more characters inside is no part of a name
     * (a given name read as a noun or a verbal noun, 厉/ag 有为/vn, is).
     */
    private static boolean holdsClauseWord(ArticleAnalysis a, int b, int e) {
        for (int at = b; at < e; ) {
            Token t = a.tokenCovering(at);
            if (t == null) return false;
            String n = t.nature();
            if (t.begin() >= b && t.end() <= e && t.word().length() >= 2 && !n.startsWith("n") && !n.equals("vn")
                    && (n.startsWith("v") || n.startsWith("d") || n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("r") || n.startsWith("a")))
                return true;
            at = t.end();
        }
        return false;
    }

    private static boolean agrees(ArticleAnalysis a, int[] p) {
        Token t = a.tokenAt(p[0]);
        return t != null && t.end() == p[1] && t.nature().equals("nr") || agreesInPart(a, p[0], p[1]);
    }

    /** HanLP reads a name that shares two characters with the piece (王志/nr 武王/n: 王志武; 赵/nz 永明钱/nr: 赵永明). */
    private static boolean agreesInPart(ArticleAnalysis a, int b, int e) {
        for (int at = b; at < e; ) {
            Token t = a.tokenCovering(at);
            if (t == null) return false;
            if (t.isPersonName() && Math.min(t.end(), e) - Math.max(t.begin(), b) >= 2) return true;
            at = t.end();
        }
        return false;
    }

    /**
     * 伊斯莫/nr 伊洛夫/nr: a run all of whose characters are of the transliteration table is one foreign name HanLP cut
     * into name-shaped pieces, not a list (Chinese names with no character outside the table are rare, and a list of
     * only such names rarer).
     */
    private boolean transliterated(ArticleAnalysis a, List<int[]> run) {
        for (int at = run.get(0)[0]; at < run.get(run.size() - 1)[1]; at++)
            if (!foreign.isTransliteration(a.text().charAt(at))) return false;
        return true;
    }

    /** Whether a run of adjacent pieces is a list: enough names, enough agreement, clean edges. */
    private boolean accepted(ArticleAnalysis a, List<int[]> run, int stretchEnd) {
        if (run.size() < MIN_NAMES || transliterated(a, run)) return false;
        int exact = 0, agreed = 0;
        for (int[] p : run) {
            Token t = a.tokenAt(p[0]);
            if (t != null && t.end() == p[1] && t.nature().equals("nr")) exact++;
            else if (agreesInPart(a, p[0], p[1])) agreed++;
        }
        if (exact < MIN_AGREED || exact + agreed < MIN_SHARE * run.size()) return false;
        if (run.size() == 2 && (exact < 2 || run.get(0)[1] - run.get(0)[0] < 3 && run.get(1)[1] - run.get(1)[0] < 3)) return false;
        // the run starts and ends where words of HanLP's do (an unusual name between two runs is one word: 热地)
        int begin = run.get(0)[0], end = run.get(run.size() - 1)[1];
        Token before = begin > 0 ? a.tokenCovering(begin - 1) : null, after = a.tokenCovering(end);
        return (before == null || before.end() == begin) && (end == stretchEnd || after == null || after.begin() == end);
    }
}
