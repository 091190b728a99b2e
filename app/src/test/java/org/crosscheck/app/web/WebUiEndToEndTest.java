package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.store.TestDossiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in real headless Chromium (Debian's chromium + chromium-driver); skipped when Chromium is absent. */
class WebUiEndToEndTest {

    @TempDir
    static Path dir;

    private static Store store;
    private static SearchIndex index;
    private static WebServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browsers.available(), "Chromium is not installed");
        store = Store.open(dir.resolve("ui.duckdb"));
        index = SearchIndex.open(store);
        store.add(TestDossiers.small());
        server = WebServer.start(store, index, "127.0.0.1", 0);
        browser = Browsers.start(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
            index.close();
            store.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    void clickingAFigureOnTheEventPageHighlightsItsSourceSpan() {
        browser.get(url("/"));
        browser.findElement(By.linkText("Floods in Ostrava Nova")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Floods in Ostrava Nova");
        assertThat(browser.findElement(By.cssSelector(".cmp")).getText()).contains("differ").contains("Daily Ledger");
        browser.findElement(By.cssSelector("table.list a.fig[data-fig='f2']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector(".hl.focus"))
                .isEmpty());
        List<WebElement> focused = browser.findElements(By.cssSelector(".hl.focus"));
        String text = focused.stream().map(WebElement::getText).reduce("", String::concat);
        assertThat(text).isEqualTo("14");
        assertThat(browser.getCurrentUrl()).endsWith("/articles/a2#f2");
    }

    @Test
    void searchFindsAndHighlightsTheWords() {
        browser.get(url("/"));
        WebElement box = browser.findElement(By.id("qs"));
        box.sendKeys("boats", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/search"));
        assertThat(browser.findElement(By.id("hits-total")).getText()).doesNotStartWith("0 ");
        assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("boats"));
    }

    @Test
    void aHostileArticleRendersAsText() {
        browser.get(url("/articles/a3"));
        Object pwned = ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : "
                + "window.pwned;");
        assertThat(pwned).isNull();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>window.pwned=1</script>");
        assertThat(browser.findElement(By.id("text")).getText()).contains("<img src=x onerror=");
        assertThat(browser.findElements(By.cssSelector("#text img, #text script"))).isEmpty();
    }

    @Test
    void theKeyboardReachesTheSearchBox() {
        browser.get(url("/events/ev1"));
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("qs");
    }
}
