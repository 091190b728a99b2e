package org.crosscheck.app.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with facet counts over all hits.
 *
 * @param query  the query run
 * @param total  number of hits in all
 * @param hits   this page's hits
 * @param facets per dimension (type, outlet, kind, speaker, event), value to count, largest first
 */
public record SearchResult(SearchQuery query, long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /** Makes the collections immutable. */
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
