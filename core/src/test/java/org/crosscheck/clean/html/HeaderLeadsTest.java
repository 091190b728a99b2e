package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeaderLeadsTest {

    private static final String LEAD = "<p>Fishermen in the old port have waited eleven years for this day, and some "
            + "of them no longer believed it would come.</p>";
    private static final String STORY = "<div id=story><p>The harbour council met on Tuesday evening and voted to "
            + "repair the old breakwater before the winter storms.</p></div>";

    private static Document page(String header) {
        return Jsoup.parse("<body><article>" + header + STORY + "</article></body>");
    }

    @Test
    void theLeadOfAnArticleHeaderIsMovedOutBeforeTheHeaderGoes() {
        Document doc = page("<header><h1>Breakwater at last</h1><span>By A. Writer</span>" + LEAD + "</header>");
        Element header = doc.selectFirst("header");
        assertThat(HeaderLeads.moveOut(header)).hasSize(1);
        assertThat(header.text()).doesNotContain("Fishermen");
        assertThat(header.nextElementSibling().text()).startsWith("Fishermen");
    }

    @Test
    void aSiteBannerOrAHeaderWithoutHeadlineKeepsItsText() {
        assertThat(HeaderLeads.moveOut(page("<header role=banner><h1>Port News</h1>" + LEAD + "</header>")
                .selectFirst("header"))).isEmpty();
        assertThat(HeaderLeads.moveOut(page("<header><h2>Port News</h2>" + LEAD + "</header>")
                .selectFirst("header"))).isEmpty();
    }

    @Test
    void aStandfirstInAHeadingOrRepeatedByTheStoryStaysInTheHeader() {
        String dek = "<h2>Fishermen in the old port have waited eleven years for this day, and some of them no longer "
                + "believed it.</h2>";
        assertThat(HeaderLeads.moveOut(page("<header><h1>Breakwater</h1>" + dek + "</header>").selectFirst("header")))
                .isEmpty();
        Document repeated = Jsoup.parse("<body><article><header><h1>Breakwater</h1>" + LEAD + "</header>"
                + "<div>" + LEAD + "</div></article></body>");
        assertThat(HeaderLeads.moveOut(repeated.selectFirst("header"))).isEmpty();
    }
}
