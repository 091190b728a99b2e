package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.FoundStatements.in;
import static org.crosscheck.extract.FoundStatements.saying;

import java.util.List;
import org.crosscheck.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Sources and speakers of the second round of issue 14's misses, one test per mechanism, on invented sentences
 * (fictional people, places and outlets): bodies, media, unnamed people, stance verbs, joined cues.
 */
class StatementSourcesTest {

    @Test
    void aBodyNeverStandsForAPersonNamedNearIt() {
        List<Statement> s = in("The Orla port committee met on Thursday.\n\n“The quay is falling apart,” said"
                + " the committee's secretary, Jonas Reef.\n\nIn a statement, the committee said repairs would start"
                + " in June. Harbour master Elin Sand said the work would take a year.");
        assertThat(saying(s, "repairs would start").speaker().text()).isEqualTo("committee");
        assertThat(saying(s, "the work would take a year").speaker().text()).isEqualTo("Elin Sand");
    }

    @Test
    void theOutletIsTheSourceLastIntroducedAsMedia() {
        List<Statement> s = in("The news site Morrow Daily reported on Monday that the Tessel dam would"
                + " be closed for a month.\n\nThe outlet said engineers had found cracks in the wall.");
        assertThat(saying(s, "engineers had found cracks").speaker().text()).isEqualTo("Morrow Daily");
    }

    @Test
    void aPronounAfterAnUnnamedDescribedPerson() {
        List<Statement> s = in("A fisherman from Brill found the missing boy on the beach.\n\n"
                + "Police chief Tove Lind thanked the volunteers. “They searched all night,” she said.\n\n"
                + "The fisherman, a father of three, did not want his name printed. “I just did what anyone would"
                + " do,” he said.");
        assertThat(saying(s, "They searched all night").speaker().text()).isEqualTo("Tove Lind");
        assertThat(saying(s, "I just did what anyone").speaker().text()).isEqualTo("fisherman");
    }

    @Test
    void aStanceVerbTakesAShortObject() {
        Statement s = saying(in("The Selby council will open the library on Sundays.\n\n"
                + "Students welcomed the change."), "the change");
        assertThat(s.speaker().text()).isEqualTo("Students");
        assertThat(s.cueClass()).isEqualTo(Statement.SAY);
    }

    @Test
    void aJoinedCueBeginsAStatementOfItsOwn() {
        List<Statement> s = in("The bakers' guild condemned the new tax and said it would close its"
                + " shops for a day.");
        assertThat(saying(s, "the new tax").content()).isEqualTo("the new tax");
        assertThat(saying(s, "it would close its shops").speaker().text()).isEqualTo("bakers' guild");
    }

    @Test
    void writingThatGoesOnWithThePostOfTheSubject() {
        Statement s = saying(in("Her old teacher, Marit Vold, congratulated her in a post on X, writing that"
                + " she had always been “the fastest in the class”."), "she had always been");
        assertThat(s.speaker().text()).isEqualTo("Marit Vold");
        assertThat(s.cueClass()).isEqualTo(Statement.POST);
    }

    @Test
    void properNounsInAppositionNameTheSpeakerWhateverTheirTag() {
        Statement s = saying(in("“The road will reopen on Friday,” said the bridge's owner, Kestrel"
                + " Holdings, in a statement."), "The road will reopen");
        assertThat(s.speaker().text()).isEqualTo("Kestrel Holdings");
    }

    @Test
    void afterASubjectPronounWhoFollowsTheVerbIsSpokenTo() {
        Statement s = saying(in("The coach of Varn United, Pia Holt, resigned on Monday.\n\n"
                + "“I have no regrets,” she told the Varn Gazette."), "I have no regrets");
        assertThat(s.speaker().text()).isNotEqualTo("Varn Gazette");
    }
}
