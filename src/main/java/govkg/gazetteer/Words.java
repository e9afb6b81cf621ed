package govkg.gazetteer;

import java.util.Arrays;

/**
 * The words of a text as a segmenter cut it (begin, end and part of speech of each), so that a place name found
 * by the automaton can be checked against them: a name that starts or ends inside a word (快于|城镇 → 于城镇,
 * 大病保险和|县级 → 和县) is no name. The gazetteer does not segment; the caller passes what its segmenter
 * gave, or {@link #NONE} (no check). Immutable; thread-safe.
 */
public final class Words {

    /** No segmentation: no name is ever said to cut a word. */
    public static final Words NONE = new Words(0, new int[0], new int[0], new String[0]);

    private final int[] begin;
    private final int[] end;
    private final String[] nature;
    private final int[] wordAt; // index of the word covering each character, -1 where none

    private Words(int length, int[] begin, int[] end, String[] nature) {
        this.begin = begin;
        this.end = end;
        this.nature = nature;
        wordAt = new int[length];
        Arrays.fill(wordAt, -1);
        for (int k = 0; k < begin.length; k++) {
            for (int p = Math.max(0, begin[k]); p < end[k] && p < length; p++) wordAt[p] = k;
        }
    }

    /**
     * The words of a text of {@code length} characters: word k covers {@code begins[k]..ends[k]} and has the
     * part of speech {@code natures[k]} (HanLP's tags: nr person, ns place, nt organization, nis institution
     * suffix …).
     */
    public static Words of(int length, int[] begins, int[] ends, String[] natures) {
        if (begins.length != ends.length || begins.length != natures.length) throw new IllegalArgumentException("unequal arrays");
        return new Words(length, begins.clone(), ends.clone(), natures.clone());
    }

    boolean isEmpty() {
        return begin.length == 0;
    }

    /** The index of the word covering character {@code pos}, or -1. */
    int at(int pos) {
        return pos < 0 || pos >= wordAt.length ? -1 : wordAt[pos];
    }

    int begin(int word) {
        return begin[word];
    }

    int end(int word) {
        return end[word];
    }

    boolean isPersonName(int word) {
        return nature[word].startsWith("nr");
    }

    boolean isPlaceName(int word) {
        return nature[word].startsWith("ns");
    }

    /** A proper name HanLP does not type further (nz). */
    boolean isOtherName(int word) {
        return nature[word].startsWith("nz");
    }

    /** An organization or the suffix of an institution (市委, 县政协: HanLP nis, nt). */
    boolean isOrgan(int word) {
        return nature[word].startsWith("nis") || nature[word].startsWith("nt");
    }
}
