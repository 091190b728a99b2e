package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdLabelLinesTest {

    private static final String BODY = "The council met on Tuesday evening and voted to keep the library open for two"
            + " more years, after residents filled the hall to speak for it.";

    @Test
    void aLineThatIsOnlyAnAdvertisingLabelLeaves() {
        String text = TextCleaner.forExtractedHtml().clean(List.of(BODY, "Advert", "ADVERTISEMENT",
                "Story continues below advertisement", "Ads help pay for the library, the mayor said.", BODY)).text();
        assertThat(text).doesNotContain("Advert\n", "ADVERTISEMENT", "Story continues")
                .contains("Ads help pay for the library");
    }

    @Test
    void labelsAreRecognisedWhateverTheirCaseAndPunctuation() {
        assertThat(AdLabelLines.isLabel("- Advertisement -")).isTrue();
        assertThat(AdLabelLines.isLabel("Sponsored content")).isTrue();
        assertThat(AdLabelLines.isLabel("Sponsored by the county")).isFalse();
    }
}
