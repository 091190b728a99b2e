package org.crosscheck.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

class OutletNamingTest {

    private static Article article(String id, String outlet) {
        return new Article(id, id + ".html", outlet, null, null, null, null, "en", "Text " + id + ".", List.of(),
                List.of(), null, List.of(), "2026-11-24T08:30:00Z");
    }

    @Test
    void theNamesOfOneOutletBecomeItsMostUsedProperName() {
        Corpus corpus = Corpus.of(List.of(article("a1", "valley-post.com"), article("a2", "The Valley Post"),
                article("a3", "Valley Post"), article("a4", "The Valley Post"), article("a5", "amp.valley-post.com"),
                article("a6", "harbor-herald.com"), article("a7", null), article("a8", "harbor-herald.com")),
                List.of());
        Corpus out = new OutletNaming().apply(corpus, Progress.NONE);
        assertThat(out.articles()).extracting(Article::outlet).containsExactly("The Valley Post", "The Valley Post",
                "The Valley Post", "The Valley Post", "The Valley Post", "harbor-herald.com", null,
                "harbor-herald.com");
        // only the name changes
        assertThat(out.articles().get(0)).isEqualTo(corpus.articles().get(0).withOutlet("The Valley Post"));
        assertThat(out.articles().get(0).retrieved()).isEqualTo("2026-11-24T08:30:00Z");
    }
}
