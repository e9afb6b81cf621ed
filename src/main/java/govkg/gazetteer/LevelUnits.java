package govkg.gazetteer;

import govkg.lexicon.LexiconKind;
import govkg.lexicon.Lexicons;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The unit words of division names and their levels (level-units.txt): 省 and 自治区 the province, 市 州 盟 the city,
 * 县 区 旗 the county, 镇 乡 街道 the township, 村 社区 the village. The one home of the "level characters" the
 * extractors test names against. Immutable; thread-safe.
 */
public final class LevelUnits {
    private final Map<String, AdminLevel> levels = new HashMap<>();
    /** The one-character units of each level, as a string to test a character against. */
    private final Map<AdminLevel, String> chars = new EnumMap<>(AdminLevel.class);

    public LevelUnits(Lexicons lex) {
        for (AdminLevel l : AdminLevel.values()) chars.put(l, "");
        lex.entries(LexiconKind.LEVEL_UNIT).forEach((unit, value) -> {
            AdminLevel l = AdminLevel.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            levels.put(unit, l);
            if (unit.length() == 1) chars.merge(l, unit, String::concat);
        });
    }

    /** The level a unit word names (市 → CITY), or null when it is no unit. */
    public AdminLevel level(String unit) {
        return levels.get(unit);
    }

    /** The one-character units from level {@code highest} down to {@code lowest}, e.g. 省市州盟县区旗 for PROVINCE..COUNTY. */
    public String chars(AdminLevel highest, AdminLevel lowest) {
        StringBuilder b = new StringBuilder();
        for (AdminLevel l : AdminLevel.values())
            if (l.compareTo(highest) >= 0 && l.compareTo(lowest) <= 0) b.append(chars.get(l));
        return b.toString();
    }

    /** The units (of any length) from level {@code highest} down to {@code lowest}, longest first. */
    public java.util.List<String> units(AdminLevel highest, AdminLevel lowest) {
        java.util.List<String> out = new java.util.ArrayList<>();
        // entries come longest first
        levels.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                .forEach(u -> { AdminLevel l = levels.get(u); if (l.compareTo(highest) >= 0 && l.compareTo(lowest) <= 0) out.add(u); });
        return java.util.List.copyOf(out);
    }
}
