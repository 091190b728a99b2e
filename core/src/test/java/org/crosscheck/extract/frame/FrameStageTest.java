package org.crosscheck.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FigureStage;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real annotation, figures and frames over self-written sentences: what each figure measures and when it
 * holds, for the shapes of sentence a frame must read (durations, magnitudes, tolls, months, a sentence that
 * points back to the one before).
 */
class FrameStageTest {

    private static final String TEXT = "Rescuers pulled 26 people alive from the rubble. "
            + "The Geological Survey put the quake's strength at magnitude-5.3. "
            + "The 44 journalists rounded up in the port are free tonight. "
            + "Floodwater covered 77 square kilometres of Bavaria. Police detained 41 journalists on Monday. "
            + "Officials cited the ministry's figure of 37. "
            + "The union said 52 reporters, photographers and camera operators had been detained. "
            + "Officials said 31 people were now known to have died. About 1,900 people had left their homes. "
            + "Protesters clashed with police for a third night. A poll found that 57 per cent of Canadians back the plan. The shooting sparked "
            + "six days of rioting across the country. Three days of clashes have caused heavy damage in Lorvik. "
            + "The city was calm after eight days of the worst riots Tarn has seen. "
            + "A 5.2 quake struck the island of Tarn on Sunday. An earthquake measuring 4.9 on the Richter scale "
            + "shook the coast. The death toll in the province has risen to 23, officials said. "
            + "A stronger quake hit the island in March. That quake killed at least 14 people and injured 61. "
            + "The death toll from the Harlow Dam burst in Tarn province has risen to at least 17, the governor said. "
            + "The number of people killed when the Harlow Dam burst in Tarn province has reached 18, aid groups said. "
            + "Rescuers recovered four more bodies. The group, which has tracked every flood since 2011, says 3,400 people "
            + "were displaced, above the official figure of 2,900 evacuated. About 800 people marched in Lorvik and another 700 rallied in the north. "
            + "The march drew 9,000 people. A quake killed 31,000 people in Vell in 2003, and 600 were killed in "
            + "Dorn in February. A quake struck Dorn in January. It killed 612 people. "
            + "Officials named the 27 hardest - hit villages. At least 33 aftershocks were felt. "
            + "The death toll from a strong earthquake a day earlier rose to 19. The survey puts the magnitude at 6.3. "
            + "The storm made landfall 35 miles southwest of Tarn. The quake struck with a force of about 6.6 on the "
            + "Richter scale. A magnitude 7.1 quake can cause severe damage. "
            + "The centre said the quake measured magnitude - 5.8. In Lorvik, 565 shops suffered serious damage. "
            + "The island has a population of 95,000. The toll has risen to 48, up from at least 29 on Monday. "
            + "Youths attacked a police station in central Lorvik, four shops and 13 banks. "
            + "The quake killed 62 people, and 71 were injured. Officials said 83 people had received treatment. "
            + "Rioters were setting fire to 67 cars. Police said 73 people, one of them a pregnant woman, were killed. "
            + "The 74 bank employees were burnt to death. The plan aims to save 75 billion euros through 2031. "
            + "Lenders agreed a 76bn-euro rescue package. The quake struck Vell, home to 81,000 people. "
            + "A quake killed more than 82,000 in the city of Dorn in 2004. "
            + "According to Orsk, some 4,321 residents of the lower Kessel valley were moved to higher ground. "
            + "The union counted 86 journalists detained. Police, who put the number at 87, gave no reason. "
            + "The office has confirmed 88 deaths, adding that dozens were missing in the villages of Brevka and Dorn. "
            + "Two helicopters began evacuating the injured to Lorvik. "
            + "In Lorvik 97 students remain in custody. Lawyers said the 97 would appear before a judge. "
            + "The weather was warm with temperatures of about 29 degrees Celsius (84 degrees Fahrenheit). "
            + "The army has since captured 24 towns and cities, and captured 39 soldiers. "
            + "The offensive has forced 6,200 residents to flee. Some 310 rescuers are taking part in the search. "
            + "The storm caused heavy destruction in 43 villages. NBC estimated the crowd at 70. "
            + "Part of the 210 person crowd became unruly. "
            + "Police put the march, to mark the strike, at roughly 30,000 people. Organisers held eleven rallies. "
            + "The island, which has about 200,000 residents, lies 940 miles south of Tehran. "
            + "The epicentre was 58km (36 miles) south-west of the port of Bandar Abbas. "
            + "The team moved to 92 - 65 after the win. The port is home to about 61,500 people. "
            + "The gunman wounded 47 other people. The blast killed 14 persons and wounded other 113. "
            + "The quake killed at least 10 people, injuring 116 more.";

    private static Corpus corpus;

    @BeforeAll
    static void frame() {
        Article a = new Article("a1", "a1.txt", "Outlet", null, null, null, null, "en", TEXT, List.of(), List.of(),
                null, List.of());
        Corpus c = Corpus.of(List.of(a), List.of());
        c = new AnnotateStage(CoreNlpAnnotator::shared, 1).apply(c, Progress.NONE);
        c = new EntityStage().apply(c, Progress.NONE);
        c = new FigureStage().apply(c, Progress.NONE);
        corpus = new FrameStage().apply(c, Progress.NONE);
    }

    private static Figure figure(double value) {
        return corpus.figures().stream().filter(f -> f.value() != null && f.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + corpus.figures()));
    }

    @Test
    void theSizeOfAGatheringCountsPeopleWhoGathered() {
        for (double size : new double[] {70, 210, 30_000}) {
            assertThat(figure(size).measure().thing()).as("thing of %s", size).isEqualTo("people");
            assertThat(figure(size).measure().action()).as("action of %s", size).isEqualTo("gathered");
        }
        assertThat(figure(11).measure().action()).as("a count of rallies is no crowd").isNotEqualTo("gathered");
    }

    @Test
    void aSideOfAResultCountsNothing() {
        assertThat(figure(92).measure().thing()).isEqualTo("result");
        assertThat(figure(92).measure().action()).as("'moved' tells no displacement of a score").isNull();
    }

    @Test
    void residentsOfAPlaceAreItsPopulation() {
        assertThat(figure(200_000).measure().action()).isEqualTo("inhabited");
        assertThat(figure(61_500).measure().action()).as("'is home to', whatever 'home' is tagged").isEqualTo("inhabited");
    }

    @Test
    void aDistanceFromANamedPlaceMeasuresThatDistance() {
        assertThat(figure(940).measure().thing()).isEqualTo("distance from tehran");
        assertThat(figure(58).measure().thing()).isEqualTo("distance from bandar abbas");
        assertThat(figure(26).measure().thing()).isNotNull().doesNotStartWith("distance");
    }

    @Test
    void aDurationMeasuresWhatLasted() {
        assertThat(figure(6).measure().thing()).isEqualTo("unrest");
        assertThat(figure(3).measure().thing()).isEqualTo("unrest");
        assertThat(figure(6).measure().baseUnit()).isEqualTo(figure(3).measure().baseUnit()).isNotNull();
        assertThat(figure(8).measure().thing()).isEqualTo("unrest");
    }

    @Test
    void theSubjectOfALinkingVerbIsCounted() {
        assertThat(figure(18).measure().thing()).isEqualTo("people");
        assertThat(figure(18).measure().action()).isEqualTo("killed");
    }

    @Test
    void aNumberBeforeASingularQuakeIsItsMagnitude() {
        assertThat(figure(5.2).measure().thing()).isEqualTo("magnitude");
        assertThat(figure(4.9).measure().thing()).isEqualTo("magnitude");
    }

    @Test
    void aTollCountsTheDeadNotThePlace() {
        for (double toll : new double[] {23, 17}) {
            assertThat(figure(toll).measure().thing()).as("thing of %s", toll).isNull();
            assertThat(figure(toll).measure().action()).as("action of %s", toll).isEqualTo("killed");
        }
    }

    @Test
    void aMonthWithoutADayIsADateAndASentencePointingBackTakesIt() {
        assertThat(figure(14).scope().date()).isEqualTo("XXXX-03");
        assertThat(figure(61).scope().date()).isEqualTo("XXXX-03");
        assertThat(figure(5.2).scope().date()).isEqualTo("XXXX-WXX-7");
    }

    @Test
    void aSpeakersDescriptionIsNotTheFiguresScopeAndAFigureNounCountsNothing() {
        assertThat(figure(3400).scope().cumulative()).isFalse();
        assertThat(figure(2900).measure().thing()).isNotEqualTo("figure");
        assertThat(figure(2900).measure().action()).isEqualTo("displaced");
    }

    @Test
    void aShareOfANationCountsPeople() {
        assertThat(figure(57).measure().thing()).isEqualTo("people");
        assertThat(figure(57).measure().qualifiers()).contains("canadian");
    }

    @Test
    void anotherCountIsMarkedAdditional() {
        assertThat(figure(4).measure().isAdditional()).isTrue();
        assertThat(figure(700).measure().isAdditional()).isTrue();
        assertThat(figure(800).measure().isAdditional()).isFalse();
        assertThat(figure(47).measure().isAdditional()).as("three other people").isTrue();
        assertThat(figure(113).measure().isAdditional()).as("wounded beside killed").isFalse();
        assertThat(figure(116).measure().isAdditional()).as("injuring more beside killed").isFalse();
        assertThat(figure(116).measure().action()).isEqualTo("injured");
    }

    @Test
    void aPlaceIsCapturedWherePeopleAreDetained() {
        assertThat(figure(24).measure().action()).isEqualTo("captured");
        assertThat(figure(39).measure().action()).isEqualTo("detained");
    }

    @Test
    void whatACountWasMadeToDoIsWhatHappenedToIt() {
        assertThat(figure(6200).measure().action()).isEqualTo("displaced");
    }

    @Test
    void aNounOfWhatHappenedBeforeItsPlaceTellsTheAction() {
        assertThat(figure(43).measure().action()).isEqualTo("destroyed");
    }

    @Test
    void takingPartIsNoCapture() {
        assertThat(figure(310).measure().action()).isEqualTo("participated");
    }

    @Test
    void theActionIsReadPastAReportingVerbAndFromAVerbWithItsObject() {
        assertThat(figure(31).measure().action()).isEqualTo("killed");
        assertThat(figure(1900).measure().action()).isEqualTo("displaced");
    }

    @Test
    void aFigureGivenAsTheNumberRestatesTheCountBeforeItAndItsOwnerClaimsIt() {
        Figure restated = figure(37);
        assertThat(restated.measure().thing()).isEqualTo(figure(41).measure().thing()).isNotNull();
        assertThat(restated.measure().action()).isEqualTo("detained");
        assertThat(restated.scope().time()).isEqualTo("Monday");
        assertThat(restated.claimant().text()).isEqualTo("ministry");
    }

    @Test
    void aListOfNounsIsOnePhraseBeforeItsVerb() {
        assertThat(figure(52).measure().action()).isEqualTo("detained");
    }

    @Test
    void theStateAfterTheCountedNounTellsWhatHappenedAndAPlaceIsNotWhatIsMeasured() {
        assertThat(figure(26).measure().action()).isEqualTo("rescued");
        assertThat(figure(44).measure().action()).as("a participle phrase describes the counted noun")
                .isEqualTo("released");
        assertThat(figure(77).measure().thing()).isNull();
        assertThat(figure(77).scope().place()).isEqualTo("Bavaria");
    }

    @Test
    void theSubjectOfPutAtClaimsTheFigure() {
        assertThat(figure(5.3).claimant().text()).isEqualTo("Geological Survey");
        assertThat(figure(5.3).measure().thing()).isEqualTo("magnitude");
    }

    @Test
    void aMonthNameInLowerCaseIsNoDate() {
        assertThat(figure(9000).scope().time()).isNull();
    }

    @Test
    void theDateOfAFigureIsTheOneInItsOwnClause() {
        assertThat(figure(600).scope().time()).isEqualTo("February");
        assertThat(figure(31000).scope().time()).isEqualTo("2003");
    }

    @Test
    void itPointsBackToTheSentenceBefore() {
        assertThat(figure(612).scope().time()).isEqualTo("January");
    }

    @Test
    void aHyphenWrittenApartJoinsTheNounPhrase() {
        assertThat(figure(27).measure().thing()).isEqualTo("village");
    }

    @Test
    void aVerbOfObservingTellsNothingOfWhatHappened() {
        assertThat(figure(33).measure().thing()).isEqualTo("aftershock");
        assertThat(figure(33).measure().action()).isNull();
    }

    @Test
    void aPrepositionalPhraseOnlyQualifiesTheSubjectOfALinkingVerb() {
        assertThat(figure(19).measure().thing()).isNull();
        assertThat(figure(19).measure().action()).isEqualTo("killed");
    }

    @Test
    void theObjectOfAnEstimatingVerbIsWhatIsMeasured() {
        assertThat(figure(6.3).measure().thing()).isEqualTo("magnitude");
    }

    @Test
    void aDirectionFromAPlaceIsNoCountedThing() {
        String thing = figure(35).measure().thing();
        assertThat(thing == null || thing.startsWith("distance from ")).as("thing %s", thing).isTrue();
        assertThat(figure(35).measure().baseUnit()).isEqualTo("km");
    }

    @Test
    void aUnitThatIsAMeasureSaysWhatIsMeasured() {
        assertThat(figure(6.6).measure().thing()).isEqualTo("magnitude");
    }

    @Test
    void aFigureOfAnySuchThingIsGeneric() {
        assertThat(figure(7.1).measure().isGeneric()).isTrue();
        assertThat(figure(5.2).measure().isGeneric()).isFalse();
    }

    @Test
    void aMeasureNamedBeforeAHyphenIsTheMeasure() {
        assertThat(figure(5.8).measure().thing()).isEqualTo("magnitude");
    }

    @Test
    void aVerbAndItsObjectSayWhatHappened() {
        assertThat(figure(565).measure().action()).isEqualTo("damaged");
    }

    @Test
    void aPopulationCountsPeople() {
        assertThat(figure(95000).measure().thing()).isEqualTo("people");
    }

    @Test
    void theValueACountMovedFromIsMarked() {
        assertThat(figure(29).measure().isEarlier()).isTrue();
        assertThat(figure(48).measure().isEarlier()).isFalse();
    }

    @Test
    void theVerbOfAListIsTheActionOfEachItem() {
        assertThat(figure(13).measure().action()).isEqualTo(FrameLexicon.english().action("attack"));
        assertThat(figure(71).measure().action()).isEqualTo("injured");
        assertThat(figure(67).measure().action()).as("a verb and its object before 'to'")
                .isEqualTo(FrameLexicon.english().action("attack"));
    }

    @Test
    void peopleTreatedAreInjured() {
        assertThat(figure(83).measure().action()).isEqualTo("injured");
    }

    @Test
    void theVerbAfterAnAsideAndAPhraseAfterAnyVerbTellWhatHappenedAndTheKind() {
        assertThat(figure(73).measure().action()).isEqualTo("killed");
        assertThat(figure(73).kind()).isEqualTo("killed");
        assertThat(figure(74).measure().action()).isEqualTo("killed");
    }

    @Test
    void aWindowsEndIsNotWhenTheFigureHappenedAndACurrencyMayBeJoinedByAHyphen() {
        assertThat(figure(75e9).scope().time()).isNull();
        assertThat(figure(75e9).measure().baseUnit()).isEqualTo("EUR");
        assertThat(figure(76e9).measure().baseUnit()).isEqualTo("EUR");
    }

    @Test
    void aCasualtyVerbOutranksAPlaceWordNearerTheNumber() {
        assertThat(figure(82_000).kind()).isEqualTo("killed");
    }

    @Test
    void aPlaceHomeToPeopleTellsItsPopulation() {
        assertThat(figure(81_000).measure().action()).isEqualTo("inhabited");
    }

    @Test
    void theSourceOfAFigureIsNoActionAndAQualifyingPhraseIsLookedPast() {
        assertThat(figure(4321).measure().action()).isEqualTo("move");
    }

    @Test
    void aCountThatRestatesAnotherTakesItsKindAndACountingVerbsSubjectClaimsIt() {
        assertThat(figure(86).claimant().text()).isEqualTo("union");
        assertThat(figure(87).measure().action()).isEqualTo("detained");
        assertThat(figure(87).kind()).isEqualTo(figure(86).kind()).isEqualTo("detained");
    }

    @Test
    void aPlaceInAClauseOfItsOwnAfterTheFigureIsNotItsPlace() {
        assertThat(figure(88).scope().place()).isNull();
    }

    @Test
    void aVerbOfAspectIsLookedPast() {
        assertThat(figure(2).measure().action()).isEqualTo("displaced");
    }

    @Test
    void aBareNumberAfterTheTellsACountAgain() {
        List<Figure> both = corpus.figures().stream().filter(f -> f.value() != null && f.value() == 97).toList();
        assertThat(both).hasSize(2);
        assertThat(both.get(0).aliasOf()).isNull();
        assertThat(both.get(1).aliasOf()).isEqualTo(both.get(0).id());
    }

    @Test
    void aTemperatureRestatedInAnotherScaleIsAnAlias() {
        Figure celsius = corpus.figures().stream().filter(f -> "degrees Celsius".equals(f.unit())).findFirst()
                .orElseThrow();
        assertThat(celsius.value()).isEqualTo(29);
        assertThat(figure(84).aliasOf()).isEqualTo(celsius.id());
    }
}
