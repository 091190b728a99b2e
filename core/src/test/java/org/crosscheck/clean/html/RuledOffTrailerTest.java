package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RuledOffTrailerTest {

    private static final String PARAGRAPH = "<p>Harbourtech and the port authority will install new cranes on the "
            + "east quay next spring, which should double the number of containers handled, the two said.</p>";
    private static final String ABOUT = "<div><hr><p id=about>Harbourtech is a maker of port machinery, with offices "
            + "in twelve countries and some 900 employees.</p></div>";

    private static ContentScorer.Content find(String title, String trailer) {
        Document doc = Jsoup.parse("<html><body><div id=story>" + PARAGRAPH.repeat(5) + trailer
                + "</div></body></html>");
        return ContentScorer.find(doc.body(), title);
    }

    @Test
    void theIssuersBoxAfterTheClosingRuleLeaves() {
        ContentScorer.Content content = find("Harbourtech wins the quay contract", ABOUT);
        assertThat(content.excluded()).containsValue(RuledOffTrailer.REASON);
    }

    @Test
    void aTrailerThatDoesNotOpenWithTheHeadlinesNameStays() {
        ContentScorer.Content content = find("New cranes for the east quay", ABOUT);
        assertThat(content.excluded()).doesNotContainValue(RuledOffTrailer.REASON);
    }

    @Test
    void withoutARuleNothingLeaves() {
        ContentScorer.Content content = find("Harbourtech wins the quay contract", ABOUT.replace("<hr>", ""));
        assertThat(content.excluded()).doesNotContainValue(RuledOffTrailer.REASON);
    }
}
