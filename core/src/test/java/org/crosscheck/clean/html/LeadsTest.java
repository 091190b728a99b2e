package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LeadsTest {

    private static final String PARAGRAPH = "<p>The harbour council met on Tuesday evening, and after a long debate, "
            + "it voted to repair the old breakwater before winter storms, which last year flooded the fish market.</p>";
    private static final String STORY_LEAD = "<div id=lead><p>Fishermen in the old port have waited eleven years for "
            + "this day. Some of them no longer believed it would ever come, they told reporters on the quay, where the boats lay idle.</p></div>";
    private static final String SUMMARY = "<div id=lead><p>The harbour council voted on Tuesday evening to repair the "
            + "old breakwater before winter storms, after last year flooded the fish market.</p></div>";

    private static ContentScorer.Content find(String head, String lead) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body><div id=page>" + lead + "<div id=story>"
                + PARAGRAPH.repeat(5) + "</div></div></body></html>");
        return ContentScorer.find(doc.body(), null);
    }

    @Test
    void aLeadThatStartsTheStoryJoinsTheMainText() {
        assertThat(find("", STORY_LEAD).roots()).extracting(e -> e.id()).containsExactly("lead", "story");
    }

    @Test
    void aStandfirstThatRepeatsTheFirstParagraphStaysOut() {
        assertThat(find("", SUMMARY).roots()).extracting(e -> e.id()).containsExactly("story");
    }

    @Test
    void aLeadThatThePageGivesAsItsDescriptionStaysOut() {
        String meta = "<meta name=description content=\"Fishermen in the old port have waited eleven years for this "
                + "day.\">";
        assertThat(find(meta, STORY_LEAD).roots()).extracting(e -> e.id()).containsExactly("story");
    }

    @Test
    void theHeadlinesBlockIsNoLead() {
        String block = "<div id=lead><h1>Breakwater to be repaired</h1>" + STORY_LEAD.substring(12);
        assertThat(find("", block).roots()).extracting(e -> e.id()).containsExactly("story");
    }
}
