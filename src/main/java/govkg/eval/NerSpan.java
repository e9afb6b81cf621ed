package govkg.eval;

/**
 * A labelled span of a sentence: {@code label} is the corpus's type (name, government, PER …) or, for a
 * prediction, the benchmark category; {@code end} is exclusive.
 */
public record NerSpan(String label, int begin, int end) {
    public NerSpan {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    public boolean overlaps(NerSpan o) {
        return begin < o.end && o.begin < end;
    }
}
