package org.crosscheck.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

class OutletFurnitureTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, id + ".txt", outlet, null, null, null, null, "en", text, List.of(), List.of(), null,
                List.of());
    }

    @Test
    void removesAParagraphAnOutletRepeatsInMostOfItsArticles() {
        String box = "The Valley Courier is owned by its readers and answers to no one else.";
        Corpus corpus = Corpus.of(List.of(
                article("a1", "Valley Courier", "Story one.\n\n" + box),
                article("a2", "Valley Courier", "Story two.\n\n" + box),
                article("a3", "Valley Courier", "Story three.\n\n" + box),
                article("a4", "Other Paper", "Story four.\n\n" + box)), List.of());
        Corpus out = new OutletFurniture().apply(corpus, Progress.NONE);
        assertThat(out.articles()).extracting(Article::text)
                .containsExactly("Story one.", "Story two.", "Story three.", "Story four.\n\n" + box);
        assertThat(out.articles().get(0).removed()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("repeated across 3 articles"));
    }

    @Test
    void leavesOutletsWithFewArticlesAlone() {
        Corpus corpus = Corpus.of(List.of(article("a1", "X", "Same.\n\nOne."), article("a2", "X", "Same.\n\nTwo.")),
                List.of());
        assertThat(new OutletFurniture().apply(corpus, Progress.NONE).articles()).extracting(Article::text)
                .containsExactly("Same.\n\nOne.", "Same.\n\nTwo.");
    }
}
