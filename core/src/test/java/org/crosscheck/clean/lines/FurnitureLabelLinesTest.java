package org.crosscheck.clean.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureLabelLinesTest {

    private static final String BODY = "Der Stadtrat hat am Dienstag beschlossen, die Bibliothek zwei weitere Jahre"
            + " offen zu halten, nachdem Anwohner den Saal gefüllt hatten.";

    @Test
    void labelsInManyLanguagesAreFurnitureWithTheirReason() {
        CleanText clean = TextCleaner.forExtractedHtml().clean(List.of(BODY, "Mehr zum Thema:", "À LIRE AUSSI",
                "LE PUEDE INTERESAR: La ficha del acusado en Nueva York", "Czytaj także »", "Читайте также", BODY));
        assertThat(clean.text()).isEqualTo(BODY + "\n\n" + BODY);
        assertThat(clean.removed()).extracting(r -> r.reason())
                .contains("furniture label (\"mehr zum thema\", de)", "furniture label (\"le puede interesar\", es)");
    }

    @Test
    void aLabelInsideASentenceOrAPlainLabelBeforeAColonStaysText() {
        String line = "Lesen Sie auch, was der Bürgermeister dazu sagte, bevor die Sitzung begann.";
        String text = TextCleaner.forExtractedHtml().clean(List.of(BODY, line, "Kontakt: das Rathaus ist offen",
                BODY)).text();
        assertThat(text).contains(line, "Kontakt: das Rathaus ist offen");
    }

    @Test
    void aLabelBeforeAnAddressOrADateIsFurniture() {
        CleanText clean = TextCleaner.forExtractedHtml().clean(List.of(BODY, "Permalien https://p.example/p/RPYx",
                "Aktualisiert am 17.01.2021.", "Von:", BODY));
        assertThat(clean.text()).isEqualTo(BODY + "\n\n" + BODY);
        assertThat(clean.removed()).extracting(r -> r.reason()).contains("furniture label (\"permalien\", fr)",
                "furniture label (\"aktualisiert am\", de)");
    }

    @Test
    void aLabelBeforeWordsStaysText() {
        String line = "Aktualisiert am Montag wurde der Fahrplan für 2021";
        assertThat(TextCleaner.forExtractedHtml().clean(List.of(BODY, line, BODY)).text()).contains(line);
    }

    @Test
    void aPointerOpeningAShortLineThatEndsInAColonIsAListHeading() {
        CleanText clean = TextCleaner.forExtractedHtml().clean(List.of(BODY, "Related coverage from How to Do "
                + "Everything: Money:", "Filed under: Politik |", "Lade weitere Inhalte", BODY));
        assertThat(clean.text()).isEqualTo(BODY + "\n\n" + BODY);
        assertThat(clean.removed()).extracting(r -> r.reason()).contains("furniture label (\"related\", en)",
                "furniture label (\"filed under\", en)", "furniture label (\"lade weitere inhalte\", de)");
    }

    @Test
    void aSentenceEndingInAColonBeforeAQuoteStaysText() {
        String line = "Related to the vote, the mayor of the town, who had opposed the plan for years, said:";
        assertThat(TextCleaner.forExtractedHtml().clean(List.of(BODY, line, BODY)).text()).contains(line);
    }
}
