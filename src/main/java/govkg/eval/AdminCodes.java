package govkg.eval;

/**
 * Division codes compared at their own level: 540000 and 54 are the same province, 540100 and 5401 the
 * same city, 540102000000 and 540102 the same county, 540102001000 and 540102001 the same township.
 */
public final class AdminCodes {
    private AdminCodes() {}

    /** The code with the zero padding of its level removed. */
    public static String atOwnLevel(String code) {
        String c = code.trim();
        if (c.length() == 6 && c.endsWith("0000")) return c.substring(0, 2);
        if (c.length() == 6 && c.endsWith("00")) return c.substring(0, 4);
        if (c.length() == 12 && c.endsWith("000000")) return atOwnLevel(c.substring(0, 6));
        if (c.length() == 12 && c.endsWith("000")) return c.substring(0, 9);
        return c;
    }

    public static boolean same(String a, String b) {
        return atOwnLevel(a).equals(atOwnLevel(b));
    }
}
