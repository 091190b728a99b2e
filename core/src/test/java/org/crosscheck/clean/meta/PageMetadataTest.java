package org.crosscheck.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageMetadataTest {

    @Test
    void ofTwoTitlesTheOneWithoutTheSiteSuffixIsTheHeadline() {
        assertThat(PageMetadata.headline("Gates reopen | Valley Post", "Gates reopen")).isEqualTo("Gates reopen");
        assertThat(PageMetadata.headline("Gates reopen", "Gates reopen – Valley Post")).isEqualTo("Gates reopen");
        // different headlines: JSON-LD's counts
        assertThat(PageMetadata.headline("Hiking the Flat Irons", "Simple hiking kit - Blog"))
                .isEqualTo("Hiking the Flat Irons");
        // a longer headline that merely starts with the other is not a suffixed one
        assertThat(PageMetadata.headline("Gates reopen after the flood", "Gates reopen"))
                .isEqualTo("Gates reopen after the flood");
        assertThat(PageMetadata.headline(null, "Gates reopen")).isEqualTo("Gates reopen");
    }

    @Test
    void urlsAndAccountNamesAreNoBylineAndByIsDropped() {
        assertThat(PageMetadata.byline("https://social.example/ann", "Ann Writer")).isEqualTo("Ann Writer");
        assertThat(PageMetadata.byline("admin", null)).isNull();
        assertThat(PageMetadata.byline("By TOM WRITER, Auto Writer")).isEqualTo("TOM WRITER, Auto Writer");
        assertThat(PageMetadata.byline("Byron Lee")).isEqualTo("Byron Lee");
    }
}
