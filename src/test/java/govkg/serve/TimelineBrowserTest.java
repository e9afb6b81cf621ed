package govkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pictures over time in real headless Chromium, over samples/careers in a real store and server: the career
 * renders one visible bar per membership with JavaScript off, the province map shades the first adopter apart from
 * a province that never adopted, and the bars and tiles lead to the pages they name. No CSP complaint in the
 * console (the SVG is styled by attributes and the site's stylesheet only). Screenshots go to target/screenshots/.
 * Skipped when Chromium is absent.
 */
class TimelineBrowserTest {
    static CareersFixture fx;
    ChromeDriver driver;
    Path profile;

    @BeforeAll
    static void up() throws IOException {
        Assumptions.assumeTrue(Chromium.available(), "no chromium/chromedriver");
        Files.createDirectories(BrowserTest.SHOTS);
        fx = CareersFixture.get();
    }

    @AfterEach
    void quit() {
        if (driver != null)
            driver.quit();
        Chromium.delete(profile);
    }

    ChromeDriver browser(boolean javascript) throws IOException {
        profile = Files.createTempDirectory("govkg-chromium");
        driver = Chromium.start(javascript, profile);
        return driver;
    }

    void shot(String name) throws IOException {
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), BrowserTest.SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    void noConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("browser console errors (CSP, JS)").isEmpty();
    }

    void waitForHeading(String h1) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), h1));
    }

    @Test
    void careerRendersWithoutJavaScriptAndLeadsToTheBody() throws IOException {
        browser(false);
        Node person = TimelinePagesTest.chenLiyan();
        long memberships = TimelinePagesTest.count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { { ?m org:member <" + person.getURI()
                + "> } UNION { ?h owl:sameAs <" + person.getURI() + "> . ?m org:member ?h } }");
        driver.get(fx.page(person));
        List<WebElement> bars = driver.findElements(By.cssSelector("figure.timeline.career a.tl-row rect.tl-bar"));
        assertThat(bars).hasSize((int) memberships);
        for (WebElement bar : bars)
            assertThat(bar.getRect().getWidth()).as("drawn").isGreaterThan(0);
        String text = driver.findElement(By.cssSelector("figure.timeline.career")).getText();
        assertThat(text).contains("国务院副总理", "浙江省委书记", "2018-03-22", "2014");
        WebElement former = driver.findElement(By.cssSelector("figure.timeline.career a.tl-row.former rect.tl-bar"));
        WebElement current = driver.findElement(By.cssSelector("figure.timeline.career a.tl-row.current rect.tl-bar"));
        assertThat(former.getCssValue("fill")).as("a former post drawn apart").isNotEqualTo(current.getCssValue("fill"));
        assertThat(former.getCssValue("stroke-dasharray")).isNotEqualTo("none");
        shot("career");
        noConsoleErrors();

        String body = driver.findElement(By.cssSelector("figure.timeline.career a.tl-row.current")).getDomAttribute("href");
        driver.get(fx.url(body));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isIn("中共浙江省委", "国务院");
    }

    @Test
    void organizationShowsItsHoldersAndLeadsToThePerson() throws IOException {
        browser(true);
        driver.get(fx.page(fx.one("gov:Organization", "中共浙江省委")));
        assertThat(driver.findElements(By.cssSelector("figure.timeline.holders .tl-lane"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("figure.timeline.holders")).getText()).contains("浙江省委书记", "陈立言");
        shot("holders");
        driver.findElement(By.cssSelector("figure.timeline.holders a.tl-row .tl-label")).click();
        waitForHeading("陈立言");
        noConsoleErrors();
    }

    @Test
    void programMapShadesTheFirstAdopterAndItsTileLeadsToTheProvince() throws IOException {
        browser(true);
        Node program = fx.one("gov:Program", "邻里调解驿站试点");
        driver.get(fx.page(program));
        assertThat(driver.findElements(By.cssSelector("figure.tilemap .tile"))).hasSize(ProvinceTileMap.TILES.size());
        String zhejiang = driver.findElement(By.cssSelector("figure.tilemap [data-code='33'] rect")).getCssValue("fill");
        String jiangsu = driver.findElement(By.cssSelector("figure.tilemap [data-code='32'] rect")).getCssValue("fill");
        String beijing = driver.findElement(By.cssSelector("figure.tilemap [data-code='11'] rect")).getCssValue("fill");
        assertThat(zhejiang).as("first adopter vs never").isNotEqualTo(beijing);
        assertThat(zhejiang).as("2015 vs 2017").isNotEqualTo(jiangsu);
        assertThat(driver.findElement(By.cssSelector("figure.tilemap")).getText()).contains("浙", "2015", "2017", "无报道");
        List<WebElement> rows = driver.findElements(By.cssSelector("figure.timeline.adoption a.tl-row"));
        assertThat(rows.get(0).getText()).contains("2015-05-12", "试点");
        shot("program");
        noConsoleErrors();

        driver.findElement(By.cssSelector("figure.tilemap a[data-code='33'] .tile-label")).click();
        waitForHeading("浙江省");
    }

    @Test
    void reportShowsItsDateWithoutJavaScript() throws IOException {
        browser(false);
        Node report = fx.select("SELECT ?r WHERE { ?r a gov:Report ; schema:datePublished ?d FILTER(STR(?d) = \"2017-09-03\") }").get(0).get("r");
        driver.get(fx.page(report));
        assertThat(driver.findElement(By.cssSelector("p.date time")).getText()).isEqualTo("2017-09-03");
    }
}
