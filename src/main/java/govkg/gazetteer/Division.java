package govkg.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One administrative division of the statistical code table: its code (2/4/6/9/12 digits), its
 * official name as the table gives it (e.g. 庐山社区居委会), its level and its parent's code (null
 * for a province). Immutable; thread-safe.
 *
 * <p>Besides the official name a division is known by {@link #aliases()} (other full forms:
 * 街道 ↔ 街道办事处, 社区 ↔ 社区居委会) and {@link #shortForms()} (南京市 → 南京, 新疆维吾尔自治区 →
 * 新疆, 建邺区 → 建邺). Whether a short form may stand on its own in text is decided by the
 * {@link Gazetteer}, which sees all names at once.
 */
public record Division(String code, String name, AdminLevel level, String parentCode) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (code.length() != level.codeLength()) {
            throw new IllegalArgumentException("code " + code + " is not of level " + level);
        }
        if ((parentCode == null) != (level == AdminLevel.PROVINCE)) {
            throw new IllegalArgumentException("parent of " + code + ": " + parentCode);
        }
    }

    /** A division whose level and parent follow from its code. */
    public static Division of(String code, String name) {
        AdminLevel level = AdminLevel.ofCode(code);
        AdminLevel up = level.parent();
        return new Division(code, name, level, up == null ? null : code.substring(0, up.codeLength()));
    }

    /** Other full forms of the name (社区 for 社区居委会, 街道办事处 for 街道), without the name itself. */
    public List<String> aliases() {
        return NameForms.aliases(name, level);
    }

    /** Forms without the generic suffix (南京, 西藏, 建邺); empty for names that have none. */
    public List<String> shortForms() {
        return NameForms.shortForms(name, level);
    }

    /** The official name, then the aliases, then the short forms. */
    public List<String> names() {
        var all = new LinkedHashSet<String>();
        all.add(name);
        all.addAll(aliases());
        all.addAll(shortForms());
        return new ArrayList<>(all);
    }

    /** True when this division lies (strictly) inside the division with code {@code ancestorCode}. */
    public boolean isWithin(String ancestorCode) {
        return code.length() > ancestorCode.length() && code.startsWith(ancestorCode);
    }

    /** True for the structural placeholders of the table (市辖区, 县, 省直辖县级行政区划 …). */
    public boolean isPlaceholder() {
        return NameForms.isPlaceholder(name);
    }
}
