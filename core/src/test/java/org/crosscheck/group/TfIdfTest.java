package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfTest {

    /** A bag of words, as a term count (shared with the other grouping tests). */
    static Map<String, Integer> doc(String... words) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : words) {
            out.merge(w, 1, Integer::sum);
        }
        return out;
    }

    @Test
    void inASmallCorpusTheWordsOfOneEventLinkItsArticles() {
        // "dam" and "kerrin" are in every article: in a corpus this small they still link
        TfIdf tfidf = new TfIdf(List.of(doc("dam", "kerrin", "flood"), doc("dam", "kerrin", "governor"),
                doc("dam", "kerrin", "rescue")), TfIdf.CORPUS_COMMON);
        assertThat(tfidf.pairs().get(0)).containsKeys(1, 2);
    }

    @Test
    void theScoreIsTheCosineOverAllTermsNotOnlyTheIndexedOnes() {
        TfIdf tfidf = new TfIdf(List.of(doc("dam", "flood"), doc("dam", "flood")), TfIdf.CORPUS_COMMON);
        assertThat(tfidf.pairs().get(0).get(1)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aWordInManyDocumentsLinksNone() {
        List<Map<String, Integer>> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(doc("government", "unique" + i));
        }
        docs.add(doc("government", "brackwater", "x"));
        docs.add(doc("government", "brackwater", "y"));
        Map<Integer, Map<Integer, Double>> pairs = new TfIdf(docs, TfIdf.CORPUS_COMMON).pairs();
        assertThat(pairs.keySet()).containsExactly(300);
        assertThat(pairs.get(300)).containsOnlyKeys(301);
    }
}
