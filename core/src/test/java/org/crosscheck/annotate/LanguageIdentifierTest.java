package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lingua's low-accuracy mode on news paragraphs written for this test, and on texts too short to tell. */
class LanguageIdentifierTest {

    private static final LanguageIdentifier ID = LanguageIdentifier.shared();

    @Test
    void tellsTheLanguageOfANewsParagraph() {
        assertThat(ID.identify("At least 12 people were killed when a landslide buried part of the village on "
                + "Tuesday night, the regional governor said, adding that rescuers were still searching."))
                .isEqualTo("en");
        assertThat(ID.identify("Au moins douze personnes ont été tuées mardi soir lorsqu'un glissement de terrain a "
                + "enseveli une partie du village, selon le gouverneur de la région.")).isEqualTo("fr");
        assertThat(ID.identify("Mindestens zwölf Menschen sind am Dienstagabend ums Leben gekommen, als ein Erdrutsch "
                + "einen Teil des Dorfes verschüttete, sagte der Gouverneur der Region.")).isEqualTo("de");
        assertThat(ID.identify("Al menos doce personas murieron el martes por la noche cuando un deslizamiento de "
                + "tierra sepultó parte del pueblo, según el gobernador regional.")).isEqualTo("es");
    }

    @Test
    void tellsRussianFromUkrainian() {
        assertThat(ID.identify("По словам губернатора области, не менее двенадцати человек погибли во вторник "
                + "вечером, когда оползень накрыл часть деревни.")).isEqualTo("ru");
        assertThat(ID.identify("За словами губернатора області, щонайменше дванадцять людей загинули у вівторок "
                + "увечері, коли зсув накрив частину села.")).isEqualTo("uk");
    }

    @Test
    void readsOnlyTheBeginningOfALongText() {
        String french = "Le gouvernement a annoncé mercredi de nouvelles mesures pour les familles sinistrées. ";
        String english = "The government announced new measures for the families on Wednesday. ";
        String text = french.repeat(LanguageIdentifier.SAMPLE_CHARS / french.length() + 1)
                + english.repeat(200);
        assertThat(ID.identify(text)).isEqualTo("fr");
    }

    @Test
    void aTextWithTooFewLettersHasNoLanguage() {
        assertThat(ID.identify("")).isNull();
        assertThat(ID.identify("12 345 — 6,7 %")).isNull();
        assertThat(ID.identify("Photo: AP")).isNull();
    }
}
