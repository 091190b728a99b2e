package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.junit.jupiter.api.Test;

class FormatTest {

    private static Article article(String published, String retrieved) {
        return new Article("a1", "in/a.html", "Valley Post", null, "Gates", published, null, "en", "Text.", List.of(),
                List.of(), null, List.of(), retrieved);
    }

    @Test
    void aCrawlDateIsShownAsSuchNeverAsAPublicationDay() {
        assertThat(Format.date(article("2026-11-20T10:00:00Z", "2026-11-24T08:30:00Z"))).isEqualTo("2026-11-20");
        assertThat(Format.date(article(null, "2026-11-24T08:30:00Z"))).isEqualTo("retrieved 2026-11-24");
        assertThat(Format.date(article(null, null))).isEmpty();
        assertThat(Format.date(null)).isEmpty();
        assertThat(Format.source(article(null, "2026-11-24T08:30:00Z"))).contains("retrieved 2026-11-24");
    }
}
