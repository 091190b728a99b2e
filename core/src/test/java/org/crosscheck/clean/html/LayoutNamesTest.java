package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LayoutNamesTest {

    private static final String SECTION = "<div class=\"part part--ads\"><p>The grill heats evenly across the whole "
            + "plate, and the steaks came out well done on the edges and pink in the middle.</p></div>";
    private static final String AD = "<div class=\"sidebar-ads\">Buy the grill now at a discount price</div>";

    private static LayoutNames layout(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
        return LayoutNames.of(doc.body(), doc.body().getAllElements(), TextStats.of(doc.body(), Set.of()),
                name -> true);
    }

    @Test
    void aClassOnTheBoxesHoldingMostTextIsLayout() {
        LayoutNames names = layout(SECTION.repeat(3) + AD);
        assertThat(names.strip("part part--ads extra")).isEqualTo("extra");
        assertThat(names.strip("sidebar-ads")).isEqualTo("sidebar-ads");
    }

    @Test
    void fewerThanThreeBoxesAreNoLayout() {
        assertThat(layout(SECTION.repeat(2) + AD).strip("part part--ads")).isEqualTo("part part--ads");
    }

    @Test
    void aClassNestedInItselfCountsItsOutermostBoxOnly() {
        String nested = "<div class=part>" + SECTION.repeat(3) + "</div>" + AD.repeat(8);
        assertThat(layout(nested).strip("part")).isEqualTo("part");
    }

    @Test
    void furnitureByALayoutClassStaysOnThePage() {
        Document doc = Jsoup.parse("<html><body>" + SECTION.repeat(3) + AD + "</body></html>");
        SimpleHtmlExtractor.removeFurniture(doc);
        assertThat(doc.select(".part")).hasSize(3);
        assertThat(doc.select(".sidebar-ads")).isEmpty();
    }
}
