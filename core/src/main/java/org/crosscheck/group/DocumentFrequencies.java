package org.crosscheck.group;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;

/**
 * The document frequencies TF-IDF weighs the terms of a corpus by: for each term, how many of the corpus's
 * documents hold it, and how many documents there are. The table is made from each article's term set
 * ({@link #terms}) in one of two ways that give the same table: on one machine by {@link #count}, or from counts
 * made elsewhere (a distributed count by term) by {@link #of}. It holds terms and numbers only, never text, so a
 * distributed run can hand it to every task.
 */
public final class DocumentFrequencies implements Serializable {

    private static final long serialVersionUID = 1L;
    private final HashMap<String, Integer> counts;
    private final int documents;

    private DocumentFrequencies(HashMap<String, Integer> counts, int documents) {
        this.counts = counts;
        this.documents = documents;
    }

    /**
     * Returns the terms of an article that its document frequencies count: the distinct content words of its
     * text ({@link Words#content}), as grouping's profiles weigh them.
     *
     * @param article an article as grouping will see it
     * @return its distinct terms
     */
    public static Set<String> terms(Article article) {
        return Set.copyOf(Profiles.termCounts(article).keySet());
    }

    /**
     * Makes the table from counts made elsewhere.
     *
     * @param counts    for each term, the number of documents that hold it (each at least 1, at most
     *                  {@code documents})
     * @param documents the number of documents of the corpus
     * @return the table
     * @throws IllegalArgumentException when a count is below 1 or above {@code documents}, or {@code documents}
     *                                  is negative
     */
    public static DocumentFrequencies of(Map<String, ? extends Number> counts, int documents) {
        if (documents < 0) {
            throw new IllegalArgumentException("a corpus of " + documents + " documents");
        }
        HashMap<String, Integer> table = new HashMap<>();
        counts.forEach((term, n) -> {
            int c = n.intValue();
            if (c < 1 || c > documents) {
                throw new IllegalArgumentException("term '" + term + "' in " + c + " of " + documents
                        + " documents");
            }
            table.put(term, c);
        });
        return new DocumentFrequencies(table, documents);
    }

    /**
     * Counts the table on one machine.
     *
     * @param termSets each document's distinct terms, one collection per document
     * @return the table
     */
    public static DocumentFrequencies count(Collection<? extends Collection<String>> termSets) {
        Map<String, Integer> counts = new HashMap<>();
        termSets.forEach(terms -> Set.copyOf(terms).forEach(t -> counts.merge(t, 1, Integer::sum)));
        return of(counts, termSets.size());
    }

    /**
     * Returns how many documents hold a term.
     *
     * @param term a term
     * @return the count, 0 for a term no document holds
     */
    public int count(String term) {
        return counts.getOrDefault(term, 0);
    }

    /**
     * Returns the number of documents of the corpus.
     *
     * @return the number of documents
     */
    public int documents() {
        return documents;
    }

    /**
     * Returns the number of distinct terms.
     *
     * @return how many terms some document holds
     */
    public int terms() {
        return counts.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentFrequencies d && d.documents == documents && d.counts.equals(counts);
    }

    @Override
    public int hashCode() {
        return 31 * documents + counts.hashCode();
    }

    @Override
    public String toString() {
        return "DocumentFrequencies[" + counts.size() + " terms, " + documents + " documents]";
    }
}
