package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;
import org.junit.jupiter.api.Test;

/** The document-frequency table both paths weigh terms by: counted here, or made from counts made elsewhere. */
class DocumentFrequenciesTest {

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", null, null, null, null, null, "en", text, List.of(), List.of(), null,
                List.of());
    }

    private static Map<String, Integer> doc(String... words) {
        return TfIdfTest.doc(words);
    }

    @Test
    void anArticlesTermsAreItsDistinctContentWordsWithPluralsFolded() {
        assertThat(DocumentFrequencies.terms(article("a1", "The floods hit the dam. A flood hit the dams again.")))
                .containsExactlyInAnyOrder("flood", "hit", "dam", "again");
    }

    @Test
    void aTermIsCountedOncePerDocumentHoweverOftenItIsWritten() {
        DocumentFrequencies df = DocumentFrequencies.count(List.of(List.of("dam", "dam", "flood"), Set.of("dam")));
        assertThat(df.count("dam")).isEqualTo(2);
        assertThat(df.count("flood")).isEqualTo(1);
        assertThat(df.count("rescue")).isZero();
        assertThat(df.documents()).isEqualTo(2);
        assertThat(df.terms()).isEqualTo(2);
        assertThat(df).isEqualTo(DocumentFrequencies.of(Map.of("dam", 2L, "flood", 1L), 2))
                .isNotEqualTo(DocumentFrequencies.of(Map.of("dam", 2, "flood", 1), 3))
                .isNotEqualTo(DocumentFrequencies.of(Map.of("dam", 1, "flood", 1), 2));
    }

    @Test
    void aCountAboveTheNumberOfDocumentsOrBelowOneIsRefused() {
        assertThatThrownBy(() -> DocumentFrequencies.of(Map.of("dam", 3), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dam");
        assertThatThrownBy(() -> DocumentFrequencies.of(Map.of("dam", 0), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weighingByATableCountedElsewhereGivesTheSamePairsAsCountingHere() {
        List<Map<String, Integer>> docs = List.of(doc("dam", "kerrin", "flood"), doc("dam", "kerrin", "governor"),
                doc("dam", "rescue", "rescue"), doc("market", "fire"));
        DocumentFrequencies counted = DocumentFrequencies.of(Map.of("dam", 3, "kerrin", 2, "flood", 1,
                "governor", 1, "rescue", 1, "market", 1, "fire", 1), 4);
        assertThat(new TfIdf(docs, counted, TfIdf.CORPUS_COMMON).pairs())
                .isNotEmpty().isEqualTo(new TfIdf(docs, TfIdf.CORPUS_COMMON).pairs());
        // a table of other counts weighs otherwise: the table is what the weights come from
        DocumentFrequencies other = DocumentFrequencies.of(Map.of("dam", 1, "kerrin", 1, "flood", 4,
                "governor", 4, "rescue", 4, "market", 1, "fire", 1), 4);
        assertThat(new TfIdf(docs, other, TfIdf.CORPUS_COMMON).pairs())
                .isNotEqualTo(new TfIdf(docs, TfIdf.CORPUS_COMMON).pairs());
    }

    @Test
    void aTableOfAnotherNumberOfDocumentsIsRefused() {
        List<Map<String, Integer>> docs = List.of(doc("dam"), doc("dam"));
        assertThatThrownBy(() -> new TfIdf(docs, DocumentFrequencies.of(Map.of("dam", 2), 3), TfIdf.CORPUS_COMMON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 documents");
    }
}
