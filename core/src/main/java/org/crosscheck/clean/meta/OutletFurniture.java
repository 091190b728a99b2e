package org.crosscheck.clean.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Removal;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Removes paragraphs that an outlet repeats across its articles: a paragraph found in at least
 * {@value #MIN_ARTICLES} articles of one outlet, and in at least half of them, is that outlet's page
 * furniture (a standing appeal, a disclaimer, an "about us" box) however it is worded. Runs on cleaned
 * articles, before annotation, since it changes their text.
 */
public final class OutletFurniture implements CorpusStage {

    static final int MIN_ARTICLES = 3;

    @Override
    public String name() {
        return "outlet furniture";
    }

    @Override
    public Set<Part> requires() {
        return Set.of(Part.ARTICLES);
    }

    @Override
    public Set<Part> provides() {
        return Set.of(Part.ARTICLES);
    }

    @Override
    public Corpus apply(Corpus corpus, Progress progress) {
        Map<String, List<Article>> byOutlet = corpus.articles().stream().filter(a -> a.outlet() != null)
                .collect(Collectors.groupingBy(a -> a.outlet().toLowerCase(Locale.ROOT)));
        Map<String, Set<String>> repeated = new HashMap<>();
        byOutlet.forEach((outlet, articles) -> repeated.put(outlet, repeatedParagraphs(articles)));
        List<Article> cleaned = new ArrayList<>();
        for (Article a : corpus.articles()) {
            String outlet = a.outlet() == null ? null : a.outlet().toLowerCase(Locale.ROOT);
            Set<String> furniture = outlet == null ? Set.of() : repeated.get(outlet);
            cleaned.add(furniture.isEmpty() ? a : without(a, furniture, byOutlet.get(outlet).size()));
        }
        return new Corpus(cleaned, corpus.annotations(), corpus.entities(), corpus.statements(), corpus.figures(),
                corpus.copies(), corpus.events(), corpus.stories(), corpus.comparisons(), corpus.errors());
    }

    private static Set<String> repeatedParagraphs(List<Article> articles) {
        if (articles.size() < MIN_ARTICLES) {
            return Set.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : articles) {
            for (String p : new HashSet<>(paragraphs(a.text()))) {
                counts.merge(key(p), 1, Integer::sum);
            }
        }
        int needed = Math.max(MIN_ARTICLES, (articles.size() + 1) / 2);
        return counts.entrySet().stream().filter(e -> e.getValue() >= needed && !e.getKey().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Article without(Article a, Set<String> furniture, int outletArticles) {
        List<String> kept = new ArrayList<>();
        List<Removal> removed = new ArrayList<>(a.removed());
        for (String p : paragraphs(a.text())) {
            if (furniture.contains(key(p))) {
                removed.add(new Removal(p, "repeated across " + outletArticles
                        + " articles of this outlet (page furniture)"));
            } else {
                kept.add(p);
            }
        }
        if (kept.isEmpty()) {
            return a;
        }
        return a.withText(String.join("\n\n", kept), removed);
    }

    private static List<String> paragraphs(String text) {
        return List.of(text.split("\n\n"));
    }

    private static String key(String paragraph) {
        return paragraph.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
