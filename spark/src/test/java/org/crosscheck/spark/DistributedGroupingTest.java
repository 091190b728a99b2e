package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.crosscheck.group.DocumentFrequencies;
import org.crosscheck.model.Article;
import org.junit.jupiter.api.Test;

/** The steps of grouping run distributed give what core gives on one machine, on made-up corpora. */
class DistributedGroupingTest {

    private static final JavaSparkContext JSC = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());

    @Test
    void documentFrequenciesCountedByTermAreCoresTable() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Article> articles = SyntheticArticles.corpus(seed, 150 * (int) seed);
            DocumentFrequencies single = DocumentFrequencies.count(articles.stream()
                    .map(DocumentFrequencies::terms).toList());
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            DocumentFrequencies distributed = new DocumentFrequencyStep(3).frequencies(JSC.parallelize(shuffled, 5));
            assertThat(distributed).as("seed " + seed).isEqualTo(single);
            // the corpus has terms in one document, in one topic's documents and in most documents
            assertThat(single.documents()).isEqualTo(articles.size());
            assertThat(single.count("word1x0")).isEqualTo(1);
            assertThat(single.count("kerrin")).isBetween(2, articles.size() / 2);
            assertThat(single.count("day")).isEqualTo(articles.size());
        }
    }
}
