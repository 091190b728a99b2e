package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Removal;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = TextCleaner.standard();

    private static final String BODY_1 = "The river authority said on Monday that water levels had fallen by two metres "
            + "since the weekend, allowing engineers to inspect the damaged sluice gates.";
    private static final String BODY_2 = "\"We will not reopen the road until every bridge has been checked,\" the "
            + "authority's spokeswoman, Lena Ortiz, told reporters in the provincial capital.";

    @Test
    void keepsBodyAndMovesHeadlineBylineAndDatelineToFields() {
        CleanText c = cleaner.clean(String.join("\n", "Engineers begin inspecting flood gates", "By Tomas Reyes",
                "PORTVALE, March 3 (Example News) – " + BODY_1, BODY_2));
        assertThat(c.found().title()).isEqualTo("Engineers begin inspecting flood gates");
        assertThat(c.found().author()).isEqualTo("Tomas Reyes");
        assertThat(c.dateline()).isEqualTo("PORTVALE");
        assertThat(c.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
        assertThat(c.removed()).extracting(Removal::reason).anyMatch(r -> r.startsWith("dateline"));
    }

    @Test
    void standaloneDatelineLineGoesToDateline() {
        CleanText c = cleaner.clean("OSLO, Norway\n" + BODY_1);
        assertThat(c.dateline()).isEqualTo("OSLO, Norway");
        assertThat(c.text()).isEqualTo(BODY_1);
    }

    @Test
    void removesTeasersEndingInAnEllipsis() {
        CleanText c = cleaner.clean(String.join("\n", BODY_1, BODY_2,
                "A senior minister told a radio station that the budget would be…",
                "Farmers in the north are preparing for another dry summer as…"));
        assertThat(c.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
        assertThat(c.removed()).hasSize(2).allMatch(r -> r.reason().contains("teaser"));
    }

    @Test
    void removesADonationBoxAtTheEndWithItsButtons() {
        CleanText c = cleaner.clean(String.join("\n", BODY_1, BODY_2, "A note to our readers:", "Friends,",
                "Our reporters work without a safety net. If you value what we publish, please help us keep going "
                        + "with a monthly gift of any size.",
                "Every contribution keeps our newsroom independent. Thank you for being with us.",
                "Give once", "Give monthly", "Maybe later?", "Close"));
        assertThat(c.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
        assertThat(c.removed()).hasSize(8);
    }

    @Test
    void quotedSpeechThatAddressesSomeoneIsNotAnAppeal() {
        String quote = "\"We need your support and we need it now,\" the mayor said, asking residents to donate "
                + "blankets to the shelters set up in three schools.";
        CleanText c = cleaner.clean(String.join("\n", BODY_1, quote, BODY_2));
        assertThat(c.text()).contains(quote);
    }

    @Test
    void removesANewsletterBoxInTheMiddle() {
        CleanText c = cleaner.clean(String.join("\n", BODY_1, "Get the morning briefing",
                "Sign up for our daily newsletter and get the news in your inbox.",
                "By subscribing you agree to our privacy policy", BODY_2));
        assertThat(c.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
    }

    @Test
    void movesCreditLinesToCredits() {
        CleanText c = cleaner.clean(String.join("\n", BODY_1, BODY_2, "Reuters contributed reporting."));
        assertThat(c.credits()).containsExactly("Reuters contributed reporting.");
        assertThat(c.text()).doesNotContain("contributed");
    }

    @Test
    void removesCaptionsWithPhotoCredits() {
        CleanText c = cleaner.clean(String.join("\n", "Flood waters recede in the valley",
                "Residents carry belongings through a flooded street. Maria Holm / Example Agency", BODY_1, BODY_2));
        assertThat(c.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
        assertThat(c.removed()).anyMatch(r -> r.reason().contains("caption"));
    }

    @Test
    void removesShareBarsAndCommentWidgets() {
        CleanText c = cleaner.clean(String.join("\n", "Share this: Facebook Twitter Email", BODY_1, BODY_2,
                "3 comments:", "Leave a reply"));
        assertThat(c.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
    }

    @Test
    void takesASignatureAndTimestampAtTheEndAsAuthorAndDate() {
        CleanText c = cleaner.clean(String.join("\n", "Dam operator under scrutiny", BODY_1, BODY_2, "Nora Lindqvist",
                "Tue, 03/04/2025 – 09:10"));
        assertThat(c.found().author()).isEqualTo("Nora Lindqvist");
        assertThat(c.found().published()).isEqualTo("2025-03-04");
        assertThat(c.text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
    }

    @Test
    void keepsAShortLastSentenceOfTheArticle() {
        String last = "Talks resume on Thursday in the capital.";
        CleanText c = cleaner.clean(String.join("\n", BODY_1, BODY_2, last));
        assertThat(c.text()).endsWith(last);
    }

    @Test
    void firstLineEndingWithAFullStopIsNotATitle() {
        CleanText c = cleaner.clean(String.join("\n", BODY_1, BODY_2));
        assertThat(c.found().title()).isNull();
        assertThat(c.text()).startsWith(BODY_1);
    }

    @Test
    void everyNonBlankInputLineIsEitherKeptOrRecorded() {
        String input = String.join("\n", "Support Example Daily!", "", "Flood gates inspected", "By Tomas Reyes", BODY_1,
                "", BODY_2, "Related: Farmers brace for drought as…", "Post a Comment");
        CleanText c = cleaner.clean(input);
        for (String line : input.split("\n")) {
            if (!line.isBlank()) {
                boolean kept = c.text().contains(line);
                boolean recorded = c.removed().stream().anyMatch(r -> line.contains(r.text()) || r.text().contains(line));
                assertThat(kept || recorded).as(line).isTrue();
            }
        }
    }
}
