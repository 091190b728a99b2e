package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.junit.jupiter.api.Test;

/** A stated language against the one the text reads as. */
class ArticleLanguageTest {

    private static final String ENGLISH = "Rescue teams searched through the night for survivors of the landslide "
            + "that buried part of the village on Tuesday. The regional governor said at least twelve people were "
            + "killed and about three hundred residents had been moved to a school in the next town.";

    private static Article article(String language, String text) {
        return new Article("a1", "t", null, null, null, null, null, language, text, List.of(), List.of(), null,
                List.of());
    }

    private static Article decided(String language, String text) {
        return ArticleLanguage.decide(article(language, text), LanguageIdentifier.shared());
    }

    @Test
    void aTextWithNoStatedLanguageGetsTheOneItReadsAs() {
        Article a = decided(null, ENGLISH);
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void aStatedLanguageTheTextAgreesWithStaysAsWritten() {
        Article a = decided("en-GB", ENGLISH);
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void aLongTextOverrulesAWrongStatedLanguageWithAWarning() {
        Article a = decided("de", ENGLISH);
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.warnings()).containsExactly(
                "the input states language 'de' but the text reads as 'en': analysed as 'en'");
    }

    @Test
    void aStatedValueThatIsNoLanguageTagIsReplacedSilently() {
        Article a = decided("Deutsch, German", ENGLISH);
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void aShortTextKeepsItsStatedLanguage() {
        Article a = decided("de", "The mayor spoke on Tuesday.");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.warnings()).isEmpty();
        assertThat(decided(null, "Photo: AP").language()).isNull();
    }
}
