package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class EmbeddedPostsTest {

    private static final String PAGE = """
            <html><body><article>
            <p>The county's new road-safety slogan drew thousands of replies on Monday, most of them jokes.</p>
            <p>One resident put it plainly, and the county's own account answered within the hour.</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Slow down, it is only a
            roundabout. https://t.co/abc</p>— A. Resident (@aresident) May 4, 2026</blockquote>
            <script src="https://platform.example/widgets.js"></script></div>
            <p>The campaign runs until the end of the summer, a spokeswoman for the county said on Tuesday.</p>
            <div class="share-tools"><a href="/s">Share on social media</a></div>
            </article></body></html>""";

    @Test
    void anEmbeddedPostInAFurnitureNamedWrapperStaysInTheMainText() {
        ExtractedPage page = new ReadabilityHtmlExtractor().extract(PAGE, null);
        assertThat(String.join("\n", page.blocks())).contains("Slow down, it is only a roundabout.",
                "— A. Resident (@aresident) May 4, 2026", "The campaign runs until").doesNotContain("Share on");
    }

    @Test
    void onlyAWrapperHoldingNothingButThePostIsReplaced() {
        Document doc = Jsoup.parse(PAGE);
        assertThat(EmbeddedPosts.unwrap(doc.body())).isEqualTo(1);
        assertThat(doc.selectFirst("div.social-media-embed")).isNull();
        assertThat(doc.selectFirst("article > blockquote.twitter-tweet")).isNotNull();
        Document mixed = Jsoup.parse("<div class=social><p>Other text</p><blockquote class=twitter-tweet>Post"
                + "</blockquote></div>");
        assertThat(EmbeddedPosts.unwrap(mixed.body())).isZero();
    }
}
