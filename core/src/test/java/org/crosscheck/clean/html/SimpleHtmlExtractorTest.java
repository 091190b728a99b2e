package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimpleHtmlExtractorTest {

    @Test
    void takesMetadataAndArticleParagraphsAndKeepsRemovals() {
        String html = """
                <html lang="en-GB"><head><title>Page title</title>
                <meta property="og:title" content="Gates reopen after flood">
                <meta property="og:site_name" content="Example Daily">
                <meta property="article:published_time" content="2026-03-04T08:00:00Z">
                <link rel="canonical" href="https://www.example.org/news/gates"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Gates reopen after flood</h1>
                <figure><img src="x.jpg"><figcaption>The gates on Monday. Photo: A. Person</figcaption></figure>
                <p>Engineers reopened the northern flood gates on Tuesday after a week of repairs, the river authority said.</p>
                <p>About 300 residents returned to their homes in the lower valley, according to the town council.</p>
                <div class="share-bar">Share on Facebook</div></article>
                <footer>Copyright Example Daily</footer></body></html>""";
        ExtractedPage page = new SimpleHtmlExtractor().extract(html, null);
        assertThat(page.metadata().title()).isEqualTo("Gates reopen after flood");
        assertThat(page.metadata().outlet()).isEqualTo("Example Daily");
        assertThat(page.metadata().language()).isEqualTo("en");
        assertThat(page.metadata().url()).isEqualTo("https://www.example.org/news/gates");
        assertThat(page.blocks()).contains(
                "Engineers reopened the northern flood gates on Tuesday after a week of repairs, the river authority said.");
        assertThat(String.join(" ", page.blocks())).doesNotContain("Home", "Share on", "Copyright", "Photo:");
        assertThat(page.removed()).anyMatch(r -> r.reason().contains("caption"))
                .anyMatch(r -> r.text().contains("Copyright"));
    }

    @Test
    void aBoxNamedByAWeakHintStaysWhenItHoldsProseButGoesWhenItHoldsLinks() {
        String html = """
                <html><body><div class="page-header"><a href="/">Start</a> <a href="/politik">Politik</a></div>
                <div id="story"><div class="teaser-text"><p>Die Fähre zwischen den Inseln fährt wieder, nachdem
                Stürme sie fünf Tage lang aufgehalten hatten.</p></div>
                <p>Der Betreiber sagte, am Wochenende würden zusätzliche Fahrten angeboten, um alle Reisenden
                mitzunehmen, die warten mussten.</p>
                <div class="teaser"><a href="/other">Neue Brücke eröffnet: die ganze Geschichte</a></div></div>
                </body></html>""";
        ExtractedPage page = new SimpleHtmlExtractor().extract(html, null);
        String text = String.join(" ", page.blocks());
        assertThat(text).contains("Die Fähre zwischen den Inseln").doesNotContain("Start", "Neue Brücke");
        assertThat(page.removed()).anyMatch(r -> r.text().contains("Neue Brücke") && r.reason().contains("teaser"));
    }

    @Test
    void aFormWrappingTheWholePageIsNotFurnitureButTheMenuInsideItIs() {
        String html = """
                <html><body><form id="aspnetForm" action="/page">
                <div class="site-menu"><a href="/">Home</a> <a href="/news">News</a></div>
                <div id="content"><h1>Ferry service resumes</h1>
                <p>The ferry between the two islands resumed on Thursday after storms had halted it for five days.</p>
                <p>The operator said extra crossings would run over the weekend to clear the backlog of travellers.</p>
                </div></form></body></html>""";
        ExtractedPage page = new SimpleHtmlExtractor().extract(html, null);
        assertThat(page.blocks()).contains(
                "The ferry between the two islands resumed on Thursday after storms had halted it for five days.");
        assertThat(String.join(" ", page.blocks())).doesNotContain("Home");
        assertThat(page.removed()).anyMatch(r -> r.text().contains("Home") && r.reason().contains("site-menu"));
    }

    @Test
    void whatAReaderNeverSeesIsRemovedWithItsReason() {
        String html = """
                <html><body><article>
                <p>The ferry between the two islands resumed on Thursday after storms had halted it for five days.</p>
                <div style="display: none" itemscope><div itemprop="headline">Ferry service resumes</div></div>
                <p hidden>Subscribe to read more</p></article></body></html>""";
        ExtractedPage page = new ReadabilityHtmlExtractor().extract(html, null);
        assertThat(String.join(" ", page.blocks())).doesNotContain("Ferry service resumes", "Subscribe");
        assertThat(page.removed()).filteredOn(r -> r.reason().equals("hidden on the page"))
                .extracting(r -> r.text()).containsExactlyInAnyOrder("Ferry service resumes", "Subscribe to read more");
    }

    @Test
    void aDataTableKeepsOneLinePerRowButALayoutTableDoesNot() {
        String html = """
                <html><body><article><p>Standings after the final race of the season, with points and wins.
                The table below lists every team that finished, with the points each one earned this year.</p>
                <table><tr><th>Pos.</th><th>Team</th><th>Points</th></tr>
                <tr><td>1</td><td>Harbour Rovers</td><td>50</td></tr></table>
                <table><tr><td><p>A layout cell holds its own paragraph.</p></td></tr></table>
                </article></body></html>""";
        ExtractedPage page = new SimpleHtmlExtractor().extract(html, null);
        assertThat(page.blocks()).contains("Pos. Team Points", "1 Harbour Rovers 50",
                "A layout cell holds its own paragraph.");
    }

    @Test
    void aListOfLinksOnlyInsideTheArticleIsRemovedAsRelatedLinks() {
        String html = """
                <html><body><article>
                <p>The ferry between the two islands resumed on Thursday after storms had halted it for five days.</p>
                <p>The operator said extra crossings would run over the weekend to clear the backlog of travellers.</p>
                <p>Passengers with tickets for cancelled crossings can use them on any sailing until the end of May.</p>
                <ul><li>Fares, timetables and the three routes the operator runs every day of the week</li>
                <li>Cars need a booking</li></ul>
                <ul><li><a href="/a">Storm closes harbour</a></li><li><a href="/b">New ferry ordered</a></li>
                <li><a href="/c">Island school reopens</a></li></ul></article></body></html>""";
        ExtractedPage page = new ReadabilityHtmlExtractor().extract(html, null);
        assertThat(String.join(" ", page.blocks())).contains("Cars need a booking").doesNotContain("Storm closes");
        assertThat(page.removed()).filteredOn(r -> r.reason().equals("related links list")).hasSize(1);
    }
}
