package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Statement;
import org.crosscheck.testing.Nlp;
import org.junit.jupiter.api.Test;

/** One test per kind of statement of issue 14, on invented sentences (fictional people and places). */
class StatementKindsTest {

    private static List<Statement> statements(String text) {
        List<Statement> found = Nlp.extracted(text).statements();
        for (Statement s : found) {
            assertThat(s.parts()).isNotEmpty();
            s.parts().forEach(p -> assertThat(p.start()).isBetween(s.start(), s.end()));
            s.parts().forEach(p -> assertThat(p.end()).isBetween(s.start(), s.end()));
        }
        return found;
    }

    private static Statement only(String text) {
        List<Statement> s = statements(text);
        assertThat(s).as(text).hasSize(1);
        return s.get(0);
    }

    @Test
    void aQuoteThatGoesOnInALaterSentenceIsItsOwnStatementThatContinuesTheFirst() {
        List<Statement> s = statements("“Sales fell in spring,” Ada Marsh said. “Nobody expected the autumn.”");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).content()).isEqualTo("Sales fell in spring,");
        assertThat(s.get(0).continues()).isNull();
        assertThat(s.get(1).content()).isEqualTo("Nobody expected the autumn.");
        assertThat(s.get(1).mode()).isEqualTo(Statement.DIRECT);
        assertThat(s.get(1).speaker().text()).isEqualTo("Ada Marsh");
        assertThat(s.get(1).continues()).isEqualTo(s.get(0).id());
    }

    @Test
    void theQuoteGoesOnAcrossAParagraphBreakAndAfterHeAdded() {
        List<Statement> paragraph = statements("“We asked for two more boats,” union leader Dario Fenn said.\n\n"
                + "“The port sent a letter.”");
        assertThat(paragraph).hasSize(2);
        assertThat(paragraph.get(1).speaker().text()).isEqualTo("Dario Fenn");
        assertThat(paragraph.get(1).continues()).isEqualTo(paragraph.get(0).id());
        List<Statement> added = statements("“I gave this club everything,” Amos Reinholt said. “Now it is somebody"
                + " else's turn,” he added.");
        assertThat(added).hasSize(2);
        assertThat(added.get(1).cue()).isEqualTo("added");
        assertThat(added.get(1).continues()).isEqualTo(added.get(0).id());
    }

    @Test
    void aQuoteSplitByItsAttributionInOneSentenceStaysOneStatementOfTwoParts() {
        Statement s = only("“We are ready,” said Mayor Tove Brask, “but the water is still rising.”");
        assertThat(s.parts()).hasSize(2);
        assertThat(s.continues()).isNull();
        assertThat(s.content()).contains("We are ready").contains("but the water is still rising");
        Statement apposition = only("“The roads are closed,” said the region's transport chief, Edda Vik, “and they"
                + " will stay closed tonight.”");
        assertThat(apposition.parts()).hasSize(2);
        assertThat(apposition.speaker().text()).isEqualTo("Edda Vik");
    }

    @Test
    void theAttributionAfterTheQuoteWithTheVerbFirst() {
        Statement s = statements("“Thanks, everyone, for coming out,” replied the deputy mayor, Ann Cole.").get(0);
        assertThat(s.speaker().text()).isEqualTo("Ann Cole");
        List<Statement> two = statements("“We have no plan to sell the park,” responded campaign director Li Wen,"
                + " adding that the group would keep collecting signatures.");
        assertThat(two).extracting(x -> x.speaker().text()).containsOnly("Li Wen");
        assertThat(two).extracting(Statement::mode).contains(Statement.DIRECT, Statement.REPORTED);
    }

    @Test
    void cuesBeyondSay() {
        assertThat(only("Her coach, Ivo Marek, boasted that she had not lost a game all year.").cue())
                .isEqualTo("boasted");
        assertThat(only("Councillor Theo Grant conceded that the council had waited too long.").speaker().text())
                .isEqualTo("Theo Grant");
        Statement joke = only("“I only wanted to beat my brother,” joked Mila Varga.");
        assertThat(joke.speaker().text()).isEqualTo("Mila Varga");
        assertThat(joke.cueClass()).isEqualTo(Statement.SAY);
    }

    @Test
    void aNominalCue() {
        List<Statement> s = statements("Councillor Mara Ilse spoke last. Her message: “Swim while you still can.”");
        assertThat(s).anySatisfy(st -> {
            assertThat(st.speaker().text()).isEqualTo("Mara Ilse");
            assertThat(st.content()).contains("Swim while you still can");
        });
    }

    @Test
    void denialsHaveTheirOwnCueClass() {
        Statement denied = only("The striker Teo Alvar denied touching the referee.");
        assertThat(denied.cueClass()).isEqualTo(Statement.DENY);
        Statement dismissed = only("Finance minister Karl Dorn dismissed the criticism as “pure theatre”.");
        assertThat(dismissed.cueClass()).isEqualTo(Statement.DENY);
        assertThat(dismissed.content()).isEqualTo("pure theatre");
    }

    @Test
    void wordsQuotedInsideNarrationAreHerWords() {
        Statement s = only("The jury president, Elin Moor, called his performance “brave” and “unforgettable”.");
        assertThat(s.mode()).isEqualTo(Statement.REPORTED);
        assertThat(s.speaker().text()).isEqualTo("Elin Moor");
        assertThat(s.parts()).hasSize(2);
        assertThat(s.content()).isEqualTo("brave … unforgettable");
    }

    @Test
    void documentsAndOrganisationsAsSources() {
        Statement survey = only("The survey found that most parents in Westmark wanted a later start.");
        assertThat(survey.speaker().text()).isEqualTo("survey");
        assertThat(survey.cueClass()).isEqualTo(Statement.FIND);
        Statement inquiry = only("An inquiry by the regional prosecutor found “serious failings in the checks”.");
        assertThat(inquiry.speaker().text()).contains("inquiry");
        assertThat(inquiry.content()).isEqualTo("serious failings in the checks");
    }

    @Test
    void posts() {
        Statement s = only("The singer Nora Quill posted on Instagram that she had lost her voice.");
        assertThat(s.cueClass()).isEqualTo(Statement.POST);
        assertThat(s.speaker().text()).isEqualTo("Nora Quill");
        assertThat(only("Mayor Gus Harlan tweeted that the new library would open on Saturday.").cueClass())
                .isEqualTo(Statement.POST);
    }

    @Test
    void aPronounIsThePersonTheParagraphIsAbout() {
        List<Statement> s = statements("Farmer Hanna Voss met the inspector, Tom Berger, in the yard. Berger gave"
                + " her a report. “The water came in minutes,” she said.");
        assertThat(s).singleElement().satisfies(st -> assertThat(st.speaker().text()).isEqualTo("Hanna Voss"));
    }

    @Test
    void aTitleAndNameBeforeALongRelativeClause() {
        Statement s = only("Psychologist Ann Lee, who leads the sleep laboratory, which opened in 2019, at the"
                + " University of Orvik, says most nurses sleep less than six hours.");
        assertThat(s.speaker().text()).isEqualTo("Ann Lee");
    }

    @Test
    void aSpeakerNamedAfterTheQuoteAndALongClause() {
        Statement s = only("“We cannot keep losing money on every crossing,” said the owner of the ferry company that"
                + " has served the island since 1950, Erik Dahl.");
        assertThat(s.speaker().text()).isEqualTo("Erik Dahl");
    }
}
