package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeaserLinesTest {

    private static final String BODY = "The council met on Tuesday evening and voted to keep the library open for two"
            + " more years, after residents filled the hall to speak for it.";

    @Test
    void aLineCutOffInsideTheTextIsATeaserButAWritersPauseIsText() {
        String text = TextCleaner.forExtractedHtml().clean(List.of(BODY, "Mayor opens the new harbour wall and pro...",
                "Council to vote on the budget after a long…", "And then it happened …", BODY)).text();
        assertThat(text).contains("And then it happened …").doesNotContain("harbour wall", "long…");
    }

    @Test
    void aCutLineBetweenTwoLinesOfProseIsTheWritersOwn() {
        String pause = "Wie Sie sehen, hat der Rat noch viel vor...";
        String text = TextCleaner.forExtractedHtml().clean(List.of(BODY, pause, BODY)).text();
        assertThat(text).contains(pause);
    }
}
