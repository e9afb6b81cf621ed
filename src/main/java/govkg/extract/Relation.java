package govkg.extract;

/** A link between two mentioned entities, with the span of text that supports it. */
public record Relation(Mention subject, Kind kind, Mention object, int begin, int end,
                       String extractor, double confidence) implements Fact {

    public enum Kind {
        /** organization → place it serves (泉州市公安局 → 泉州市) */
        JURISDICTION,
        /** organization → organization it belongs to (市中分局 → 济南市公安局) */
        SUB_ORGANIZATION_OF,
        /** program → organization that launches or implements it */
        IMPLEMENTED_BY,
        /** program → place where it runs */
        IMPLEMENTED_IN,
        /** document → organization that issued it */
        ISSUED_BY,
        /** event → place where it happened */
        EVENT_PLACE,
        /** event → person or organization taking part */
        PARTICIPANT,
        /** event → organization that convened it */
        ORGANIZED_BY,
        /** program → the broader program it is part of (一带一路科技创新行动 → 一带一路) */
        BROADER
    }

    @Override public <R> R accept(Visitor<R> v) { return v.relation(this); }
}
