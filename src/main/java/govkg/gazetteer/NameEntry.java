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

    /** True when the key is a short form of every division it names. */
    boolean allShort() {
        for (boolean s : shortForm) {
            if (!s) return false;
        }
        return true;
    }
}
