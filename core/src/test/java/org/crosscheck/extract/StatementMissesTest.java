package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.FoundStatements.in;
import static org.crosscheck.extract.FoundStatements.saying;

import java.util.List;
import org.crosscheck.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * The general causes of the misses left by the first increment of issue 14, one test each, on invented
 * sentences (fictional people and places).
 */
class StatementMissesTest {

    @Test
    void aSurnameAloneIsThePersonNamedInFullBefore() {
        List<Statement> s = in("The skier Lina Frost won the downhill race on Sunday.\n\nFrost had trained"
                + " for years with her uncle Ben. Ben waxed the skis in his shed. “The snow was perfect,” she said."
                + "\n\n“I slept two hours a night before the race,” insisted Frost, smiling.");
        assertThat(saying(s, "The snow was perfect").speaker().text()).isEqualTo("Lina Frost");
        assertThat(saying(s, "I slept two hours").speaker().text()).isEqualTo("Lina Frost");
    }

    @Test
    void aNameAfterAPrepositionIsNotTheRolesHolder() {
        List<Statement> s = in("Police in Tolvik questioned three students after the fire.\n\n"
                + "The police said the fire had started in a bin behind the school.");
        assertThat(saying(s, "the fire had started").speaker().text()).isEqualTo("police");
    }

    @Test
    void aDenialOrCondemnationMayHaveAShortObject() {
        Statement condemned = saying(in("The town closed the old ferry pier.\n\nResidents condemned the closure."),
                "the closure");
        assertThat(condemned.speaker().text()).isEqualTo("Residents");
        assertThat(condemned.cueClass()).isEqualTo(Statement.CRITICISE);
        Statement rejected = saying(in("Coach Ilse Borg rejected that claim on Friday."), "that claim");
        assertThat(rejected.cueClass()).isEqualTo(Statement.DENY);
    }

    @Test
    void aNumberStandingForAPersonSpeaks() {
        Statement s = saying(in("Voters were divided, with one posting that the plan was “a waste of money”."),
                "the plan was");
        assertThat(s.speaker().text()).isEqualTo("one");
        assertThat(s.cueClass()).isEqualTo(Statement.POST);
    }

    @Test
    void anAsideBetweenTheVerbAndTheSpeakerWhoFollowsIt() {
        Statement s = saying(in("“We will rebuild the bridge before winter,” said, after a short pause, the"
                + " mayor, Lotta Brisk."), "We will rebuild the bridge");
        assertThat(s.speaker().text()).isEqualTo("Lotta Brisk");
    }

    @Test
    void itsStandsForTheNounPhraseBeforeWhenNoEntityIsNamed() {
        Statement s = saying(in("Talks between the Velm teachers' union and the city stalled"
                + " on Monday.\n\nAmong its demands: smaller classes and a new pay scale."), "smaller classes");
        assertThat(s.speaker().text()).isEqualTo("Velm teachers' union");
    }

    @Test
    void wherePhraseBeforeThatIsNotContent() {
        Statement s = saying(in("The harbour board wrote in a letter that the fees would rise in May."),
                "the fees");
        assertThat(s.content()).isEqualTo("the fees would rise in May");
    }

    @Test
    void aPossessorsRoleIsThePersonNamedInTheNextSentence() {
        List<Statement> s = in("Norland's chief inspector has criticised the new rules for farms.\n\n"
                + "Hedda Sol said the rules ignored small farms entirely.");
        assertThat(saying(s, "the new rules").speaker().text()).isEqualTo("Hedda Sol");
    }
}
