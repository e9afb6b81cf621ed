package govkg.gazetteer;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;
import govkg.lexicon.TermIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves references to a place by its kind instead of its name (全区, 全省, 该市, 本县, 我区,
 * 自治区 …): to the place named right before (山东全省, confidence 0.85), else to the place its
 * paragraph is about (the one of that kind the paragraph's places name most: each mention 1, each ancestor
 * of a mention 0.5), else — when the paragraph names no place of that kind — to the text's main place of
 * that kind (the same count over the text plus the dateline place, 1.5), but only when it clearly leads
 * (at least twice the next). Confidence 0.6; a tie or an unclear lead leaves the reference unresolved.
 * Determiners, units and the words that make a look-alike no reference (安全区, 市场) are lexicon kinds.
 * Reads the text and the mentions found; appends to them. Thread-safe (no state besides the gazetteer
 * and the word lists).
 */
final class ReferenceFinder {

    private static final String AUTONOMOUS_REGION = "自治区";

    private final Gazetteer gazetteer;
    private final String determiners;
    private final TermIndex units;
    private final TermIndex blockers;
    private final TermIndex levelWords;
    private final LevelUnits levelUnits;

    ReferenceFinder(Gazetteer gazetteer, Lexicons lex) {
        this.levelUnits = new LevelUnits(lex);
        this.gazetteer = gazetteer;
        this.determiners = String.join("", lex.withValue(LexiconKind.PLACE_REFERENCE, "determiner"));
        this.units = lex.index(LexiconKind.PLACE_REFERENCE, "unit");
        this.blockers = lex.index(LexiconKind.REFERENCE_BLOCKER);
        this.levelWords = lex.index(LexiconKind.LEVEL_WORD);
    }

    void add(String text, List<PlaceMention> out, Division dateline) {
        var found = new ArrayList<PlaceMention>();
        for (int i = 0; i < text.length(); i++) {
            String unit = null;
            int begin = i;
            int end = i;
            if (text.startsWith(AUTONOMOUS_REGION, i)) {
                if (kindNotPlace(text, i)) continue;
                unit = AUTONOMOUS_REGION;
                end = i + 3;
            } else if (determiners.indexOf(text.charAt(i)) >= 0) {
                if (blockers.endingAt(text, i + 1) != null) continue; // 安全区, 基本市情
                unit = units.startingAt(text, i + 1, 1);
                if (unit != null) end = i + 1 + unit.length();
            }
            if (unit == null) continue;
            if (levelWords.startingAt(text, end - 1, 2) != null) continue; // 全市场, 本区域
            if (overlaps(out, begin, end)) continue;
            String surface = text.substring(begin, end);
            Division named = namedJustBefore(unit, out, begin);
            if (named != null) { // 山东全省, 北京全市: the place is named right before
                found.add(new PlaceMention(begin, end, surface, named, PlaceResolver.DATELINE, "reference"));
                i = end - 1;
                continue;
            }
            Map<Division, Double> inParagraph = paragraphPlaces(text, unit, out, begin);
            Division main = inParagraph.isEmpty() ? mainPlace(unit, out, dateline) : leader(inParagraph, 1.0);
            found.add(main == null
                    ? new PlaceMention(begin, end, surface, null, 0.2, "reference", List.of())
                    : new PlaceMention(begin, end, surface, main, PlaceResolver.REFERENCE, "reference"));
            i = end - 1;
        }
        out.addAll(found);
    }

    /** 5个自治区, 各自治区, 省（自治区、直辖市）: the kind, not a place. */
    private static boolean kindNotPlace(String text, int i) {
        if (i > 0 && "个各（(、".indexOf(text.charAt(i - 1)) >= 0) return true;
        return text.startsWith("、", i + 3);
    }

    /** The resolved place (or its ancestor) of the unit's kind whose mention ends where the reference begins. */
    private Division namedJustBefore(String unit, List<PlaceMention> out, int begin) {
        for (PlaceMention m : out) {
            if (m.end() != begin || !m.resolved() || m.isReference()) continue;
            if (fits(m.division(), unit)) return m.division();
            for (Division a : gazetteer.ancestors(m.code())) {
                if (fits(a, unit)) return a;
            }
        }
        return null;
    }

    /**
     * The places of the unit's kind the reference's paragraph (the text between line breaks) names, with their
     * scores; the leader decides, and a paragraph that names none leaves the decision to the whole text.
     */
    private Map<Division, Double> paragraphPlaces(String text, String unit, List<PlaceMention> out, int at) {
        var score = new HashMap<Division, Double>();
        int from = paragraphStart(text, at), to = paragraphEnd(text, at);
        for (PlaceMention m : out) {
            if (m.resolved() && !m.isReference() && m.begin() >= from && m.end() <= to) credit(score, m.division(), unit, 1.0);
        }
        return score;
    }

    /** The text's main place of the unit's kind: mentions and the dateline; it must lead the next by two to one. */
    private Division mainPlace(String unit, List<PlaceMention> out, Division dateline) {
        var score = new HashMap<Division, Double>();
        for (PlaceMention m : out) {
            if (m.resolved() && !m.isReference()) credit(score, m.division(), unit, 1.0);
        }
        if (dateline != null) credit(score, dateline, unit, 1.5);
        return leader(score, 2.0);
    }

    /** The division with the highest score, when it is at least {@code lead} times the second; else null. */
    private static Division leader(Map<Division, Double> score, double lead) {
        Division best = null;
        double top = 0, second = 0;
        for (var e : score.entrySet()) {
            double v = e.getValue();
            if (v > top) {
                second = top;
                top = v;
                best = e.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        if (best == null || second == top) return null;
        return second == 0 || top >= lead * second ? best : null;
    }

    private static int paragraphStart(String text, int at) {
        return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    }

    private static int paragraphEnd(String text, int at) {
        int e = text.indexOf('\n', at);
        return e < 0 ? text.length() : e;
    }

    private void credit(Map<Division, Double> score, Division d, String unit, double weight) {
        if (fits(d, unit)) score.merge(d, weight, Double::sum);
        for (Division a : gazetteer.ancestors(d.code())) {
            if (fits(a, unit)) score.merge(a, weight / 2, Double::sum);
        }
    }

    /**
     * Whether a division is of the kind a unit word names: its name ends in the unit and it is of the unit's level
     * (level-units.txt). Two readings of the grammar widen that: 市 names a county-level city too (全市 in a
     * county-level city's report), and 区 an autonomous region (全区 in 西藏自治区's).
     */
    boolean fits(Division d, String unit) {
        AdminLevel level = levelUnits.level(unit);
        String n = d.name();
        if (level == null || !n.endsWith(unit)) return false;
        if (d.level() == level) return true;
        if (unit.equals("市")) return d.level().compareTo(AdminLevel.COUNTY) <= 0;
        return unit.equals("区") && d.level() == AdminLevel.PROVINCE && n.endsWith(AUTONOMOUS_REGION);
    }

    private static boolean overlaps(List<PlaceMention> out, int begin, int end) {
        for (PlaceMention m : out) {
            if (m.begin() < end && begin < m.end()) return true;
        }
        return false;
    }
}
