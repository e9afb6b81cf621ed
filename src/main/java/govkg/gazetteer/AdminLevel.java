package govkg.gazetteer;

/**
 * The five levels of China's statistical division codes, each with its code length:
 * province 2 digits, city 4, county 6, township (乡镇/街道) 9, village (村/社区) 12.
 * Immutable; thread-safe.
 */
public enum AdminLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int codeLength;

    AdminLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** Number of digits of a code of this level. */
    public int codeLength() {
        return codeLength;
    }

    /** The level of a code, by its length. */
    public static AdminLevel ofCode(String code) {
        for (AdminLevel l : values()) {
            if (l.codeLength == code.length()) return l;
        }
        throw new IllegalArgumentException("not a division code: " + code);
    }

    /** The level whose code length is this one's parent's, or null for PROVINCE. */
    public AdminLevel parent() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
