package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Metadata;
import org.junit.jupiter.api.Test;

class FeedDocumentsTest {

    @Test
    void anRss2AuthorAddressGivesItsNameOrNoByline() {
        assertThat(FeedDocuments.byline("desk@valley.example (Ann Writer)")).isEqualTo("Ann Writer");
        assertThat(FeedDocuments.byline("desk@valley.example")).isNull();
        assertThat(FeedDocuments.byline("Ann Writer, B. Reporter")).isEqualTo("Ann Writer, B. Reporter");
        assertThat(FeedDocuments.byline(null)).isNull();
    }

    @Test
    void headlineAndBylineAreFirmLinkDateAndLanguageAreFallbacks() {
        Feed feed = new Feed("Valley Post", "en", List.of());
        FeedEntry entry = new FeedEntry("g1", 1, "Gates reopen", "https://valley.example/g?utm=rss",
                "2026-11-24T08:30:00Z", "Ann Writer", "<p>Teaser.</p>", 7);
        assertThat(FeedDocuments.hints(feed, entry))
                .isEqualTo(new Metadata("g1", "Gates reopen", null, null, null, "Ann Writer", null));
        assertThat(FeedDocuments.fallback(feed, entry)).isEqualTo(new Metadata(null, null,
                "https://valley.example/g?utm=rss", null, "2026-11-24T08:30:00Z", null, "en"));
    }
}
