package govkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a file's bytes are encoded: a BOM first (UTF-8, UTF-16LE/BE), then strict UTF-8,
 * then GB18030 (a superset of GBK and GB2312, the legacy encodings Chinese newsrooms still export).
 * Stateless and thread-safe.
 */
public final class EncodingDetector {

    /** The decoded text and the encoding it was read with. */
    public record Decoded(String text, Charset charset) {}

    private static final Charset GB18030 = Charset.forName("GB18030");

    private EncodingDetector() {}

    public static Decoded decode(byte[] bytes) throws CharacterCodingException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2), StandardCharsets.UTF_16BE);
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            // GB18030 maps every byte sequence, so a strict decode only fails on truncated input.
            return new Decoded(strict(GB18030, bytes, 0), GB18030);
        }
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
