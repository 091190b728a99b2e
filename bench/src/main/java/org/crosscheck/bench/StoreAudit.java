package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.search.SearchQuery;
import org.crosscheck.app.store.ContentHash;
import org.crosscheck.app.store.Store;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.model.SourceError;

/**
 * What a store holds, in terms that do not depend on the ids a run gave out: each article (by source) with the
 * hash of its text and how many mentions, statements and figures it has, the groups, the errors and how many
 * articles the search index finds. Two stores that analysed the same inputs have equal snapshots.
 *
 * @param articles the shape of each stored article, by source
 * @param events   how many events are stored
 * @param stale    true when articles were added since the groups were last replaced
 * @param errors   the stored error lines, "source: message", sorted
 * @param indexed  how many articles the search index finds (after it caught up with the store on opening)
 */
record StoreAudit(Map<String, Shape> articles, int events, boolean stale, List<String> errors, long indexed) {

    /**
     * One stored article without its ids.
     *
     * @param textHash   hash of its clean text
     * @param mentions   mentions of entities in it
     * @param statements statements in it
     * @param figures    figures in it
     */
    record Shape(String textHash, long mentions, long statements, long figures) {
    }

    /**
     * Opens a store (and its search index, which catches up with the store if a run died between the two) and
     * reads its snapshot.
     *
     * @param db the store file
     * @return the snapshot
     * @throws org.crosscheck.app.store.StoreException when the store does not open
     * @throws java.io.UncheckedIOException when the search index does not open
     */
    static StoreAudit of(Path db) {
        try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(store)) {
            Dossier d = store.dossier(new Dossier.Tool("crosscheck", "audit"));
            long indexed = index.search(new SearchQuery("", "article", null, null, null, null, null, null, null, 0, 1))
                    .total();
            return new StoreAudit(shapes(d), d.events().size(), store.groupsStale(),
                    d.errors().stream().map(StoreAudit::line).sorted().toList(), indexed);
        }
    }

    private static Map<String, Shape> shapes(Dossier d) {
        Map<String, Long> mentions = d.entities().stream().map(Entity::mentions).flatMap(List::stream)
                .collect(Collectors.groupingBy(Mention::article, Collectors.counting()));
        Map<String, Long> statements = counts(d.statements(), org.crosscheck.model.Statement::article);
        Map<String, Long> figures = counts(d.figures(), org.crosscheck.model.Figure::article);
        Map<String, Shape> out = new TreeMap<>();
        for (Article a : d.articles()) {
            out.put(a.source(), new Shape(ContentHash.of(a.text()), mentions.getOrDefault(a.id(), 0L),
                    statements.getOrDefault(a.id(), 0L), figures.getOrDefault(a.id(), 0L)));
        }
        return out;
    }

    private static <T> Map<String, Long> counts(List<T> records, Function<T, String> article) {
        return records.stream().collect(Collectors.groupingBy(article, Collectors.counting()));
    }

    /**
     * Says what is wrong with a store left by a killed run, against the store of a whole run over the same inputs:
     * an article that is not as in the whole run (a part of it missing), groups that claim to cover articles
     * they do not, an index out of step.
     *
     * @param whole the snapshot of a run that was not killed
     * @return the problems found, empty when the store holds only whole articles
     */
    List<String> partialProblems(StoreAudit whole) {
        List<String> out = new java.util.ArrayList<>();
        articles.forEach((source, shape) -> {
            if (!shape.equals(whole.articles().get(source))) {
                out.add("article " + source + " is " + shape + ", in a whole run " + whole.articles().get(source));
            }
        });
        if (!articles.isEmpty() && !stale && !articles.keySet().equals(whole.articles().keySet())) {
            out.add("the groups are marked up to date over " + articles.size() + " of " + whole.articles().size()
                    + " articles");
        }
        if (indexed != articles.size()) {
            out.add("the search index finds " + indexed + " of " + articles.size() + " articles");
        }
        errors.stream().filter(e -> !whole.errors().contains(e)).forEach(e -> out.add("unexpected error " + e));
        return out;
    }

    /**
     * Says how a store after a finished (resumed) run differs from that of a run that was never killed.
     *
     * @param whole the snapshot of a run that was not killed
     * @return the differences, empty when they are equal
     */
    List<String> differences(StoreAudit whole) {
        List<String> out = new java.util.ArrayList<>(partialProblems(whole));
        whole.articles().keySet().stream().filter(s -> !articles.containsKey(s))
                .forEach(s -> out.add("article " + s + " is missing"));
        if (events != whole.events()) {
            out.add(events + " events, " + whole.events() + " in a whole run");
        }
        if (stale) {
            out.add("the groups are stale");
        }
        if (!errors.equals(whole.errors())) {
            out.add("errors " + errors + ", in a whole run " + whole.errors());
        }
        return out;
    }

    private static String line(SourceError e) {
        return e.source() + ": " + e.message();
    }
}
