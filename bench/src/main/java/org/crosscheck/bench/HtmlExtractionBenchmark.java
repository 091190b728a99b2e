package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.clean.html.ReadabilityHtmlExtractor;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;
import org.jsoup.Jsoup;

/**
 * Scores HTML main-text extractors side by side on the article-extraction benchmark's pages, with the
 * benchmark's own metric ({@link AebMetric}), and times extraction alone for each in the same run:
 * Crosscheck's clean stage for HTML (what {@code analyze} keeps of a page), Readability4J on its own,
 * boilerpipe's ArticleExtractor, and the whole page's text as the floor.
 * Usage: HtmlExtractionBenchmark AEB-FOLDER [ROUNDS]
 */
public final class HtmlExtractionBenchmark {

    private static final String READABILITY4J = "readability4j 1.0.8";

    /** One extractor under test: page HTML and URL in, main text out. */
    @FunctionalInterface
    interface Extractor {
        String text(String html, String url) throws Exception;
    }

    private record Page(String id, String url, String html, String truth) {
    }

    private HtmlExtractionBenchmark() {
    }

    /**
     * Runs the benchmark and prints one table row per extractor.
     *
     * @param args the benchmark folder (with ground-truth.json and html/) and optionally the timed rounds
     * @throws IOException when the pages cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<String, Page> pages = pages(dir);
        ArticleCleaner cleaner = ArticleCleaner.standard();
        Map<String, Extractor> extractors = new LinkedHashMap<>();
        extractors.put("crosscheck (clean stage)", (html, url) -> cleaner.clean(new RawDocument("page.html",
                RawDocument.Format.HTML, html, new Metadata(null, null, url, null, null, null, null)), "a1").text());
        ReadabilityHtmlExtractor readability = new ReadabilityHtmlExtractor();
        extractors.put("crosscheck html extractor only",
                (page, url) -> String.join("\n\n", readability.extract(page, url).blocks()));
        extractors.put(READABILITY4J, (html, url) -> new Readability4J(url, html).parse().getTextContent());
        extractors.put("boilerpipe 1.2.2 article", (html, url) -> ArticleExtractor.INSTANCE.getText(html));
        extractors.put("jsoup whole-page text", (html, url) -> Jsoup.parse(html).text());
        System.out.printf("%d pages, %d timed rounds after one warm-up round of every extractor%n%n", pages.size(),
                rounds);
        System.out.println("| extractor | F1 | precision | recall | accuracy | pages/s | × Readability4J | failed pages |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        // every extractor warms up (and is scored) before any is timed, so no one pays for shared JIT work
        Map<String, Map<String, String>> predicted = new LinkedHashMap<>();
        Map<String, Integer> failed = new LinkedHashMap<>();
        extractors.forEach((name, extractor) -> {
            predicted.put(name, new LinkedHashMap<>());
            failed.put(name, extractAll(extractor, pages, predicted.get(name)));
        });
        writePredictions(predicted);
        Map<String, Long> nanos = time(extractors, pages, rounds);
        double baseline = pages.size() * rounds / (nanos.get(READABILITY4J) / 1e9);
        Map<String, String> truth = new LinkedHashMap<>();
        pages.forEach((id, p) -> truth.put(id, p.truth()));
        for (String name : extractors.keySet()) {
            AebMetric.Score s = AebMetric.score(truth, predicted.get(name));
            double perSecond = pages.size() * rounds / (nanos.get(name) / 1e9);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.1f | %.2f | %d |%n", name, s.f1(),
                    s.precision(), s.recall(), s.accuracy(), perSecond, perSecond / baseline, failed.get(name));
        }
    }

    // rounds interleave the extractors, so a change in the machine's load falls on all of them alike
    private static Map<String, Long> time(Map<String, Extractor> extractors, Map<String, Page> pages, int rounds) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Extractor> e : extractors.entrySet()) {
                long start = System.nanoTime();
                extractAll(e.getValue(), pages, new LinkedHashMap<>());
                nanos.merge(e.getKey(), System.nanoTime() - start, Long::sum);
            }
        }
        return nanos;
    }

    /** With -Dpredictions=DIR, each extractor's texts go to DIR/NAME.json as {id: {articleBody}} for score.py. */
    private static void writePredictions(Map<String, Map<String, String>> predicted) throws IOException {
        String dir = System.getProperty("predictions");
        if (dir == null) {
            return;
        }
        Files.createDirectories(Path.of(dir));
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, Map<String, String>> e : predicted.entrySet()) {
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            e.getValue().forEach((id, text) -> out.put(id, Map.of("articleBody", text)));
            String file = e.getKey().replaceAll("[^A-Za-z0-9.]+", "-") + ".json";
            json.writeValue(Path.of(dir, file).toFile(), out);
        }
    }

    private static int extractAll(Extractor extractor, Map<String, Page> pages, Map<String, String> out) {
        int failed = 0;
        for (Page p : pages.values()) {
            try {
                out.put(p.id(), extractor.text(p.html(), p.url()));
            } catch (Exception | StackOverflowError e) {
                failed++;
            }
        }
        return failed;
    }

    private static Map<String, Page> pages(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, Page> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                out.put(e.getKey(), new Page(e.getKey(), e.getValue().path("url").asText(""),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        e.getValue().path("articleBody").asText("")));
            }
        }
        return out;
    }
}
