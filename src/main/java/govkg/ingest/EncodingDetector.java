package govkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a file's bytes are encoded: a BOM first (UTF-8, UTF-16LE/BE), then strict UTF-8, then UTF-16
 * without a BOM (recognised by its pattern of zero bytes, or by decoding to Chinese text), then GB18030 (a
 * superset of GBK and GB2312, the legacy encodings Chinese newsrooms still export). GB18030 decodes almost any
 * byte sequence, so it is accepted only when the result reads as Chinese: its Han characters are mostly the
 * 3,755 common ones (GB2312 level 1) — mis-decoded UTF-8 and binary data fall into the rare ones. Anything else
 * is refused with the reason (binary, or the first byte that is not UTF-8). Stateless and thread-safe.
 */
public final class EncodingDetector {

    /** The decoded text and the encoding it was read with. */
    public record Decoded(String text, Charset charset) {}

    /** Bytes that are no text govkg reads, and why. */
    public static final class Undecodable extends CharacterCodingException {
        private final String reason;

        Undecodable(String reason) {
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");
    /** Least share of common characters among the Han characters of a text that really is Chinese. */
    private static final double MIN_COMMON_HAN = 0.6;
    /** Least share of plausible characters (Han, CJK punctuation, ASCII text) in BOM-less UTF-16. */
    private static final double MIN_PLAUSIBLE_UTF16 = 0.95;

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
        // zero bytes are valid UTF-8 but no text has them: UTF-16 of ASCII (or of 5月8日) does, so try it first
        if (indexOf(bytes, (byte) 0) >= 0) {
            Decoded utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) return utf16;
        }
        CharacterCodingException notUtf8;
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            notUtf8 = e;
        }
        Decoded utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) return utf16;
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) throw new Undecodable("looks binary (a zero byte at offset " + nul + ")");
        try {
            String gb = strict(GB18030, bytes, 0);
            if (readsAsChinese(gb)) return new Decoded(gb, GB18030);
        } catch (CharacterCodingException ignored) {
            // fall through to the UTF-8 diagnosis
        }
        int bad = firstInvalidUtf8(bytes);
        throw new Undecodable(controlShare(bytes) > 0.05 ? "looks binary (control bytes)"
                : "not valid UTF-8 (byte 0x" + Integer.toHexString(bytes[bad] & 0xFF).toUpperCase() + " at offset " + bad
                + "), nor UTF-16 or GB18030 Chinese text");
    }

    /**
     * UTF-16 without a BOM: even length, a decoding made of text characters, and either zero bytes all on one side
     * (the high bytes of ASCII) or Chinese.
     */
    private static Decoded utf16WithoutBom(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < b.length; i++) if (b[i] == 0) { if (i % 2 == 0) evenZeros++; else oddZeros++; }
        boolean zerosOneSide = Math.min(evenZeros, oddZeros) == 0 && Math.max(evenZeros, oddZeros) >= b.length / 16;
        Charset[] order = evenZeros > oddZeros ? new Charset[]{StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}
                : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        for (Charset cs : order) {
            try {
                String s = strict(cs, b, 0);
                if (s.indexOf('\0') < 0 && plausibleShare(s) >= MIN_PLAUSIBLE_UTF16 && (zerosOneSide || readsAsChinese(s)))
                    return new Decoded(s, cs);
            } catch (CharacterCodingException notThis) {
                // try the other byte order
            }
        }
        return null;
    }

    /** Has Han characters, mostly common ones, and no control characters besides line breaks and tabs. */
    static boolean readsAsChinese(String s) {
        CharsetEncoder gb2312 = GB2312.newEncoder();
        int han = 0, common = 0, controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
            if (!HanScript.is(c)) continue;
            han++;
            if (isCommonHan(gb2312, c)) common++;
        }
        return han > 0 && controls == 0 && common >= MIN_COMMON_HAN * han;
    }

    /** GB2312 level 1 (rows 16–55, first byte 0xB0–0xD7): the 3,755 most used characters. */
    private static boolean isCommonHan(CharsetEncoder gb2312, char c) {
        if (!gb2312.canEncode(c)) return false;
        try {
            ByteBuffer enc = gb2312.encode(java.nio.CharBuffer.wrap(new char[]{c}));
            int lead = enc.get(0) & 0xFF;
            return lead >= 0xB0 && lead <= 0xD7;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static double plausibleShare(String s) {
        if (s.isEmpty()) return 0;
        int ok = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c >= 0x3000 && c <= 0x303F
                    || c >= 0x4E00 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFFEF || c == 0x2014 || c == 0x2026
                    || c >= 0x2018 && c <= 0x201D || c == 0x00B7) ok++;
        }
        return (double) ok / s.length();
    }

    private static double controlShare(byte[] b) {
        if (b.length == 0) return 0;
        int n = 0;
        for (byte x : b) if ((x & 0xFF) < 0x20 && x != '\n' && x != '\r' && x != '\t' && x != '\f') n++;
        return (double) n / b.length;
    }

    private static int firstInvalidUtf8(byte[] b) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        var r = dec.decode(in, out, true);
        return r.isError() ? in.position() : Math.max(0, b.length - 1);
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // the JDK's own UTF-8 decoding is a fraction of a decoder's cost and garbage; it replaces a malformed
            // sequence with U+FFFD, so a text without U+FFFD had none, and only a text with one is decoded again
            String s = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) return s;
        }
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
