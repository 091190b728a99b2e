package org.crosscheck.clean.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Part;
import org.crosscheck.pipeline.Progress;

/**
 * Gives every article of one outlet the same outlet name. One outlet reaches the cleaner under several
 * names: its site name in one page's metadata ("The Valley Post"), its host where a page has none
 * ("valley-post.com", "amp.valley-post.com"), its self-reference in furniture ("Valley Post"). Names with
 * the same {@link OutletNames#key key} are one outlet, named by its most used proper name (a host only when
 * no page names it), so that the stages after this one, which compare outlet names (repeated furniture,
 * duplicates versus wire copies, independent sources), see one outlet. Run it first among corpus stages.
 */
public final class OutletNaming implements CorpusStage {

    @Override
    public String name() {
        return "outlet naming";
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
        Map<String, String> nameOfKey = names(corpus.articles());
        List<Article> named = new ArrayList<>(corpus.articles().size());
        for (Article a : corpus.articles()) {
            String name = a.outlet() == null ? null : nameOfKey.get(OutletNames.key(a.outlet()));
            named.add(name == null || name.equals(a.outlet()) ? a : a.withOutlet(name));
        }
        return new Corpus(named, corpus.annotations(), corpus.entities(), corpus.statements(), corpus.figures(),
                corpus.copies(), corpus.events(), corpus.stories(), corpus.comparisons(), corpus.errors());
    }

    /** For each key, the name to use: proper names before hosts, then the most used, then the longest. */
    private static Map<String, String> names(List<Article> articles) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Article a : articles) {
            String key = OutletNames.key(a.outlet());
            if (!key.isEmpty()) {
                counts.computeIfAbsent(key, k -> new HashMap<>()).merge(a.outlet(), 1, Integer::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((key, names) -> out.put(key, names.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(e -> isProperName(e.getKey()))
                        .thenComparing(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey()));
        return out;
    }

    /** A name a page gives itself ("Valley Post"), as opposed to a host ("valley-post.com"). */
    private static boolean isProperName(String name) {
        return name.contains(" ") || !name.equals(name.toLowerCase(java.util.Locale.ROOT)) || !name.contains(".");
    }
}
