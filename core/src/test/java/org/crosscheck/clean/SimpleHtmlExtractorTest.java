package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimpleHtmlExtractorTest {

    @Test
    void takesMetadataAndArticleParagraphsAndKeepsRemovals() {
        String html = """
                <html lang="en-GB"><head><title>Page title</title>
                <meta property="og:title" content="Gates reopen after flood">
                <meta property="og:site_name" content="Example Daily">
                <meta property="article:published_time" content="2026-03-04T08:00:00Z">
                <link rel="canonical" href="https://www.example.org/news/gates"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Gates reopen after flood</h1>
                <figure><img src="x.jpg"><figcaption>The gates on Monday. Photo: A. Person</figcaption></figure>
                <p>Engineers reopened the northern flood gates on Tuesday after a week of repairs, the river authority said.</p>
                <p>About 300 residents returned to their homes in the lower valley, according to the town council.</p>
                <div class="share-bar">Share on Facebook</div></article>
                <footer>Copyright Example Daily</footer></body></html>""";
        ExtractedPage page = new SimpleHtmlExtractor().extract(html, null);
        assertThat(page.metadata().title()).isEqualTo("Gates reopen after flood");
        assertThat(page.metadata().outlet()).isEqualTo("Example Daily");
        assertThat(page.metadata().language()).isEqualTo("en");
        assertThat(page.metadata().url()).isEqualTo("https://www.example.org/news/gates");
        assertThat(page.blocks()).contains(
                "Engineers reopened the northern flood gates on Tuesday after a week of repairs, the river authority said.");
        assertThat(String.join(" ", page.blocks())).doesNotContain("Home", "Share on", "Copyright", "Photo:");
        assertThat(page.removed()).anyMatch(r -> r.reason().contains("caption"))
                .anyMatch(r -> r.text().contains("Copyright"));
    }
}
