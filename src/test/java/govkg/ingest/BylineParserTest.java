package govkg.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BylineParserTest {

    @Test
    void benbaoxunJizhe() {
        var r = BylineParser.parse("本报讯 记者 秦若溪");
        assertThat(r.bylines()).extracting(Byline::name).containsExactly("秦若溪");
        assertThat(r.bylines().get(0).role()).isEqualTo(Byline.Role.REPORTER);
        assertThat(r.datelinePlace()).isEmpty();
    }

    @Test
    void benbaoJizheTwoNames() {
        var r = BylineParser.parse("本报记者 秦若溪 单立群");
        assertThat(r.bylines()).extracting(Byline::name).containsExactly("秦若溪", "单立群");
    }

    @Test
    void correspondentAlone() {
        var r = BylineParser.parse("通讯员 闻一舟");
        assertThat(r.bylines()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("闻一舟");
            assertThat(b.role()).isEqualTo(Byline.Role.CORRESPONDENT);
        });
        assertThat(BylineParser.startsWithByline("通讯员 闻一舟")).isTrue();
    }

    @Test
    void unspacedNameAfterBenbaoxun() {
        assertThat(BylineParser.parse("本报讯（记者秦若溪）近日，城关区开展普法活动。").bylines())
                .extracting(Byline::name).containsExactly("秦若溪");
    }

    @Test
    void datelineWithPlaceMonthDay() {
        var r = BylineParser.parse("本报兰州4月12日电 记者 秦若溪");
        assertThat(r.datelinePlace()).contains("兰州");
        assertThat(r.month()).contains(4);
        assertThat(r.day()).contains(12);
        assertThat(r.bylines()).extracting(Byline::name).containsExactly("秦若溪");
    }

    @Test
    void bracketedCreditBeforeBody() {
        String p = "（记者 秦若溪 通讯员 闻一舟）近日，城关区开展普法活动。";
        var r = BylineParser.parse(p);
        assertThat(r.bylines()).extracting(Byline::name).containsExactly("秦若溪", "闻一舟");
        assertThat(r.bylines()).extracting(Byline::role).containsExactly(Byline.Role.REPORTER, Byline.Role.CORRESPONDENT);
        for (Byline b : r.bylines()) assertThat(p.substring(b.begin(), b.end())).isEqualTo(b.name());
    }

    @Test
    void photoCredit() {
        assertThat(BylineParser.isPhotoCredit("本报记者 秦若溪 摄")).isTrue();
        assertThat(BylineParser.isPhotoCredit("秦若溪 摄")).isTrue();
        assertThat(BylineParser.photoCredits("通讯员 闻一舟 摄", 10)).singleElement()
                .satisfies(b -> {
                    assertThat(b.name()).isEqualTo("闻一舟");
                    assertThat(b.role()).isEqualTo(Byline.Role.PHOTOGRAPHER);
                    assertThat(b.begin()).isEqualTo(14);
                });
    }

    @Test
    void sentenceIsNoPhotoCredit() {
        assertThat(BylineParser.isPhotoCredit("民警正在为群众拍摄证件照。")).isFalse();
        assertThat(BylineParser.photoCredits("民警正在为群众拍摄证件照。", 0)).isEmpty();
    }

    @Test
    void bodyTextIsNoByline() {
        assertThat(BylineParser.startsWithByline("近日，城关区开展普法活动。")).isFalse();
        assertThat(BylineParser.parse("近日，城关区开展普法活动。").bylines()).isEmpty();
    }

    @Test
    void jizheInASentenceIsNoCredit() {
        assertThat(BylineParser.parse("记者从市公安局获悉，节日期间治安平稳。").bylines()).isEmpty();
        assertThat(BylineParser.parse("记者在现场看到，群众排起长队。").bylines()).isEmpty();
        assertThat(BylineParser.startsWithByline("记者从市公安局获悉，节日期间治安平稳。")).isFalse();
    }

    @Test
    void datesResolveAgainstTheReference() {
        Optional<LocalDate> ref = Optional.of(LocalDate.of(2023, 4, 13));
        assertThat(BylineParser.resolve(Optional.of(4), Optional.of(12), ref)).contains(LocalDate.of(2023, 4, 12));
        // a December dateline on a January page is last year's
        assertThat(BylineParser.resolve(Optional.of(12), Optional.of(30), Optional.of(LocalDate.of(2024, 1, 2))))
                .contains(LocalDate.of(2023, 12, 30));
        assertThat(BylineParser.resolve(Optional.of(2), Optional.of(30), ref)).isEmpty();
        assertThat(BylineParser.resolve(Optional.of(4), Optional.of(12), Optional.empty())).isEmpty();
    }
}
