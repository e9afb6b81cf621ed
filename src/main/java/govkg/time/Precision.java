package govkg.time;

/** How much of a date the text gives: a day (3月5日), a month (2013年7月, 上月) or a year (去年). */
public enum Precision {
    DAY, MONTH, YEAR;

    /** The lowercase name used in attributes and docs ("day", "month", "year"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Precision byId(String id) {
        for (Precision p : values()) if (p.id().equals(id)) return p;
        return null;
    }
}
