package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Article;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Which source wins, field by field: firm hints, then the page's own metadata, then its text, then fallbacks. */
class ArticleCleanerTest {

    private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
    private static final String BODY = "<body><article><p>The northern flood gates reopened on Tuesday after a week "
            + "of repairs, the river authority said in a statement.</p><p>About 300 residents returned to their homes "
            + "in the lower valley, according to the town council, which thanked the engineers.</p></article></body>";
    /** Where and when an archive captured the page, and what a feed entry said of it: all overridable. */
    private static final Metadata CAPTURED = new Metadata(null, null, "https://www.valley-post.example/n/gates?utm=rss",
            null, "2026-03-05T09:00:00Z", null, "de", "2026-03-07T12:00:00Z");

    private static Article clean(String head, Metadata hints, Metadata fallback) {
        return CLEANER.clean(new RawDocument("page", RawDocument.Format.HTML, "<html><head>" + head + "</head>" + BODY,
                hints, fallback), "a1");
    }

    @Test
    void thePagesOwnDateAndCanonicalUrlWinOverTheFeedAndTheCaptureButTheCaptureTimeIsKept() {
        Article a = clean("""
                <meta property="article:published_time" content="2026-03-04T08:00:00Z">
                <link rel="canonical" href="https://www.valley-post.example/n/gates">""", Metadata.EMPTY, CAPTURED);
        assertThat(a.published()).isEqualTo("2026-03-04T08:00:00Z");
        assertThat(a.url()).isEqualTo("https://www.valley-post.example/n/gates");
        assertThat(a.retrieved()).isEqualTo("2026-03-07T12:00:00Z");
    }

    @Test
    void aPageThatSaysNothingTakesTheFallbacksAndTheCaptureTimeIsNeverAPublicationDate() {
        Article fed = clean("<title>Gates</title>", Metadata.EMPTY, CAPTURED);
        assertThat(fed.published()).isEqualTo("2026-03-05T09:00:00Z");
        assertThat(fed.url()).isEqualTo("https://www.valley-post.example/n/gates?utm=rss");
        assertThat(fed.language()).isEqualTo("de");
        assertThat(fed.outlet()).isEqualTo("valley-post.example");

        Article archived = clean("<title>Gates</title>", Metadata.EMPTY,
                new Metadata(null, null, "https://valley-post.example/n/gates", null, null, null, null,
                        "2026-03-07T12:00:00Z"));
        assertThat(archived.published()).isNull();
        assertThat(archived.retrieved()).isEqualTo("2026-03-07T12:00:00Z");
    }

    @Test
    void jsonLdIsThePagesFirstWord() {
        Article a = clean("""
                <meta property="og:title" content="Gates reopen | Valley Post">
                <meta name="author" content="Valley Post">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Valley Post"},
                  {"@type": "NewsArticle", "headline": "Gates reopen after flood", "datePublished": "2026-03-03",
                   "author": [{"@type": "Person", "name": "Ann Writer"}], "publisher": {"name": "The Valley Post"}}]}
                </script>""", Metadata.EMPTY, CAPTURED);
        assertThat(a.title()).isEqualTo("Gates reopen after flood");
        assertThat(a.published()).isEqualTo("2026-03-03");
        assertThat(a.author()).isEqualTo("Ann Writer");
        assertThat(a.outlet()).isEqualTo("The Valley Post");
    }

    @Test
    void firmHintsWinOverThePage() {
        Metadata feedEntry = new Metadata("guid-1", "Gates reopen after a week", null, null, null, "B. Reporter", null);
        Article a = clean("""
                <meta property="og:title" content="Gates reopen | Valley Post">
                <meta name="author" content="Valley Post">""", feedEntry, CAPTURED);
        assertThat(a.title()).isEqualTo("Gates reopen after a week");
        assertThat(a.author()).isEqualTo("B. Reporter");
    }

    @Test
    void aHomePageCanonicalIsATemplateMistakeAndTheServedUrlStays() {
        Article a = clean("<link rel=\"canonical\" href=\"https://www.valley-post.example/\">", Metadata.EMPTY,
                CAPTURED);
        assertThat(a.url()).isEqualTo("https://www.valley-post.example/n/gates?utm=rss");
    }

    @Test
    void aCanonicalOnAnotherHostIsTheUrlButTheServingHostNamesTheOutlet() {
        Article a = clean("<link rel=\"canonical\" href=\"https://wire.example/story/77\">", Metadata.EMPTY,
                CAPTURED);
        assertThat(a.url()).isEqualTo("https://wire.example/story/77");
        assertThat(a.outlet()).isEqualTo("valley-post.example");
    }

    @Test
    void aLocalFileWithoutMetadataHasNoDates() {
        Article a = clean("<title>Gates</title>", Metadata.EMPTY, Metadata.EMPTY);
        assertThat(a.published()).isNull();
        assertThat(a.retrieved()).isNull();
        assertThat(a.url()).isNull();
    }

    @Test
    void aLetterWrittenWithACombiningMarkIsComposed() {
        String decomposed = "Cafe\u0301 owners in the valley reopened on Tuesday after a week of repairs, the town "
                + "council said in a statement to residents.";
        Article a = CLEANER.clean(new RawDocument("note.txt", RawDocument.Format.TEXT, decomposed, Metadata.EMPTY,
                Metadata.EMPTY), "a1");
        assertThat(a.text()).startsWith("Caf\u00e9 owners").doesNotContain("\u0301");
    }
}
