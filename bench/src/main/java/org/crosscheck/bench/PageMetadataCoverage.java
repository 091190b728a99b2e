package org.crosscheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.clean.html.ReadabilityHtmlExtractor;
import org.crosscheck.model.Article;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;

/**
 * Counts how many saved pages get a publication date, author, title and URL from their own metadata: the
 * HTML extractor's {@code <meta>}/OpenGraph/{@code <time>} reading alone, beside the clean stage's article
 * (JSON-LD first, guarded canonical, bylines checked, then the text's own lines). Lists the pages left
 * without a date. Usage: {@code PageMetadataCoverage DIR} with {@code .html} or {@code .html.gz} pages, e.g.
 * {@code ../shared/eval/aeb/html}.
 */
public final class PageMetadataCoverage {

    private PageMetadataCoverage() {
    }

    /**
     * Runs the count.
     *
     * @param args the folder of pages
     * @throws IOException when a page cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PageMetadataCoverage DIR   (pages as .html or .html.gz)");
            System.exit(2);
        }
        ReadabilityHtmlExtractor extractor = new ReadabilityHtmlExtractor();
        ArticleCleaner cleaner = ArticleCleaner.standard();
        int pages = 0;
        int[] before = new int[4];
        int[] after = new int[4];
        List<String> undated = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList()) {
                String html = read(p);
                Metadata meta = extractor.extract(html, null).metadata();
                Article a = cleaner.clean(new RawDocument(p.getFileName().toString(), RawDocument.Format.HTML, html,
                        null), "a" + pages);
                pages++;
                count(before, meta.published(), meta.author(), meta.title(), meta.url());
                count(after, a.published(), a.author(), a.title(), a.url());
                if (a.published() == null) {
                    undated.add(p.getFileName().toString());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d pages          published  author  title  url%n", pages);
        System.out.printf(Locale.ROOT, "meta/OpenGraph     %9d  %6d  %5d  %3d%n", before[0], before[1], before[2],
                before[3]);
        System.out.printf(Locale.ROOT, "clean stage        %9d  %6d  %5d  %3d%n", after[0], after[1], after[2],
                after[3]);
        System.out.println("without a publication date: " + String.join(" ", undated));
    }

    private static void count(int[] counts, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                counts[i]++;
            }
        }
    }

    private static String read(Path p) throws IOException {
        try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p))
                : Files.newInputStream(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
