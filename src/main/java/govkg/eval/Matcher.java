package govkg.eval;

/**
 * Whether a system entity matches a gold line (names compared after {@link Names#normalize}):
 * <ul>
 *   <li>post: the member has the gold key as a name, and some title ENDS WITH an accepted title
 *       (市委常委、政法委书记 ends with 政法委书记)</li>
 *   <li>event: some label CONTAINS an accepted name (the system's label may carry the date or the place)</li>
 *   <li>place: when both have a division code, the codes at their own level ({@link AdminCodes}); otherwise
 *       some label is an accepted name</li>
 *   <li>others: some label is an accepted name</li>
 * </ul>
 */
public final class Matcher {
    private Matcher() {}

    public static boolean matches(GoldEntry g, SystemEntity s) {
        return switch (g.type()) {
            case POST -> s.names().contains(g.key())
                    && s.labels().stream().anyMatch(t -> g.names().stream().anyMatch(t::endsWith));
            case EVENT -> s.labels().stream().anyMatch(l -> g.names().stream().anyMatch(l::contains));
            case PLACE -> g.code().isPresent() && !s.codes().isEmpty()
                    ? s.codes().stream().anyMatch(c -> AdminCodes.same(c, g.code().get()))
                    : s.labels().stream().anyMatch(g.names()::contains);
            default -> s.labels().stream().anyMatch(g.names()::contains);
        };
    }
}
