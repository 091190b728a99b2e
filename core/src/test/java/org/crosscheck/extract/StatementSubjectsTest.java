package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.FoundStatements.in;
import static org.crosscheck.extract.FoundStatements.saying;

import java.util.List;
import org.crosscheck.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Speakers that are noun phrases, not names or roles, on invented sentences (fictional people and places): a
 * group of people with prepositional phrases after it, and a body's name in apposition after a common noun.
 */
class StatementSubjectsTest {

    @Test
    void aPluralNounWithItsPrepositionalPhrasesIsTheSpeakerNotThePlaceInIt() {
        Statement nurses = saying(in("Nurses at three clinics in Orby have told the Orby Post that their night"
                + " shifts had been cut."), "their night shifts had been cut");
        assertThat(nurses.speaker().text()).isEqualTo("Nurses at three clinics in Orby");
        Statement engineers = saying(in("Engineers at the Holt dam say the water level is falling again."),
                "the water level is falling");
        assertThat(engineers.speaker().text()).startsWith("Engineers");
    }

    @Test
    void aPassiveOrATimeNamesNobody() {
        List<Statement> s = in("Houses in the lower valley were said to be empty by the evening.");
        assertThat(s).noneMatch(st -> st.speaker() != null && st.speaker().text().startsWith("Houses"));
        List<Statement> time = in("The Orby council still says the bridge is safe, but days ago also acknowledged"
                + " there are deep cracks in its piers.");
        assertThat(time).noneMatch(st -> st.speaker() != null && st.speaker().text().contains("days"));
    }

    @Test
    void theNameAfterOfOnlySaysWhoseRoleTheAppositionSpeaks() {
        Statement s = saying(in("The owner of the Sandvik Arena, Norrland Events, said the concert would go ahead"
                + " as planned."), "the concert would go ahead");
        assertThat(s.speaker().text()).isEqualTo("Norrland Events");
    }

    @Test
    void aBodysNameInAppositionAfterACommonNounSpeaks() {
        Statement s = saying(in("The caretaker, Lindvik Estates, said the lift in the east tower would be fixed"
                + " on Monday."), "the lift in the east tower would be fixed");
        assertThat(s.speaker().text()).isEqualTo("Lindvik Estates");
    }
}
