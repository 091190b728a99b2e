package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CaptionBlocksTest {

    private static final String PAGE = """
            <html><head><title>Bridge reopens</title></head><body><article>
            <p>The old river bridge reopened to traffic on Monday after two years of repairs, the county said.</p>
            <div class="gallery"><img src="a.jpg"><div class="caption-full">Workers paint the railings of the
            bridge on Friday, three days before it reopened. (Photo/A. Person)</div></div>
            <p>Engineers replaced the deck and strengthened the piers, which had been damaged by floods in 2019.</p>
            <div class="InlineImage-imageEmbedCredit">A. Person | County Archive</div>
            <p>About 12,000 vehicles a day are expected to cross the bridge once the detour signs come down.</p>
            <div class="credits-and-captions-wrapper"><p>%s</p></div>
            </article></body></html>""".formatted("A long wrapper paragraph that is article text. ".repeat(15));

    @Test
    void captionsAndCreditsNamedByClassLeaveTheMainTextWithTheirReason() {
        ExtractedPage page = new ReadabilityHtmlExtractor().extract(PAGE, null);
        String text = String.join("\n", page.blocks());
        assertThat(text).contains("The old river bridge reopened", "Engineers replaced the deck", "About 12,000")
                .doesNotContain("Workers paint the railings", "County Archive");
        assertThat(page.removed()).filteredOn(r -> r.reason().equals("photo caption and credit"))
                .extracting(Removal::text).anySatisfy(t -> assertThat(t).startsWith("Workers paint the railings"))
                .anySatisfy(t -> assertThat(t).isEqualTo("A. Person | County Archive"));
    }

    @Test
    void aLongElementNamedLikeACaptionIsAWrapperAndStays() {
        Document doc = Jsoup.parse(PAGE);
        List<Removal> removed = CaptionBlocks.remove(doc.body());
        assertThat(removed).hasSize(2);
        assertThat(doc.body().text()).contains("A long wrapper paragraph");
    }

    @Test
    void aWordOnlyInsideAnotherWordIsNoCaption() {
        Document doc = Jsoup.parse("<div class=\"creditcard-offer\">Apply now</div><div id=\"recaptionist\">x</div>");
        assertThat(CaptionBlocks.remove(doc.body())).isEmpty();
    }
}
