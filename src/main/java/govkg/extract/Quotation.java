package govkg.extract;

/** Words in quotation marks attributed to a speaker (…”仪陇县政府相关负责人表示). */
public record Quotation(Mention speaker, String text, int begin, int end, String extractor,
                        double confidence) implements Fact {
    @Override public <R> R accept(Visitor<R> v) { return v.quotation(this); }
}
