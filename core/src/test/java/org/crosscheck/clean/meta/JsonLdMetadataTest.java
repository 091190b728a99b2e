package org.crosscheck.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Metadata;
import org.junit.jupiter.api.Test;

class JsonLdMetadataTest {

    private static String page(String... scripts) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String s : scripts) {
            html.append("<script type=\"application/ld+json\">").append(s).append("</script>");
        }
        return html.append("</head><body><p>x</p></body></html>").toString();
    }

    @Test
    void readsTheArticleObjectOfAnArrayAfterABrokenScript() {
        Metadata m = JsonLdMetadata.read(page("{\"@type\": \"NewsArticle\", \"headline\": broken",
                """
                [{"@type": "BreadcrumbList"}, {"@type": ["ReportageNewsArticle"], "headline": "Dam &amp; bridge",
                  "datePublished": "2026-05-04T06:00:00+02:00", "inLanguage": "fr-FR",
                  "author": ["Ann Writer", {"name": "B. Reporter"}, {"name": "https://social.example/ann"}],
                  "mainEntityOfPage": {"@id": "https://news.example/dam"}, "publisher": "News Example"}]"""));
        assertThat(m.title()).isEqualTo("Dam & bridge");
        assertThat(m.published()).isEqualTo("2026-05-04T06:00:00+02:00");
        assertThat(m.author()).isEqualTo("Ann Writer, B. Reporter");
        assertThat(m.url()).isEqualTo("https://news.example/dam");
        assertThat(m.outlet()).isEqualTo("News Example");
        assertThat(m.language()).isEqualTo("fr");
    }

    @Test
    void aPageWithoutAnArticleObjectSaysNothing() {
        assertThat(JsonLdMetadata.read(page("{\"@type\": \"Organization\", \"name\": \"News Example\"}")))
                .isEqualTo(Metadata.EMPTY);
        assertThat(JsonLdMetadata.read("<html><body><p>no scripts</p></body></html>")).isEqualTo(Metadata.EMPTY);
        assertThat(JsonLdMetadata.read(null)).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void anArticleObjectOfAnotherPageIsNotThisPagesButOneWithoutAUrlIs() {
        String related = "{\"@type\": \"BlogPosting\", \"headline\": \"Older post\", \"datePublished\": \"2020-01-01\","
                + " \"url\": \"https://blog.example/2020/older\"}";
        String own = "{\"@type\": \"BlogPosting\", \"headline\": \"This post\", \"datePublished\": \"2026-05-04\","
                + " \"@id\": \"https://www.blog.example/2026/this/#article\"}";
        String unnamed = "{\"@type\": \"NewsArticle\", \"headline\": \"No URL\", \"datePublished\": \"2026-05-05\"}";
        assertThat(JsonLdMetadata.read(page(related, own), "https://blog.example/2026/this/").title())
                .isEqualTo("This post");
        assertThat(JsonLdMetadata.read(page(related, unnamed), "https://blog.example/2026/this").title())
                .isEqualTo("No URL");
        assertThat(JsonLdMetadata.read(page(related), "https://blog.example/2026/this")).isEqualTo(Metadata.EMPTY);
        assertThat(JsonLdMetadata.read(page(related), null).title()).isEqualTo("Older post");
        // a relative URL is the page's when it resolves to the canonical
        String relative = "{\"@type\": \"NewsArticle\", \"headline\": \"Relative\", \"url\": \"/2026/this\"}";
        assertThat(JsonLdMetadata.read(page(related, relative), "https://blog.example/2026/this").title())
                .isEqualTo("Relative");
    }

    @Test
    void withoutAnArticleObjectThePagesWebPageObjectGivesDateAndAuthor() {
        Metadata m = JsonLdMetadata.read(page("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "@id": "https://blog.example/#website", "name": "Blog"},
                  {"@type": "WebPage", "@id": "https://blog.example/2026/this/#webpage", "name": "This | Blog",
                   "datePublished": "2026-05-04T08:00:00+00:00", "author": {"name": "Ann Writer"}}]}"""),
                "https://blog.example/2026/this/");
        assertThat(m).isEqualTo(new Metadata(null, null, null, null, "2026-05-04T08:00:00+00:00", "Ann Writer", null));
    }

    @Test
    void findsScriptsByTheirTypeAttributeOnly() {
        String article = "{\"@type\": \"NewsArticle\", \"headline\": \"Found\"}";
        assertThat(JsonLdMetadata.read("<html><head><script>var t = 'application/ld+json';</script>"
                + "<SCRIPT TYPE='APPLICATION/LD+JSON'>" + article + "</SCRIPT></head><body></body></html>").title())
                .isEqualTo("Found");
        assertThat(JsonLdMetadata.read("<p>ld+json</p><script type=\"application/ld+json\">" + article))
                .isEqualTo(Metadata.EMPTY);
    }
}
