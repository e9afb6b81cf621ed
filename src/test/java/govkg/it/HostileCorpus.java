package govkg.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A corpus of hostile report files written by the test into a folder: files govkg must read (odd encodings,
 * HTML, a 6 MB line, characters that break IRIs and Turtle, Traditional characters, emoji) and files it must
 * refuse by name (empty, blank, binary, invalid UTF-8, NUL, too large). All texts are our own.
 */
final class HostileCorpus {
    /** A report we wrote, with a person and a post the extractors find. */
    static final String REPORT = """
            河东省平安建设推进会召开

            本报讯 记者周明远 5月8日，河东省平安建设推进会在青石市召开。省委常委、政法委书记李建国出席会议并讲话。
            李建国强调，要坚持和发展新时代“枫桥经验”，推动基层社会治理现代化。
            """;
    static final String TRADITIONAL = """
            廣東省基層治理工作會議召開

            本報訊 記者陳明 6月2日，廣東省基層治理工作會議在廣州市召開。省委常委、政法委書記陳國強出席會議並講話。
            陳國強強調，要紮實推進平安建設，維護社會穩定。
            """;

    /** File name → why it must be refused (a word the reason contains). */
    final Map<String, String> bad = new LinkedHashMap<>();
    /** Files that must give at least one report. */
    final Map<String, String> good = new LinkedHashMap<>();
    final Path dir;

    HostileCorpus(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        Random rnd = new Random(8);

        good("utf8.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        good("gb18030.txt", (REPORT + "另有㐀字。\n").getBytes(Charset.forName("GB18030")));
        good("utf16le-bom.txt", concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE)));
        good("utf16be-nobom.txt", REPORT.getBytes(StandardCharsets.UTF_16BE));
        good("utf16le-nobom.txt", REPORT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE));
        good("page.html", ("""
                <!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style>
                <script>var s = "<p>不是正文</p>";</script></head><body>
                <h1>河东省平安建设推进会召开</h1><!-- 注释 -->
                <p>本报讯 记者周明远 5月8日，河东省平安建设推进会在青石市召开。省委常委、政法委书记李建国出席会议并讲话&nbsp;&amp;&lt;强调&gt;&#x4E00;&#20108;&bogus;。</p>
                <div><p>李建国强调，要坚持和发展新时代&ldquo;枫桥经验&rdquo;。</p></div></body></html>
                """).getBytes(StandardCharsets.UTF_8));
        good("odd <name> \"q\" {x}|^`\\'.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        String breaker = "“平安<乡村>{建设}|工程^`\\\"'”";   // 平安<乡村>{建设}|工程^`\"' in quotes
        good("iri-breakers.txt", ("县委启动" + breaker + "专项行动\n\n本报讯 5月9日，县委书记王<大>明\"出席会议。县委启动" + breaker
                + "专项行动，县公安局局长赵\"小\"刚、副局长钱{一}鸣参加。会议指出，要把“<script>alert(1)</script>”行动落到实处。\n")
                .getBytes(StandardCharsets.UTF_8));
        good("traditional.txt", TRADITIONAL.getBytes(StandardCharsets.UTF_8));
        good("emoji.txt", ("""
                社区治理👍见实效🎉

                本报讯 5月10日，区委书记王小明👨‍👩‍👧出席会议🎉并讲话。Cafe\u0301与e\u0301\u0301\u0301、\uD840\uDC00（扩展B）、\u200B零宽\u200D连接、\u202E反向\u202C、\u2028行分隔。
                王小明强调，要推动“智慧社区🏠”建设。
                """).getBytes(StandardCharsets.UTF_8));
        // one 6 MB line: the report's sentences, then filler that names nothing (so the output stays small)
        StringBuilder line = new StringBuilder("河东省平安建设推进会在青石市召开。省委常委、政法委书记李建国出席会议并讲话。");
        String[] filler = {"各项工作取得积极进展，群众满意度持续提升。", "会议强调要进一步提高认识、压实责任、狠抓落实。",
                "与会人员进行了认真讨论", "大家一致认为成效明显！"};
        while (line.length() < 2_100_000) line.append(filler[rnd.nextInt(filler.length)]);   // ~6 MB of UTF-8
        good("long-line.txt", line.toString().getBytes(StandardCharsets.UTF_8));

        bad("empty.txt", new byte[0], "empty");
        bad("blank.txt", " \n\t\n  \r\n".getBytes(StandardCharsets.UTF_8), "no text");
        byte[] binary = new byte[4096];
        rnd.nextBytes(binary);
        binary[100] = 0;
        bad("binary.txt", binary, "binary");
        byte[] noZero = new byte[4096];
        rnd.nextBytes(noZero);
        for (int i = 0; i < noZero.length; i++) if (noZero[i] == 0) noZero[i] = 1;
        bad("binary-no-nul.txt", noZero, "");
        byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] stray = utf8.clone();
        stray[40] = (byte) 0xFF;
        bad("invalid-utf8.txt", stray, "UTF-8");
        byte[] cut = new byte[utf8.length - 1];   // one byte of a three-byte character dropped mid-file
        System.arraycopy(utf8, 0, cut, 0, 31);
        System.arraycopy(utf8, 32, cut, 31, utf8.length - 32);
        bad("truncated-utf8.txt", cut, "UTF-8");
        bad("nul.txt", (REPORT.substring(0, 20) + "\0" + REPORT.substring(20)).getBytes(StandardCharsets.UTF_8), "NUL");
        Path huge = dir.resolve("too-large.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(33L << 20);   // sparse: costs no disk
        }
        bad.put(huge.getFileName().toString(), "too large");
    }

    private void good(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        good.put(name, "");
    }

    private void bad(String name, byte[] bytes, String reason) throws IOException {
        Files.write(dir.resolve(name), bytes);
        bad.put(name, reason);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
