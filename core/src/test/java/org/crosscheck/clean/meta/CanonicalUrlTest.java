package org.crosscheck.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void anAbsoluteArticleUrlIsKeptEvenOnAnotherHost() {
        assertThat(CanonicalUrl.check(" https://news.example/a/1 ", "https://news.example/a/1?utm=x"))
                .isEqualTo("https://news.example/a/1");
        assertThat(CanonicalUrl.check("https://news.example/a/1", "https://news-example.cdn.example/amp/a/1"))
                .isEqualTo("https://news.example/a/1");
        assertThat(CanonicalUrl.check("https://news.example/a/1", null)).isEqualTo("https://news.example/a/1");
    }

    @Test
    void relativeOtherSchemeMalformedAndHomePageCanonicalsAreRefused() {
        assertThat(CanonicalUrl.check("/a/1", "https://news.example/a/1")).isNull();
        assertThat(CanonicalUrl.check("ftp://news.example/a/1", null)).isNull();
        assertThat(CanonicalUrl.check("https://news example/a", null)).isNull();
        assertThat(CanonicalUrl.check("https://news.example/", "https://news.example/a/1")).isNull();
        assertThat(CanonicalUrl.check("https://news.example", "https://news.example/a/1")).isNull();
        // the home page itself may declare itself
        assertThat(CanonicalUrl.check("https://news.example/", "https://www.news.example/")).isNotNull();
        assertThat(CanonicalUrl.check(null, "https://news.example/a/1")).isNull();
    }
}
