package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LinkTeasersTest {

    private static final String PAGE = """
            <html><body><article>
            <p>The town council voted on Tuesday to keep the <a href="/library">old library</a> open for two more years.</p>
            <p><a href="/app">GET THE DAILY NEWS APP HERE</a></p>
            <p>Related: <a href="/budget">Council budget falls short again</a></p>
            <p>Readers can find the minutes of the meeting at the council's own site:</p>
            <p><a href="http://council.example.org/minutes">http://council.example.org/minutes</a></p>
            <p>The library will keep its opening hours, the council said.</p>
            <p>You may also like...</p>
            <p><a href="/a">Harbour festival draws record crowd</a></p>
            <div class="ad"></div>
            <p><a href="/b">New ferry ordered for the island route</a></p>
            <p><a href="/c">School reopens after the summer floods</a></p>
            </article></body></html>""";

    @Test
    void teasersAndTheirLeadInLeaveButArticleLinksAndAddressesStay() {
        Document doc = Jsoup.parse(PAGE);
        List<Removal> removed = LinkTeasers.remove(doc.body());
        assertThat(removed).extracting(Removal::text).containsExactly("GET THE DAILY NEWS APP HERE",
                "Related: Council budget falls short again", "You may also like...",
                "Harbour festival draws record crowd", "New ferry ordered for the island route",
                "School reopens after the summer floods");
        assertThat(removed).allSatisfy(r -> assertThat(r.reason()).isEqualTo("teaser links to other articles"));
        assertThat(doc.body().text()).contains("keep the old library open", "http://council.example.org/minutes",
                "keep its opening hours");
    }

    @Test
    void oneListPerLinkAndAParagraphOfLinksAreTeasersToo() {
        Document doc = Jsoup.parse("""
                <div><p>The river rose by two metres overnight, the water authority said on Monday morning.</p>
                <h4>More:</h4>
                <ul><li><h4><a href="/a">Dam inspection ordered</a></h4></li></ul>
                <ul><li><h4><a href="/b">Farmers count the cost of the floods</a></h4></li></ul>
                <ul><li><h4><a href="/c">Rain to ease by the weekend</a></h4></li></ul>
                <p>Schools in the valley stay closed until Wednesday.</p>
                <p><strong>DON'T MISS</strong></p>
                <p><a href="/d">Old bridge closed to traffic after the river rose</a> [VIDEO] | <a href="/e">Town
                hall flooded for the first time since 1953</a> [PICTURES] <a href="/f">How to claim for flood
                damage to your home</a> [INSIGHT]</p></div>""");
        List<Removal> removed = LinkTeasers.remove(doc.body());
        assertThat(removed).extracting(Removal::text).containsExactly("More:", "Dam inspection ordered",
                "Farmers count the cost of the floods", "Rain to ease by the weekend", "DON'T MISS",
                "Old bridge closed to traffic after the river rose [VIDEO] | Town hall flooded for the first time"
                + " since 1953 [PICTURES] How to claim for flood damage to your home [INSIGHT]");
        assertThat(doc.body().text()).contains("The river rose", "Schools in the valley stay closed");
    }

    @Test
    void twoLinkParagraphsInSentenceCaseAreNoRun() {
        Document doc = Jsoup.parse("<p>Text of the story, long enough.</p><p><a href=/a>One story</a></p>"
                + "<p><a href=/b>Another story</a></p><p>More text.</p>");
        assertThat(LinkTeasers.remove(doc.body())).isEmpty();
    }

    @Test
    void theExtractorKeepsTheRemovalsWithTheirReason() {
        ExtractedPage page = new ReadabilityHtmlExtractor().extract(PAGE, null);
        assertThat(String.join("\n", page.blocks())).doesNotContain("Harbour festival", "DAILY NEWS APP");
        assertThat(page.removed()).filteredOn(r -> r.reason().equals("teaser links to other articles")).hasSize(6);
    }
}
