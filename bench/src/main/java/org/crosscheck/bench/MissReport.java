package org.crosscheck.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.Removal;

/** Writes, page by page, what the clean stage got wrong and why it left each missed snippet out. */
final class MissReport {

    /** One scored page and the clean stage's article (null when it read none). */
    record Page(String name, String truth, List<String> with, List<String> without, Article article) {
    }

    private MissReport() {
    }

    static void write(Path file, boolean aeb, List<Page> pages) throws IOException {
        Files.createDirectories(file.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Page p : pages) {
                String text = p.article() == null ? null : p.article().text();
                if (aeb) {
                    AebMetric.Score s = AebMetric.score(Map.of(p.name(), p.truth()),
                            Map.of(p.name(), text == null ? "" : text));
                    out.printf(Locale.ROOT, "%s P %.3f R %.3f%n", p.name(), s.precision(), s.recall());
                    continue;
                }
                String t = SnippetMetric.normalise(text);
                for (String w : p.with()) {
                    if (text == null || !t.contains(SnippetMetric.normalise(w))) {
                        out.printf("%s MISS [%s] %s%n", p.name(), why(p.article(), w), w);
                    }
                }
                for (String w : p.without()) {
                    if (text != null && t.contains(SnippetMetric.normalise(w))) {
                        out.printf("%s KEPT %s%n", p.name(), w);
                    }
                }
            }
        }
    }

    private static String why(Article a, String snippet) {
        if (a == null) {
            return "page not read";
        }
        String s = SnippetMetric.normalise(snippet);
        for (Removal r : a.removed()) {
            if (SnippetMetric.normalise(r.text()).contains(s)) {
                return r.reason();
            }
        }
        return "not found whole in any removal";
    }
}
