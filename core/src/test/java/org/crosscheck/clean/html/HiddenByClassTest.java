package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HiddenByClassTest {

    @Test
    void textHiddenByConventionalClassesLeavesWithItsReason() {
        Document doc = Jsoup.parse("""
                <article><figure><img src=a.jpg><span class="off-screen">Image copyright</span></figure>
                <p>The harbour wall was rebuilt over the winter.</p>
                <span class="hidden">jdadmin 2026-05-04 https://example.org/logo.png</span>
                <a class="screen-reader-text" href="#top">Skip to content</a>
                <span class="hidden-xs">Shown on large screens</span></article>""");
        List<Removal> removed = HiddenByClass.remove(doc.body());
        assertThat(removed).extracting(Removal::text).containsExactly("Image copyright",
                "jdadmin 2026-05-04 https://example.org/logo.png", "Skip to content");
        assertThat(doc.body().text()).contains("The harbour wall was rebuilt", "Shown on large screens");
    }

    @Test
    void aHiddenContainerThatHoldsTheArticleStays() {
        Document doc = Jsoup.parse("<div class=\"hide\"><p>One.</p><p>Two.</p><p>Three.</p></div>");
        assertThat(HiddenByClass.remove(doc.body())).isEmpty();
        assertThat(doc.body().text()).isEqualTo("One. Two. Three.");
    }
}
