package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionLinesTest {

    private static final String BODY = "Der Stadtrat hat am Dienstag beschlossen, die Bibliothek zwei weitere Jahre"
            + " offen zu halten, nachdem Anwohner den Saal gefüllt hatten.";

    @Test
    void captionLabelsInOtherLanguagesMarkCaptions() {
        CleanText clean = TextCleaner.forExtractedHtml().clean(List.of(BODY, "Bild: Logo des Preises | © Verlag",
                "Crédits photos : Bestimage", "Image illustrative : des briques de Lego", BODY));
        assertThat(clean.text()).isEqualTo(BODY + "\n\n" + BODY);
        assertThat(clean.removed()).extracting(r -> r.reason()).containsOnly("photo caption and credit");
    }

    @Test
    void aLabelWordInsideASentenceStaysText() {
        String line = "Das Bild der Stadt hat sich verändert: neue Häuser stehen am Fluss.";
        assertThat(TextCleaner.forExtractedHtml().clean(List.of(BODY, line, BODY)).text()).contains(line);
    }
}
