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
 * Organizations named by military and movement grammar rather than by a body's suffix: historical and foreign armies
 * (湘军, 国民党军: army-factions.txt; 俄军: a country's short form), numbered units of a faction (红五军, 红一军团第三军), a numbered unit stated
 * after a larger one in the sentence (…第4军参谋长兼第28团团长 → …第4军第28团), a quoted unit right after a force's
 * name (某某卫队“某某旅”) and a quoted foreign movement (“某某运动” with a transliterated name). Thread-safe.
 */
final class OrganizationUnits {
    private static final String DIGITS = "一二三四五六七八九十百零〇0123456789";
    /** At most this many characters inside quotation marks for a unit's or movement's name. */
    private static final int MAX_QUOTED = 12;
    /** The echelons of military-unit-heads.txt, largest first. */
    private static final List<String> ECHELONS = List.of("front", "corps", "army", "division", "brigade", "regiment", "battalion", "company");

    private final Lexicons lex;
    private final String extractor;
    private final TermIndex unitHeads;
    /** Rank of each head's echelon: 0 for the largest (front); force heads have none. */
    private final Map<String, Integer> rank = new HashMap<>();
    private final TermIndex namedFactions, numberedFactions, movementHeads;
    private final Set<String> transliteration;
    private final Map<String, String> countryAbbreviations;

    OrganizationUnits(Lexicons lex, String extractor) {
        this.lex = lex;
        this.extractor = extractor;
        this.unitHeads = lex.index(LexiconKind.MILITARY_UNIT_HEAD);
        List<String> echelons = ECHELONS;
        lex.entries(LexiconKind.MILITARY_UNIT_HEAD).forEach((head, echelon) -> {
            if (!echelon.equals("force")) rank.put(head, echelons.indexOf(echelon));
        });
        this.namedFactions = lex.index(LexiconKind.ARMY_FACTION, "named");
        this.numberedFactions = lex.index(LexiconKind.ARMY_FACTION, "numbered");
        this.movementHeads = lex.index(LexiconKind.FOREIGN_MOVEMENT_HEAD);
        this.transliteration = lex.words(LexiconKind.TRANSLITERATION);
        this.countryAbbreviations = lex.entries(LexiconKind.COUNTRY_ABBREVIATION);
    }

    /** Adds the mentions found to {@code a}; returns the spans they cover ({begin, end}). */
    List<int[]> find(ArticleAnalysis a) {
        List<int[]> spans = new ArrayList<>();
        for (Token t : a.tokens()) {
            int end = factionArmy(a, t);
            if (end < 0) end = countryArmy(a, t);
            if (end < 0) end = numberedFactionUnit(a, t);
            if (end < 0) end = numberedSubUnit(a, t);
            if (end > 0) spans.add(new int[]{t.begin(), end});
        }
        quotedUnits(a, spans);
        quotedMovements(a, spans);
        return spans;
    }

    /** 湘军, 国民党军, 日军: a faction and 军 as whole words; adds the army and returns its end, or -1. */
    private int factionArmy(ArticleAnalysis a, Token t) {
        String text = a.text(), faction = namedFactions.startingAt(text, t.begin(), 1);
        if (faction == null) return -1;
        int end = t.begin() + faction.length() + 1;
        if (end > text.length() || text.charAt(end - 1) != '军' || !endsToken(a, end)) return -1;
        a.add(unit(text, text.substring(t.begin(), end), Set.of(), t.begin(), end));
        return end;
    }

    /**
     * 俄军, 美军: a country's one-character short form (country-abbreviations.txt) and 军 as a whole word name the
     * country's armed forces; adds them and returns their end, or -1.
     */
    private int countryArmy(ArticleAnalysis a, Token t) {
        String text = a.text();
        int end = t.begin() + 2;
        if (end > text.length() || text.charAt(end - 1) != '军' || !endsToken(a, end)) return -1;
        String country = countryAbbreviations.get(text.substring(t.begin(), t.begin() + 1));
        if (country == null) return -1;
        Map<String, String> attrs = attrs("foreign");
        attrs.put("country", country);
        String name = text.substring(t.begin(), end);
        a.add(new Mention(EntityType.ORGANIZATION, name, Set.of(), name, t.begin(), end, extractor, Confidence.PATTERN, attrs));
        return end;
    }

    /**
     * 红五军, 红一军团第三军: a numbering faction, a number and a unit head, then any smaller numbered unit of it; adds
     * each (the smaller one as part of the larger) and returns the end, or -1.
     */
    private int numberedFactionUnit(ArticleAnalysis a, Token t) {
        String text = a.text(), faction = numberedFactions.startingAt(text, t.begin(), 1);
        if (faction == null) return -1;
        int end = numberedHeadEnd(text, t.begin() + faction.length(), Integer.MAX_VALUE);
        if (end < 0 || !endsToken(a, end)) return -1;
        Mention unit = unit(text, text.substring(t.begin(), end), Set.of(), t.begin(), end);
        a.add(unit);
        while (end < text.length() && text.charAt(end) == '第') {
            int sub = numberedHeadEnd(text, end + 1, rank.get(unitHeads.endOf(unit.label())));
            if (sub < 0 || !endsToken(a, sub)) break;
            Mention part = unit(text, unit.label() + text.substring(end, sub), Set.of(), t.begin(), sub);
            a.add(part);
            a.add(new Relation(part, Relation.Kind.SUB_ORGANIZATION_OF, unit, t.begin(), sub, extractor, Confidence.PATTERN));
            unit = part;
            end = sub;
        }
        return end;
    }

    /**
     * …第4军参谋长兼第28团团长: a numbered unit standing alone after a word that ends a clause (兼, 任, a comma) is a unit
     * of the nearest larger numbered unit the sentence named before it; adds it, labelled with that unit's name, and
     * returns its end, or -1.
     */
    private int numberedSubUnit(ArticleAnalysis a, Token t) {
        String text = a.text();
        int pos = t.begin();
        if (!t.word().equals("第") && !t.word().startsWith("第") || pos == 0 || !standsAlone(a, pos)) return -1;
        int end = numberedHeadEnd(text, pos + 1, Integer.MAX_VALUE);
        if (end < 0 || !endsToken(a, end)) return -1;
        Integer own = rank.get(unitHeads.endOf(text.substring(pos, end)));
        Mention parent = null;
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) {
            if (m.end() > pos || sentenceEnds(text, m.end(), pos) || parent != null && parent.end() > m.end()) continue;
            String head = unitHeads.endOf(m.label());
            Integer r = head == null ? null : rank.get(head);
            if (r != null && r < own && numbered(m.label(), head)) parent = m;
        }
        if (parent == null) return -1;
        String surface = text.substring(pos, end);
        Mention unit = unit(text, parent.label() + surface, Set.of(surface), pos, end);
        a.add(unit);
        a.add(new Relation(unit, Relation.Kind.SUB_ORGANIZATION_OF, parent, pos, end, extractor, Confidence.PATTERN));
        return end;
    }

    /** A name ending in a numbered unit (第4军, 红五军): a numeral right before its head. */
    private static boolean numbered(String label, String head) {
        int at = label.length() - head.length() - 1;
        return at >= 0 && DIGITS.indexOf(label.charAt(at)) >= 0;
    }

    /** Whether the word before {@code pos} ends a clause: punctuation, a verb (兼, 任) or a list mark. */
    private static boolean standsAlone(ArticleAnalysis a, int pos) {
        Token before = a.tokenCovering(pos - 1);
        if (before == null || !TextScan.isHan(before.word())) return true;
        return before.end() == pos && before.nature().startsWith("v");
    }

    /**
     * The end of a number then a unit head of a rank below {@code above} (a smaller unit) starting at {@code at}
     * (五军, 28团, 一军团), or -1.
     */
    private int numberedHeadEnd(String text, int at, int above) {
        int e = at;
        while (e < text.length() && DIGITS.indexOf(text.charAt(e)) >= 0) e++;
        if (e == at || e - at > 4) return -1;
        String head = unitHeads.startingAt(text, e, 1);
        Integer r = head == null ? null : rank.get(head);
        return r != null && r > -1 && (above == Integer.MAX_VALUE || r > above) ? e + head.length() : -1;
    }

    /**
     * 某某卫队“某某旅”: a quoted name with a unit head right after a military or foreign force's name is a unit of it;
     * added with the quoted name as its label.
     */
    private void quotedUnits(ArticleAnalysis a, List<int[]> spans) {
        String text = a.text();
        for (Mention m : a.mentions(EntityType.ORGANIZATION)) {
            String kind = m.attr("orgKind");
            if (!"military".equals(kind) && !"foreign".equals(kind)) continue;
            int close = closingQuote(text, m.end());
            if (close < 0) continue;
            String name = text.substring(m.end() + 1, close), head = unitHeads.endOf(name);
            if (head == null || name.length() <= head.length()) continue;
            Mention unit = new Mention(EntityType.ORGANIZATION, name, Set.of(m.label() + name), name, m.end() + 1, close,
                    extractor, Confidence.PATTERN, attrs(kind));
            a.add(unit);
            a.add(new Relation(unit, Relation.Kind.SUB_ORGANIZATION_OF, m, m.begin(), close + 1, extractor, Confidence.PATTERN));
            spans.add(new int[]{m.end() + 1, close});
        }
    }

    /** “某某运动”: a transliterated name and a movement's head in quotation marks name a foreign movement. */
    private void quotedMovements(ArticleAnalysis a, List<int[]> spans) {
        String text = a.text();
        for (int open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
            int close = closingQuote(text, open);
            if (close < 0) continue;
            String name = text.substring(open + 1, close), head = movementHeads.endOf(name);
            if (head == null || name.length() < head.length() + 2 || !transliterated(name.substring(0, name.length() - head.length())))
                continue;
            a.add(new Mention(EntityType.ORGANIZATION, name, Set.of(), name, open + 1, close, extractor, Confidence.PATTERN, attrs("foreign")));
            spans.add(new int[]{open + 1, close});
        }
    }

    private boolean transliterated(String s) {
        for (int i = 0; i < s.length(); i++) if (!transliteration.contains(String.valueOf(s.charAt(i)))) return false;
        return true;
    }

    /** The closing mark of a short Han name quoted at {@code open} (a “), or -1. */
    private static int closingQuote(String text, int open) {
        if (open >= text.length() || text.charAt(open) != '“') return -1;
        int close = text.indexOf('”', open + 1);
        if (close < 0 || close - open - 1 < 2 || close - open - 1 > MAX_QUOTED || !TextScan.isHan(text.substring(open + 1, close))) return -1;
        return close;
    }

    /** Whether a word ends at {@code end}: at a token's end, before a non-Han character or before a title (军长). */
    private boolean endsToken(ArticleAnalysis a, int end) {
        String text = a.text();
        if (end >= text.length() || !TextScan.isHan(text.charAt(end))) return true;
        Token t = a.tokenCovering(end - 1);
        return t == null || t.end() == end || lex.roleIndex.startingAt(text, end, 2) != null;
    }

    private static boolean sentenceEnds(String text, int from, int to) {
        for (int i = from; i < to; i++) if ("。！？!?\n".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    private Mention unit(String text, String label, Set<String> aliases, int begin, int end) {
        Set<String> names = new LinkedHashSet<>(aliases);
        names.remove(label);
        return new Mention(EntityType.ORGANIZATION, label, names, text.substring(begin, end), begin, end, extractor, Confidence.PATTERN,
                attrs("military"));
    }

    private static Map<String, String> attrs(String kind) {
        Map<String, String> attrs = new HashMap<>();
        attrs.put("orgKind", kind);
        return attrs;
    }
}
