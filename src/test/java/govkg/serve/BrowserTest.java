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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in real headless Chromium: search, entity page, links to an organization and a place, the
 * SPARQL editor with JavaScript and without. Screenshots go to target/screenshots/. Skipped when
 * /usr/bin/chromium is absent.
 */
class BrowserTest {
    static final Path CHROMIUM = Chromium.BINARY;
    static final Path CHROMEDRIVER = Chromium.DRIVER;
    static final Path SHOTS = Path.of("target", "screenshots");

    static Fixture fx;
    ChromeDriver driver;
    Path profile;

    @BeforeAll
    static void up() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "no /usr/bin/chromedriver");
        Files.createDirectories(SHOTS);
        fx = new Fixture();
    }

    @AfterAll
    static void down() {
        if (fx != null)
            fx.close();
    }

    @BeforeEach
    void browser() throws IOException {
        driver = start(true);
    }

    ChromeDriver start(boolean javascript) throws IOException {
        profile = Files.createTempDirectory("govkg-chromium");
        return Chromium.start(javascript, profile);
    }

    @AfterEach
    void quit() {
        if (driver != null)
            driver.quit();
        Chromium.delete(profile);
    }

    void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A full-page screenshot: grow the window to the document's height first. */
    void fullShot(String name, int width) throws IOException {
        long h = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(h + 140, 4000)));
        shot(name);
    }

    void noConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("browser console errors (CSP, JS)").isEmpty();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Test
    void searchThenFollowLinksToOrganizationAndPlace() throws IOException {
        driver.get(fx.server.baseUrl());
        fullShot("home", 1280);
        WebElement box = driver.findElement(By.id("search-box"));
        box.sendKeys("陈立新");
        box.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results")));
        shot("search");
        driver.findElement(By.linkText("陈立新")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "陈立新"));
        assertThat(driver.getCurrentUrl()).isEqualTo(fx.iri("person/aaaaaaaaaaaa"));
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("陈书记", "区委书记", "政法委书记", "临河区推进基层社会治理");
        assertThat(driver.findElements(By.cssSelector(".sentences mark"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("figure.graph svg a"))).hasSizeGreaterThanOrEqualTo(2);
        fullShot("person", 1280);
        noConsoleErrors();

        driver.findElement(By.cssSelector("section.posts")).findElement(By.linkText("中共临河区委员会")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "中共临河区委员会"));
        assertThat(driver.getCurrentUrl()).isEqualTo(fx.iri("organization/aaaaaaaaaaaa"));
        fullShot("organization", 1280);

        driver.findElement(By.cssSelector("section.facts")).findElement(By.linkText("临河区")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "临河区"));
        assertThat(driver.findElement(By.cssSelector(".crumbs")).getText()).contains("东川省", "青石市");
        assertThat(driver.findElement(By.cssSelector("ul.children")).getText()).contains("柳塘街道", "桃源镇");
        fullShot("place", 1280);
        noConsoleErrors();

        driver.get(fx.iri("report/aaaaaaaaaaaa-1"));
        assertThat(driver.findElements(By.cssSelector("ol.mentions li mark"))).hasSize(3);
        fullShot("report", 1280);
    }

    @Test
    void suggestionsComeFromTheJsonEndpoint() throws IOException {
        driver.get(fx.server.baseUrl() + "browse/places");
        fullShot("browse-places", 1280);
        driver.findElement(By.id("search-box")).sendKeys("杏花");
        waiting().until(d -> !d.findElements(By.cssSelector("#govkg-suggest option")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#govkg-suggest option")).get(0).getAttribute("value"))
                .isEqualTo("杏花社区");
    }

    @Test
    void entityPageFitsAPhone() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(fx.iri("person/aaaaaaaaaaaa"));
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow).as("horizontal overflow at phone width").isLessThanOrEqualTo(0);
        fullShot("person-phone", 390);
    }

    @Test
    void cannedQueryInTheEditorShowsRows() throws IOException {
        driver.get(fx.server.baseUrl() + "sparql");
        driver.findElement(By.linkText("哪些人担任了哪些职务？")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results tbody tr"), 1));
        assertThat(driver.getCurrentUrl()).endsWith("/sparql");       // ran by fetch, not by navigation
        assertThat(driver.findElement(By.id("results")).getText()).contains("区委书记", "政法委书记");
        assertThat(driver.findElement(By.id("query")).getAttribute("value")).contains("org:member");
        fullShot("sparql", 1280);
        noConsoleErrors();
    }

    @Test
    void editorWorksWithoutJavaScript() throws IOException {
        driver.quit();
        driver = start(false);
        driver.get(fx.server.baseUrl() + "sparql");
        WebElement q = driver.findElement(By.id("query"));
        q.clear();
        q.sendKeys("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?p ?l WHERE { ?p a <https://w3id.org/govkg/ontology#Place> ; rdfs:label ?l } ORDER BY ?l");
        driver.findElement(By.id("run")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results tbody tr"), 4));
        assertThat(driver.findElement(By.id("results")).getText()).contains("杏花社区", "东川省");
        driver.findElement(By.linkText("每个地区隶属于哪个上级地区？")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results tbody tr"), 4));
        fullShot("sparql-nojs", 1280);
    }

    @Test
    void homeCountsLeadToBrowsePagesForPeopleDocumentsAndEvents() throws IOException {
        driver.get(fx.server.baseUrl());
        driver.findElement(By.cssSelector("ul.counts li.kind-person a")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "人物"));
        assertThat(driver.getCurrentUrl()).endsWith("/browse/people");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("陈立新", "区委书记");
        fullShot("browse-people", 1280);
        driver.findElement(By.linkText("陈立新")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "陈立新"));
        noConsoleErrors();

        driver.get(fx.server.baseUrl());
        driver.findElement(By.cssSelector("ul.counts li.kind-document a")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "文件"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("临河区社区治理条例", "中共临河区委员会");

        driver.get(fx.server.baseUrl());
        driver.findElement(By.cssSelector("ul.counts li.kind-event a")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "事件"));
        String events = driver.findElement(By.tagName("main")).getText();
        assertThat(events).contains("临河区社区治理推进会", "2023-03-25", "柳塘街道");
        fullShot("browse-events", 1280);
        noConsoleErrors();
    }

    @Test
    void programCountsShowNoDatatype() {
        driver.get(fx.server.baseUrl() + "browse/programs");
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("平安杏花工程").doesNotContain("xsd:", "integer");
        assertThat(driver.findElement(By.cssSelector("td.num")).getText()).isEqualTo("1");
    }
}
