package govkg.eval;

/** Precision, recall and F1 from counts; 0 where a ratio has no denominator. */
public record Prf(double precision, double recall, double f1) {

    public static Prf of(int tp, int fp, int gold) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = gold == 0 ? 0 : (double) tp / gold;
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
