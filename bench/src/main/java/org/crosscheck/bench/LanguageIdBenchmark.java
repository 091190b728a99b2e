package org.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.crosscheck.annotate.LanguageIdentifier;
import org.crosscheck.pipeline.DataFiles;

/**
 * Measures language identifiers on news paragraphs: Lingua in low-accuracy mode (core's choice,
 * {@link LanguageIdentifier}), Lingua with all its models, and Optimaize, each restricted to the languages of
 * core's {@code languages.txt}, and Optimaize with all its built-in profiles. The texts are the main-text
 * snippets of the multilingual trafilatura pages ({@code ../shared/eval/trafeval}: each {@code with} snippet a
 * paragraph, and all of a page's snippets joined as its article) and the article bodies of
 * {@code ../shared/eval/aeb}; a page's language is the one its own markup declares ({@code <html lang>}, else
 * {@code og:locale} or {@code content-language}) unless {@code language-fixes.tsv} beside this class corrects it;
 * pages that declare none are left out and counted. The snippets are often fragments of a sentence: accuracy is
 * told over all of them, over those of {@value #PARAGRAPH_CHARS} characters or more (paragraphs) and over the
 * articles. Prints, per identifier, the load time and heap, the accuracies and the time per snippet and per
 * article, then every text an identifier got wrong. Usage: {@code LanguageIdBenchmark TRAFEVAL_DIR AEB_DIR}.
 */
public final class LanguageIdBenchmark {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*?\\blang\\s*=\\s*[\"']?([A-Za-z]{2,3})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OG_LOCALE = Pattern.compile(
            "<meta[^>]+(?:property=[\"']og:locale[\"'][^>]*content=|http-equiv=[\"']content-language[\"'][^>]*"
                    + "content=)[\"']([A-Za-z]{2,3})", Pattern.CASE_INSENSITIVE);

    /** The shortest snippet counted as a paragraph. */
    static final int PARAGRAPH_CHARS = 60;
    private static final Map<String, String> FIXES = new java.util.HashMap<>();

    static {
        DataFiles.rows(LanguageIdBenchmark.class, "language-fixes.tsv").forEach(r -> FIXES.put(r[0], r[1]));
    }

    private LanguageIdBenchmark() {
    }

    /** A text and the language its page declares. */
    private record Sample(String page, String language, String text) {
    }

    /**
     * Runs the measurement.
     *
     * @param args the trafeval folder and the aeb folder
     * @throws IOException when a page or the evaluation data cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LanguageIdBenchmark TRAFEVAL_DIR AEB_DIR");
            System.exit(2);
        }
        List<Sample> paragraphs = new ArrayList<>();
        List<Sample> articles = new ArrayList<>();
        int[] undeclared = new int[1];
        readTrafeval(Path.of(args[0]), paragraphs, articles, undeclared);
        readAeb(Path.of(args[1]), articles, undeclared);
        Map<String, Integer> byLanguage = new TreeMap<>();
        articles.forEach(s -> byLanguage.merge(s.language(), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "%d paragraphs, %d articles (%s); %d pages declare no language%n",
                paragraphs.size(), articles.size(), byLanguage, undeclared[0]);
        Map<String, Supplier<Function<String, String>>> identifiers = new LinkedHashMap<>();
        identifiers.put("lingua-low", () -> LanguageIdentifier.create(true)::identify);
        identifiers.put("lingua-full", () -> LanguageIdentifier.create(false)::identify);
        identifiers.put("optimaize", () -> optimaize(languages()));
        identifiers.put("optimaize-all", () -> optimaize(null));
        List<Sample> longer = paragraphs.stream().filter(p -> p.text().length() >= PARAGRAPH_CHARS).toList();
        System.out.printf(Locale.ROOT, "%d snippets of %d+ characters%n", longer.size(), PARAGRAPH_CHARS);
        System.out.println("identifier     load ms  heap MB  snippets  paragraphs  articles  us/snippet  us/article");
        Map<String, List<String>> misses = new LinkedHashMap<>();
        Map<String, String> halves = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Function<String, String>>> e : identifiers.entrySet()) {
            System.gc();
            long heapBefore = usedHeap();
            long t0 = System.nanoTime();
            Function<String, String> identify = e.getValue().get();
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            System.gc();
            long heapMb = (usedHeap() - heapBefore) >> 20;
            // warm up: one untimed pass over everything, so the JIT has compiled what the timed pass runs
            paragraphs.forEach(s -> identify.apply(s.text()));
            articles.forEach(s -> identify.apply(s.text()));
            List<String> missed = new ArrayList<>();
            long[] paragraphTime = new long[1];
            double snippetAccuracy = accuracy(paragraphs, identify, new ArrayList<>(), paragraphTime);
            double paragraphAccuracy = accuracy(longer, identify, missed, new long[1]);
            long[] articleTime = new long[1];
            double articleAccuracy = accuracy(articles, identify, missed, articleTime);
            misses.put(e.getKey(), missed);
            halves.put(e.getKey(), byHalf(longer, identify) + "; articles " + byHalf(articles, identify));
            System.out.printf(Locale.ROOT, "%-13s %8d %8d %9.4f %11.4f %9.4f %11.0f %11.0f%n", e.getKey(), loadMs,
                    heapMb, snippetAccuracy, paragraphAccuracy, articleAccuracy,
                    paragraphTime[0] / 1e3 / paragraphs.size(),
                    articleTime[0] / 1e3 / articles.size());
        }
        System.out.println("\nby half of the page file names (H1 0-7, H2 8-f), paragraphs and articles:");
        halves.forEach((name, line) -> System.out.printf(Locale.ROOT, "%-13s %s%n", name, line));
        for (Map.Entry<String, List<String>> e : misses.entrySet()) {
            System.out.println("\n" + e.getKey() + " wrong on " + e.getValue().size() + ":");
            e.getValue().forEach(System.out::println);
        }
    }

    private static double accuracy(List<Sample> samples, Function<String, String> identify, List<String> missed,
                                   long[] nanos) {
        int right = 0;
        long t0 = System.nanoTime();
        List<String> found = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            found.add(identify.apply(s.text()));
        }
        nanos[0] = System.nanoTime() - t0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (s.language().equals(found.get(i))) {
                right++;
            } else {
                String text = s.text().replaceAll("\\s+", " ");
                missed.add("  " + s.page() + " declared " + s.language() + ", found " + found.get(i) + ": "
                        + (text.length() > 120 ? text.substring(0, 120) + "…" : text));
            }
        }
        return samples.isEmpty() ? 0 : (double) right / samples.size();
    }

    /** Accuracy on the samples of each half, H1 the pages whose file name starts with 0-7, H2 the others. */
    private static String byHalf(List<Sample> samples, Function<String, String> identify) {
        StringBuilder out = new StringBuilder();
        for (boolean first : new boolean[] {true, false}) {
            List<Sample> half = samples.stream().filter(s -> "01234567".indexOf(s.page().charAt(0)) >= 0 == first)
                    .toList();
            long right = half.stream().filter(s -> s.language().equals(identify.apply(s.text()))).count();
            out.append(String.format(Locale.ROOT, "%s%s %d/%d %.4f", first ? "" : ", ", first ? "H1" : "H2", right,
                    half.size(), half.isEmpty() ? 0 : right / (double) half.size()));
        }
        return out.toString();
    }

    private static void readTrafeval(Path dir, List<Sample> paragraphs, List<Sample> articles, int[] undeclared)
            throws IOException {
        JsonNode eval = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        for (Map.Entry<String, JsonNode> entry : eval.properties()) {
            JsonNode page = entry.getValue();
            String file = page.get("file").asText();
            String language = FIXES.getOrDefault(file, declared(dir.resolve("html").resolve(file + ".gz")));
            if (language == null) {
                undeclared[0]++;
                continue;
            }
            List<String> snippets = new ArrayList<>();
            page.get("with").forEach(w -> snippets.add(w.asText()));
            snippets.forEach(s -> paragraphs.add(new Sample(file, language, s)));
            if (!snippets.isEmpty()) {
                articles.add(new Sample(file, language, String.join("\n\n", snippets)));
            }
        }
    }

    private static void readAeb(Path dir, List<Sample> articles, int[] undeclared) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        for (Map.Entry<String, JsonNode> page : truth.properties()) {
            String language = FIXES.getOrDefault(page.getKey(),
                    declared(dir.resolve("html").resolve(page.getKey() + ".html.gz")));
            if (language == null) {
                undeclared[0]++;
                continue;
            }
            articles.add(new Sample(page.getKey(), language, page.getValue().get("articleBody").asText()));
        }
    }

    /** The language a page declares in its markup, as a lower-case two-letter code, or null. */
    private static String declared(Path page) throws IOException {
        String head;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
            head = new String(in.readNBytes(300_000), StandardCharsets.ISO_8859_1);
        }
        Matcher m = HTML_LANG.matcher(head);
        if (!m.find()) {
            m = OG_LOCALE.matcher(head);
            if (!m.find()) {
                return null;
            }
        }
        String code = m.group(1).toLowerCase(Locale.ROOT);
        return code.length() == 2 ? code : null;
    }

    private static List<String> languages() {
        return DataFiles.rows(LanguageIdentifier.class, "languages.txt").stream().map(r -> r[0]).toList();
    }

    /** Optimaize over the given languages (Chinese as its two profiles), or over all its profiles when null. */
    private static Function<String, String> optimaize(List<String> languages) {
        List<LanguageProfile> profiles;
        try {
            LanguageProfileReader reader = new LanguageProfileReader();
            if (languages == null) {
                profiles = reader.readAllBuiltIn();
            } else {
                List<LdLocale> locales = new ArrayList<>();
                for (String l : languages) {
                    if (l.equals("zh")) {
                        locales.add(LdLocale.fromString("zh-CN"));
                        locales.add(LdLocale.fromString("zh-TW"));
                    } else {
                        locales.add(LdLocale.fromString(l));
                    }
                }
                profiles = reader.readBuiltIn(locales);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Optimaize profiles", e);
        }
        LanguageDetector detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(profiles).build();
        TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
        return text -> {
            String sample = text.length() > LanguageIdentifier.SAMPLE_CHARS
                    ? text.substring(0, LanguageIdentifier.SAMPLE_CHARS) : text;
            // the same floor as core's identifier, so both answer on the same texts
            if (sample.codePoints().filter(Character::isLetter).count() < LanguageIdentifier.MIN_LETTERS) {
                return null;
            }
            List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
            return found.isEmpty() ? null : found.get(0).getLocale().getLanguage();
        };
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
