package govkg.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncodingDetectorTest {
    static final String TEXT = "兰州市城关区召开平安建设推进会。";

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void plainUtf8() throws Exception {
        var d = EncodingDetector.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8BomIsDroppedFromTheText() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var d = EncodingDetector.decode(concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(TEXT).doesNotStartWith("\uFEFF");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16LittleEndianBom() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        var d = EncodingDetector.decode(concat(bom, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void utf16BigEndianBom() throws Exception {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        var d = EncodingDetector.decode(concat(bom, TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void gbkBytesAreReadAsGb18030() throws Exception {
        var d = EncodingDetector.decode(TEXT.getBytes("GBK"));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(Charset.forName("GB18030"));
    }

    @Test
    void gbkBytesAreNotMistakenForUtf8() throws Exception {
        // GBK bytes of Chinese text are malformed UTF-8: strict decoding must reject them, not replace
        var d = EncodingDetector.decode("公安局".getBytes("GBK"));
        assertThat(d.charset()).isNotEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).doesNotContain("\uFFFD");
    }

    @Test
    void asciiIsUtf8() throws Exception {
        assertThat(EncodingDetector.decode("plain 2023".getBytes(StandardCharsets.US_ASCII)).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void truncatedUtf16IsAnError() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] odd = concat(bom, new byte[]{0x6C, 0x51, 0x33});
        assertThatThrownBy(() -> EncodingDetector.decode(odd)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void utf16WithoutBomIsRecognised() throws Exception {
        for (var cs : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            var d = EncodingDetector.decode(TEXT.getBytes(cs));
            assertThat(d.text()).isEqualTo(TEXT);
            assertThat(d.charset()).isEqualTo(cs);
            assertThat(EncodingDetector.decode("2023 report\n".getBytes(cs)).text()).isEqualTo("2023 report\n");
        }
    }

    @Test
    void invalidUtf8IsRefusedWithTheOffsetNotReadAsGb18030() {
        byte[] b = TEXT.getBytes(StandardCharsets.UTF_8);
        b[6] = (byte) 0xC0;   // the lead byte of the third character
        assertThatThrownBy(() -> EncodingDetector.decode(b)).isInstanceOf(CharacterCodingException.class)
                .hasMessageContaining("offset 6").hasMessageContaining("UTF-8");
        byte[] cut = new byte[b.length - 1];   // a three-byte character missing its last byte mid-text
        byte[] ok = TEXT.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(ok, 0, cut, 0, 5);
        System.arraycopy(ok, 6, cut, 5, ok.length - 6);
        assertThatThrownBy(() -> EncodingDetector.decode(cut)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void binaryIsRefusedAsBinary() {
        byte[] b = new byte[512];
        new java.util.Random(1).nextBytes(b);
        b[3] = 0;
        assertThatThrownBy(() -> EncodingDetector.decode(b)).hasMessageContaining("binary");
    }
}
