package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleLineTest {

    private static final String BODY = "The council met on Tuesday evening and voted to keep the library open for two"
            + " more years, after residents filled the hall to speak for it.";

    @Test
    void aShortFirstLineWithoutASentenceEndIsTheHeadline() {
        assertThat(TextCleaner.forExtractedHtml().clean(List.of("Library stays open", BODY)).text())
                .doesNotContain("Library stays open");
    }

    @Test
    void aFirstLineEndingInAFullStopInsideQuotesIsText() {
        String line = "The mayor put it plainly: “It stays open.”";
        assertThat(TextCleaner.forExtractedHtml().clean(List.of(line, BODY)).text()).startsWith(line);
        assertThat(TextCleaner.standard().clean(line + "\n\n" + BODY).text()).startsWith(line);
    }

    @Test
    void aQuestionIsTextWhenThePageGaveTheTitleButCanBeAHeadlineInPlainText() {
        String line = "Remember the old library on the square?";
        assertThat(TextCleaner.forExtractedHtml().clean(List.of(line, BODY)).text()).startsWith(line);
        assertThat(TextCleaner.standard().clean(line + "\n\n" + BODY).text()).doesNotContain(line);
    }
}
