package govkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * HanLP alone, as a user of HanLP would call it: Viterbi segmentation with person, place and
 * organization recognition and offsets, nothing of ours around it. The benchmark's floor: the cost
 * of any HanLP-based extractor. Thread-safe once built (segmenting is; see {@link HanLpAdapter}).
 */
public final class BareSegmenter {
    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true);

    /** Segments {@code text} and returns the number of terms (returned so the work cannot be optimized away). */
    public int segment(String text) {
        return segment.seg(text).size();
    }
}
