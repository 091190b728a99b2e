package org.crosscheck.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.crosscheck.group.DocumentFrequencies;
import org.crosscheck.model.Article;
import scala.Tuple2;

/**
 * The document frequencies grouping weighs terms by, counted by term: every article gives each of core's
 * {@link DocumentFrequencies#terms} once, a {@code reduceByKey} adds the ones up per term, and core's
 * {@link DocumentFrequencies#of} makes the table from the counts and the number of articles, as its
 * {@link DocumentFrequencies#count} does on one machine. What reaches the driver is the table (a term and a
 * number each, the corpus's vocabulary), never an article; the caller broadcasts it.
 */
public final class DocumentFrequencyStep implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int parts;

    /**
     * Makes the step.
     *
     * @param parts how many partitions the terms are counted in
     */
    public DocumentFrequencyStep(int parts) {
        this.parts = parts;
    }

    /**
     * Counts the table.
     *
     * @param articles the articles as grouping will see them, each once
     * @return the table of their terms
     */
    public DocumentFrequencies frequencies(JavaRDD<Article> articles) {
        Map<String, Integer> counts = new HashMap<>(articles
                .flatMapToPair(a -> DocumentFrequencies.terms(a).stream().map(t -> new Tuple2<>(t, 1)).iterator())
                .reduceByKey(Integer::sum, parts)
                .collectAsMap());
        return DocumentFrequencies.of(counts, Math.toIntExact(articles.count()));
    }
}
