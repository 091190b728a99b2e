package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class NamedFurnitureTest {

    @Test
    void authorBoxesAndTrendingListsLeaveWithTheirReason() {
        Document doc = Jsoup.parse("""
                <article><p>The harbour wall was rebuilt over the winter at a cost of two million.</p>
                <div class="rail rail--trending"><div class="rail__item">Man bites dog in the town square</div>
                <div class="rail__item">Ten things to do this weekend</div></div>
                <p>Boats can moor there again from April, the harbour master said.</p>
                <div class="ArticlePage-authorInfo"><span>Ann Lee</span> writes about the coast.</div>
                <ul id="mostPopular"><li><a href="/x">Storm warning for Friday</a></li></ul>
                <div class="coauthor-line">With reporting by Ben Hart.</div></article>""");
        List<Removal> removed = NamedFurniture.remove(doc.body());
        assertThat(removed).extracting(Removal::reason).containsExactly(
                "list of other stories (trending, most read)", "author's box",
                "list of other stories (trending, most read)");
        assertThat(doc.body().text()).contains("rebuilt over the winter", "Boats can moor", "With reporting by")
                .doesNotContain("Man bites dog", "writes about the coast", "Storm warning");
    }

    @Test
    void aLongBoxNamedLikeFurnitureIsKept() {
        Document doc = Jsoup.parse("<div class=\"trending-story\"><p>" + "Words of the article itself. ".repeat(100)
                + "</p></div>");
        assertThat(NamedFurniture.remove(doc.body())).isEmpty();
    }
}
