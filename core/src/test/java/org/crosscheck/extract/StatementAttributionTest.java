package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.FoundStatements.in;
import static org.crosscheck.extract.FoundStatements.saying;

import java.util.List;
import org.crosscheck.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Attributions of the third round of issue 14, one test per mechanism, on invented sentences (fictional people,
 * places and outlets): split quotations, a subject before the verb, possessive roles, participles in roles.
 */
class StatementAttributionTest {

    @Test
    void aQuotationSplitByItsAttributionIsOneStatement() {
        List<Statement> s = in("Storms hit the coast of Vardal on Sunday.\n\n“We have the boats,” said harbour chief"
                + " Ola Tveit, “but not the crews to sail them.”");
        Statement split = saying(s, "We have the boats");
        assertThat(split.parts()).hasSize(2);
        assertThat(split.content()).contains("but not the crews");
        assertThat(split.speaker().text()).isEqualTo("Ola Tveit");
        assertThat(s).hasSize(1);
    }

    @Test
    void twoCuesOfOneClassWithAClauseEachAreOneStatementOfTwoParts() {
        List<Statement> s = in("Minister Ida Berg confirmed that the talks in Solvik had failed, but insisted the"
                + " ceasefire would hold.");
        Statement both = saying(s, "the talks in Solvik had failed");
        assertThat(both.parts()).hasSize(2);
        assertThat(both.content()).contains("the ceasefire would hold");
        assertThat(both.speaker().text()).isEqualTo("Ida Berg");
        assertThat(s).hasSize(1);
    }

    @Test
    void aSecondCueOfAnotherClassOrAfterAShortObjectStaysItsOwnStatement() {
        List<Statement> other = in("Mayor Ada Lie denied that the school would close and said the town had the"
                + " money for it.");
        assertThat(other).hasSize(2);
        assertThat(saying(other, "the school would close").cueClass()).isEqualTo(Statement.DENY);
        List<Statement> welcomed = in("Fishermen's leader Ivo Grande welcomed the fine but said it came far too"
                + " late for the fjord.");
        assertThat(saying(welcomed, "it came far too late").parts()).hasSize(1);
        // "the fine" is tagged as an adjective here; a determiner and an adjective that end the object are a noun
        assertThat(saying(welcomed, "the fine").cue()).isEqualTo("welcomed");
    }

    @Test
    void aSecondCueBetweenTwoQuotationsKeepsThemApart() {
        List<Statement> s = in("“The shelter is full tonight and we are turning people away,” warden Rita Holm"
                + " said on Monday, adding, “We have asked the city for forty more beds.”");
        assertThat(saying(s, "The shelter is full").parts()).hasSize(1);
        assertThat(saying(s, "forty more beds").speaker().text()).isEqualTo("Rita Holm");
    }

    @Test
    void aNounSubjectBeforeTheVerbLeavesThePronounAfterItToTheContent() {
        List<Statement> s = in("The skier Dina Roe retired on Friday. Her coach said she had been the best in"
                + " the team.");
        Statement coach = saying(s, "had been the best");
        assertThat(coach.content()).startsWith("she had been");
        assertThat(coach.speaker().text()).isEqualTo("Her coach");
    }

    @Test
    void aParticipleBeforeARoleBelongsToThePhrase() {
        Statement s = saying(in("Blueline will start a ferry to Holm.\n\n“It is the first electric ferry on this"
                + " coast,” said Blueline's managing director, Karin Aasen."), "first electric ferry");
        assertThat(s.speaker().text()).isEqualTo("Karin Aasen");
    }

    @Test
    void aNumberDescribedAfterItIsWhoSpeaks() {
        Statement s = saying(in("The night shift at the Holt hospital is short of staff.\n\n“Some nights there are"
                + " only two of us,” said one, a nurse who asked not to be named."), "only two of us");
        assertThat(s.speaker().text()).isEqualTo("nurse");
    }

    @Test
    void itIsTheMediumJustNamedInItsSentence() {
        Statement s = saying(in("Police in Orla are looking for the owners of two boats.\n\nThe search follows"
                + " photos by the news site Farwatch, which showed two boats which it said were stolen in June."),
                "were stolen");
        assertThat(s.speaker().text()).isEqualTo("Farwatch");
    }

    @Test
    void aCueBeforeByIsNoStatement() {
        List<Statement> s = in("The inquiry follows reporting by the news site Farwatch, which published photos of"
                + " the flooded depot.");
        assertThat(s).isEmpty();
    }
}
