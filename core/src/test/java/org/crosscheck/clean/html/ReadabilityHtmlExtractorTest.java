package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ReadabilityHtmlExtractorTest {

    private static final String PAGE = """
            <html><head><title>Breakwater to be repaired - Harbour Post</title></head><body>
            <div class="top-links"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
            <div id="story"><h1>Breakwater to be repaired</h1>
            <p>The harbour council voted on Tuesday, after a long debate, to repair the old breakwater before winter.</p>
            <p>Last year's storms, which flooded the fish market twice, cost traders a month of sales, the council said.</p>
            Repairs will start in October, and the harbour road will stay open, according to the engineer in charge.<br><br>
            <p>Fishermen, who had asked for the repair since spring, welcomed the vote, though some called it late.</p>
            <p>The council will publish the engineer's report, with its cost estimate, on its website next week.</p>
            <div class="more"><p><a href="/a">Ferry timetable changes for the winter</a></p>
            <p><a href="/b">Market hall reopens after the flood</a></p></div></div>
            <div class="copyright">Copyright Harbour Post, all rights reserved.</div></body></html>""";

    @Test
    void keepsTheArticleAndRecordsEveryOtherBlockWithItsReason() {
        ExtractedPage page = new ReadabilityHtmlExtractor().extract(PAGE, "https://harbour.example/breakwater");
        assertThat(page.blocks()).hasSize(5);
        assertThat(page.blocks().get(2)).startsWith("Repairs will start in October");
        assertThat(page.removed()).extracting(Removal::text).contains("Breakwater to be repaired",
                "Copyright Harbour Post, all rights reserved.");
        List<String> all = new ArrayList<>(page.blocks());
        page.removed().forEach(r -> all.add(r.text()));
        String everything = String.join(" ", all);
        for (String word : Jsoup.parse(PAGE).body().text().split(" ")) {
            assertThat(everything).as("nothing lost").contains(word);
        }
        assertThat(String.join(" ", page.blocks())).doesNotContain("Ferry timetable", "Home News Sport");
    }

    @Test
    void theBylineNamesTheAuthorWhenTheMetadataDoesNot() {
        String page = PAGE.replace("<div id=\"story\">", "<div id=\"story\"><div class=\"byline\">By Lena Marsh</div>");
        ExtractedPage extracted = new ReadabilityHtmlExtractor().extract(page, null);
        assertThat(extracted.metadata().author()).isEqualTo("Lena Marsh");
        assertThat(extracted.removed()).extracting(Removal::text).contains("By Lena Marsh");
    }
}
