package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Statement;
import org.crosscheck.testing.Nlp;
import org.junit.jupiter.api.Test;

class StatementStageTest {

    private static List<Statement> statements(String text) {
        Corpus c = Nlp.extracted(text);
        for (Statement s : c.statements()) {
            // offsets resolve exactly: the span is in the text and holds the content
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start(), text.length());
            s.parts().forEach(p -> assertThat(s.content()).contains(text.substring(p.start(), p.end()).strip()));
        }
        return c.statements();
    }

    private static Statement only(String text) {
        List<Statement> s = statements(text);
        assertThat(s).as(text).hasSize(1);
        return s.get(0);
    }

    @Test
    void aCurlyQuoteWithItsSpeakerAfterTheCue() {
        Statement s = only("“The water rose within minutes,” said Tomas Reyes, a farmer from the valley.");
        assertThat(s.mode()).isEqualTo(Statement.DIRECT);
        assertThat(s.speaker().text()).isEqualTo("Tomas Reyes");
        assertThat(s.cue()).isEqualTo("said");
        assertThat(s.content()).startsWith("The water rose within minutes");
    }

    @Test
    void aStraightQuoteAttributedByAPronoun() {
        List<Statement> s = statements("Anna Keller visited the dam on Monday. \"We will rebuild every bridge in"
                + " the valley,\" she said.");
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.mode()).isEqualTo(Statement.DIRECT);
            assertThat(st.speaker().text()).isEqualTo("Anna Keller");
        });
    }

    @Test
    void aQuoteStandingAloneContinuesThePreviousSpeaker() {
        List<Statement> s = statements("“The dam was old and everyone knew it,” Tomas Reyes said. The river kept"
                + " rising all night.\n\n"
                + "“Nobody listened to the farmers who warned about the cracks.”");
        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker().text()).isEqualTo("Tomas Reyes");
    }

    @Test
    void anAcronymNamesItsOrganisationNotAPersonNamedNext() {
        List<Statement> s = statements("The Relief Coordination Office gave a lower figure. The RCO has confirmed"
                + " that 19 people died in the flood. Governor Anna Keller rejected suggestions that the toll was low.");
        assertThat(s).filteredOn(st -> st.content().contains("19 people"))
                .singleElement().satisfies(st -> assertThat(st.speaker().text()).isEqualTo("Relief Coordination Office"));
    }

    @Test
    void aTitledSpeakerBetweenCommasAttributesTheWordsOnBothSides() {
        Statement s = only("The toll has risen to at least 23, Governor Anna Keller said on Thursday, up from at least"
                + " nine on the day of the flood.");
        assertThat(s.speaker().text()).isEqualTo("Anna Keller");
        assertThat(s.parts()).hasSize(2);
        assertThat(s.content()).contains("risen to at least 23").contains("up from at least nine");
    }

    @Test
    void reportedSpeechWithSaidThat() {
        Statement s = only("Interior minister Petra Lind said that 300 families had been moved to schools.");
        assertThat(s.mode()).isEqualTo(Statement.REPORTED);
        assertThat(s.speaker().text()).isEqualTo("Petra Lind");
        assertThat(s.content()).contains("300 families had been moved");
    }

    @Test
    void accordingTo() {
        Statement s = only("According to the Kessel Basin Water Council, the river has fallen by two metres.");
        assertThat(s.mode()).isEqualTo(Statement.REPORTED);
        assertThat(s.cue()).isEqualTo("according to");
        assertThat(s.speaker().text()).contains("Kessel Basin Water Council");
        assertThat(s.content()).contains("the river has fallen");
    }

    @Test
    void accusedOfAndCalledOn() {
        List<Statement> s = statements("Velmora accused Dastria of hiding the inspection reports. "
                + "The Kessel Basin Water Council called on both governments to publish the reports.");
        assertThat(s).hasSize(2);
        assertThat(s).allMatch(st -> st.mode().equals(Statement.REPORTED));
        assertThat(s.get(0).speaker().text()).isEqualTo("Velmora");
        assertThat(s.get(1).cue()).isEqualTo("called on");
    }

    @Test
    void aDenial() {
        Statement s = only("The construction company denied that the walls had been cracked before the flood.");
        assertThat(s.mode()).isEqualTo(Statement.REPORTED);
        assertThat(s.cue()).isEqualTo("denied");
        assertThat(s.content()).contains("the walls had been cracked");
    }

    @Test
    void aQuoteRunningOverTwoParagraphs() {
        List<Statement> s = statements("Mayor Lena Ortiz said: “We lost the bridge and the school in one night.\n\n"
                + "“We will need months to rebuild them both.”");
        assertThat(s).isNotEmpty();
        assertThat(s.get(0).mode()).isEqualTo(Statement.DIRECT);
        assertThat(s.get(0).speaker().text()).isEqualTo("Lena Ortiz");
        assertThat(s.get(0).content()).contains("We lost the bridge").contains("months to rebuild");
    }

    @Test
    void aContinuationCueDoesNotRepeatTheClaim() {
        Statement s = only("Governor Lena Ortiz said the bridge would reopen in the spring, adding that the repairs"
                + " would cost more than planned.");
        assertThat(s.mode()).isEqualTo(Statement.REPORTED);
        assertThat(s.speaker().text()).isEqualTo("Lena Ortiz");
        assertThat(s.content()).contains("reopen in the spring").contains("cost more than planned");
    }
}
