package govkg.gazetteer;

/**
 * One key of the gazetteer's name automaton: the divisions the key names, whether the key is only a
 * short form of each, and whether the key is weak (an ordinary word, or a short form shared by
 * several counties) so that it may not stand on its own in text. Immutable after construction;
 * thread-safe.
 */
record NameEntry(String key, Division[] divisions, boolean[] shortForm, boolean weak) {

    int size() {
        return divisions.length;
    }

    /** An ordinary word holding a short form (安居乐业): matched only to keep the short form from matching. */
    boolean blocker() {
        return divisions.length == 0;
    }

    /** True when the key is a short form of every division it names (false for a blocker). */
    boolean allShort() {
        if (divisions.length == 0) return false;
        for (boolean s : shortForm) {
            if (!s) return false;
        }
        return true;
    }
}
