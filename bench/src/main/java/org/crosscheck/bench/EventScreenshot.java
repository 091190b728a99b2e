package org.crosscheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.web.WebServer;
import org.crosscheck.model.Dossier;
import org.crosscheck.report.DossierJson;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Takes the README's screenshot of an event page in headless Chromium (Debian's chromium package), from a
 * store made of a dossier (with stand-in events from {@link SyntheticDossier} when it has none).
 *
 * <pre>
 * java -cp "bench/target/crosscheck-bench.jar:bench/target/lib/*" org.crosscheck.bench.EventScreenshot \
 *     DOSSIER.json docs/event-page.png [EVENT_ID]
 * </pre>
 */
public final class EventScreenshot {

    private EventScreenshot() {
    }

    /**
     * Takes the screenshot.
     *
     * @param args dossier, output PNG, optional event id
     * @throws Exception when the dossier cannot be read or the browser fails
     */
    public static void main(String[] args) throws Exception {
        Dossier d = SyntheticDossier.grouped(DossierJson.read(Path.of(args[0])));
        Path work = Files.createTempDirectory("crosscheck-shot");
        try (Store store = Store.open(work.resolve("shot.duckdb")); SearchIndex index = SearchIndex.open(store)) {
            store.add(d);
            String event = args.length > 2 ? args[2] : store.queries().events().stream()
                    .max(java.util.Comparator.comparingInt(e -> store.queries().comparisonsOf(e.id()).size()))
                    .orElseThrow().id();
            try (WebServer server = WebServer.start(store, index, "127.0.0.1", 0)) {
                ChromeOptions options = new ChromeOptions();
                options.setBinary("/usr/bin/chromium");
                options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1500", "--hide-scrollbars",
                        "--user-data-dir=" + work.resolve("profile"));
                ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(),
                        options);
                try {
                    browser.get("http://127.0.0.1:" + server.port() + "/events/" + event);
                    browser.findElement(By.tagName("h1"));
                    Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
                    Path out = Path.of(args[1]);
                    if (out.toAbsolutePath().getParent() != null) {
                        Files.createDirectories(out.toAbsolutePath().getParent());
                    }
                    Files.copy(png, out, StandardCopyOption.REPLACE_EXISTING);
                    System.out.println("wrote " + out + " (event " + event + ")");
                } finally {
                    browser.quit();
                }
            }
        }
    }
}
