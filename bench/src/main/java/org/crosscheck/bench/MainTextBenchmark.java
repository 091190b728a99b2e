package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.Decoder;
import org.crosscheck.ingest.HtmlBody;
import org.crosscheck.ingest.InputException;
import org.crosscheck.model.Article;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;

/**
 * Scores the clean stage alone (no NLP) on both main-text sets, each in two fixed halves ({@link Halves}) and whole:
 * the article-extraction benchmark with its own metric ({@link AebMetric}) and trafilatura's multilingual
 * pages with its snippet metric ({@link SnippetMetric}), pages read and decoded as {@code analyze} reads a
 * saved page; Readability4J runs beside it on the same pages and is timed in the same rounds.
 * With {@code -Dmisses=DIR}, every page's errors go to DIR (trafeval-A.txt, aeb-A.txt …) with the reason the
 * clean stage gave for each snippet it left out.
 * Usage: MainTextBenchmark AEB-FOLDER TRAFEVAL-FOLDER [ROUNDS]
 */
public final class MainTextBenchmark {

    private static final String CROSSCHECK = "crosscheck clean stage";
    private static final String READABILITY4J = "readability4j 1.0.8";

    /** One page of a set: what is extracted from it and what its text is scored against. */
    private record Page(String name, String half, String url, String html, String truth, List<String> with,
            List<String> without) {
    }

    private record Set(String name, List<Page> pages) {
    }

    private MainTextBenchmark() {
    }

    /**
     * Runs both sets and prints one row per set, half and extractor.
     *
     * @param args the aeb folder, the trafeval folder and optionally the timed rounds
     * @throws IOException when the pages cannot be read
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Set> sets = List.of(new Set("aeb", aeb(Path.of(args[0]))), new Set("trafeval",
                trafeval(Path.of(args[1]))));
        ArticleCleaner cleaner = ArticleCleaner.standard();
        String misses = System.getProperty("misses");
        System.out.printf("%d timed rounds after one scored round%n%n", rounds);
        System.out.println("| set | half | extractor | pages | F1 | precision | recall | accuracy | pages/s | × R4J |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Set set : sets) {
            Map<String, Article> articles = new LinkedHashMap<>();
            Map<String, String> ours = new LinkedHashMap<>();
            Map<String, String> theirs = new LinkedHashMap<>();
            for (Page p : set.pages()) {
                Article a = clean(cleaner, p);
                articles.put(p.name(), a);
                ours.put(p.name(), a == null ? null : a.text());
                theirs.put(p.name(), readability(p));
            }
            double[] perSecond = time(cleaner, set.pages(), rounds);
            for (String half : List.of("A", "B", "all")) {
                List<Page> pages = set.pages().stream().filter(p -> half.equals("all") || p.half().equals(half))
                        .toList();
                row(set.name(), half, CROSSCHECK, pages, ours, perSecond[0], perSecond[1]);
                row(set.name(), half, READABILITY4J, pages, theirs, perSecond[1], perSecond[1]);
                if (misses != null && !half.equals("all")) {
                    MissReport.write(Path.of(misses, set.name() + "-" + half + ".txt"), set.name().equals("aeb"),
                            pages.stream().map(p -> new MissReport.Page(p.name(), p.truth(), p.with(), p.without(),
                                    articles.get(p.name()))).toList());
                }
            }
        }
    }

    private static void row(String set, String half, String extractor, List<Page> pages, Map<String, String> texts,
            double perSecond, double baseline) {
        double[] s = new double[4];
        if (set.equals("aeb")) {
            Map<String, String> truth = new LinkedHashMap<>();
            Map<String, String> pred = new LinkedHashMap<>();
            for (Page p : pages) {
                truth.put(p.name(), p.truth());
                pred.put(p.name(), texts.get(p.name()) == null ? "" : texts.get(p.name()));
            }
            AebMetric.Score a = AebMetric.score(truth, pred);
            s = new double[] {a.f1(), a.precision(), a.recall(), a.accuracy()};
        } else {
            SnippetMetric.Counts c = new SnippetMetric.Counts();
            pages.forEach(p -> c.add(texts.get(p.name()), p.with(), p.without()));
            s = new double[] {c.f1(), c.precision(), c.recall(), c.accuracy()};
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %.1f | %.2f |%n", set, half,
                extractor, pages.size(), s[0], s[1], s[2], s[3], perSecond, perSecond / baseline);
    }

    // the two extractors take turns page by page, so a change in the machine's load falls on both alike
    private static double[] time(ArticleCleaner cleaner, List<Page> pages, int rounds) {
        long ours = 0;
        long theirs = 0;
        for (int r = 0; r < rounds; r++) {
            for (Page p : pages) {
                long start = System.nanoTime();
                clean(cleaner, p);
                long mid = System.nanoTime();
                readability(p);
                ours += mid - start;
                theirs += System.nanoTime() - mid;
            }
        }
        double n = pages.size() * (double) rounds;
        return new double[] {n / (ours / 1e9), n / (theirs / 1e9)};
    }

    /** The clean stage as {@code analyze} runs it on a saved page, or null when it reads no page. */
    private static Article clean(ArticleCleaner cleaner, Page p) {
        if (p.html() == null) {
            return null;
        }
        return cleaner.clean(new RawDocument(p.name(), RawDocument.Format.HTML, p.html(), Metadata.EMPTY), "a1");
    }

    private static String readability(Page p) {
        try {
            return p.html() == null ? null : new Readability4J(p.url(), p.html()).parse().getTextContent();
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static List<Page> aeb(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            String name = e.getKey() + ".html";
            out.add(new Page(name, Halves.of(name), e.getValue().path("url").asText(""), read(dir, name),
                    e.getValue().path("articleBody").asText(""), List.of(), List.of()));
        }
        return out;
    }

    private static List<Page> trafeval(Path dir) throws IOException {
        JsonNode eval = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        List<Page> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : eval.properties()) {
            String name = e.getValue().path("file").asText();
            out.add(new Page(name, Halves.of(name), e.getKey(), read(dir, name), null,
                    strings(e.getValue().path("with")), strings(e.getValue().path("without"))));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    // decoded as analyze decodes a saved page; null for a page it refuses (it then has no article)
    private static String read(Path dir, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(name + ".gz")))) {
            String html = Decoder.decode(in.readAllBytes());
            return html.isBlank() || !HtmlBody.hasText(html) ? null : html;
        } catch (InputException e) {
            return null;
        }
    }
}
