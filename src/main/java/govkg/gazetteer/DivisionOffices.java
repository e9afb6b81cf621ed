package govkg.gazetteer;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offices of townships and villages (division-offices.txt): 南苑街道办事处 is 南苑街道, 庐山社区居委会 庐山社区,
 * 小岗村民委员会 小岗村. Folds an office's name to the division's, lists a division's office names, and reads an
 * office after a village's name in a text. The one home of these suffixes. Immutable; thread-safe.
 */
public final class DivisionOffices {
    private static volatile DivisionOffices builtIn;

    /** Office → unit, longest office first. */
    private final Map<String, String> offices;
    private final LevelUnits units;

    public DivisionOffices(Lexicons lex) {
        this.offices = lex.entries(LexiconKind.DIVISION_OFFICE);
        this.units = new LevelUnits(lex);
    }

    /** The offices of the bundled lexicon, for the gazetteer's name forms, which are built once for all runs. */
    public static DivisionOffices builtIn() {
        if (builtIn == null) builtIn = new DivisionOffices(Lexicons.builtIn());
        return builtIn;
    }

    /** A digest of the list, part of the saved name automaton's fingerprint. */
    long fingerprint() {
        return offices.toString().hashCode();
    }

    private boolean ofLevel(String unit, AdminLevel level) {
        return level == null || units.level(unit) == level;
    }

    /**
     * The division's name for an office's name of {@code level} (null: any): the longest office it ends in replaced by
     * its unit (王庄村民委员会 → 王庄村, 东街居委会 → 东街社区); the name itself when it ends in none.
     */
    public String fold(String name, AdminLevel level) {
        for (Map.Entry<String, String> o : offices.entrySet()) {
            String office = o.getKey();
            if (name.endsWith(office) && name.length() > office.length() && ofLevel(o.getValue(), level))
                return name.substring(0, name.length() - office.length()) + o.getValue();
        }
        return name;
    }

    /** The names of a division's offices that start with its unit, shortest first (小岗村 → 小岗村委会, 小岗村民委员会). */
    public List<String> officeNames(String name, AdminLevel level) {
        List<String> out = new ArrayList<>(2);
        for (Map.Entry<String, String> o : offices.entrySet()) {
            String unit = o.getValue();
            if (o.getKey().startsWith(unit) && name.endsWith(unit) && ofLevel(unit, level))
                out.add(0, name.substring(0, name.length() - unit.length()) + o.getKey());
        }
        return out;
    }

    /**
     * The end of the office written right after a name ending in {@code unit} at {@code end} (庐山社区|居委会, 小岗村|村委会,
     * or sharing the unit: 小岗村|委会 of 村委会), or {@code end} when none follows.
     */
    public int officeEnd(String text, int end, String unit) {
        for (Map.Entry<String, String> o : offices.entrySet()) {
            if (!o.getValue().equals(unit)) continue;
            String office = o.getKey();
            if (text.startsWith(office, end)) return end + office.length();
            if (office.startsWith(unit) && text.startsWith(office.substring(unit.length()), end)) return end + office.length() - unit.length();
        }
        return end;
    }
}
