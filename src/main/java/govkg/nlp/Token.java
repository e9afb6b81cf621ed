package govkg.nlp;

/** One word of the segmentation: its text, HanLP part-of-speech nature (nr, ns, nt, v …) and start offset. */
public record Token(String word, String nature, int begin) {
    public int end() {
        return begin + word.length();
    }

    public boolean isPersonName() {
        return nature.startsWith("nr");
    }

    public boolean isPlaceName() {
        return nature.startsWith("ns");
    }

    public boolean isOrganizationName() {
        return nature.startsWith("nt");
    }
}
