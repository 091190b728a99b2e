package org.crosscheck.app.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;

/**
 * The filter a run consults after ingest and clean: an article whose source is stored with the same
 * cleaned text (SHA-256 of the text the cleaner gave, before corpus-level stages) is not analysed again.
 * The cleaned text, not the raw bytes, is the key so that a re-encoded or re-fetched page whose main
 * text did not change counts as the same; a changed cleaner that gives another text analyses it again.
 * The new articles are renumbered after the stored ones so their ids rarely clash.
 */
public final class StoredFilter {

    private final Store store;

    /**
     * Makes a filter.
     *
     * @param store the store to consult
     */
    public StoredFilter(Store store) {
        this.store = store;
    }

    /**
     * Splits cleaned articles into new and already stored ones.
     *
     * @param articles articles as the cleaner gave them
     * @return the new articles (renumbered), their input hashes, and the sources already stored
     */
    public Split split(List<Article> articles) {
        List<Article> fresh = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        long next = store.queries().articleCount() + 1;
        for (Article a : articles) {
            String hash = ContentHash.of(a.text());
            if (store.findInput(a.source(), hash).isPresent()) {
                stored.add(a.source());
            } else {
                Article renamed = a.withId("a" + (next++));
                fresh.add(renamed);
                hashes.put(renamed.id(), hash);
            }
        }
        return new Split(fresh, stored, hashes);
    }

    /**
     * What {@link #split} found.
     *
     * @param fresh       articles to analyse, with new ids
     * @param stored      sources of the articles already stored
     * @param inputHashes the input hash of each new article by its new id
     */
    public record Split(List<Article> fresh, List<String> stored, Map<String, String> inputHashes) {

        /** Makes the collections immutable. */
        public Split {
            fresh = List.copyOf(fresh);
            stored = List.copyOf(stored);
            inputHashes = Map.copyOf(inputHashes);
        }
    }
}
