package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineLinesTest {

    private static final String BODY = "Der Stadtrat hat am Dienstag beschlossen, die Bibliothek zwei weitere Jahre"
            + " offen zu halten, nachdem Anwohner den Saal gefüllt hatten.";

    @Test
    void aBylineInAnotherLanguageOrInCapitalsGivesTheAuthor() {
        CleanText clean = TextCleaner.forExtractedHtml().clean(List.of("VON Sina Giebel und Max Roth", BODY, BODY));
        assertThat(clean.found().author()).isEqualTo("Sina Giebel und Max Roth");
        assertThat(clean.text()).doesNotContain("Giebel");
        assertThat(TextCleaner.forExtractedHtml().clean(List.of("Por Gloria Ruiz Kuilan", BODY)).found().author())
                .isEqualTo("Gloria Ruiz Kuilan");
    }

    @Test
    void aSentenceThatOpensWithTheSameWordStaysText() {
        String line = "Von Hamburg aus fuhren die Anwohner mit dem Bus.";
        assertThat(TextCleaner.forExtractedHtml().clean(List.of(line, BODY)).text()).contains(line);
    }
}
