package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.crosscheck.model.Figure;
import org.crosscheck.testing.Nlp;
import org.junit.jupiter.api.Test;

/** Figures in all news, on sentences annotated by the real CoreNLP pipeline. */
class FigureFinderTest {

    private static List<Figure> figures(String text) {
        List<Figure> out = Nlp.extracted(text).figures();
        for (Figure f : out) {
            String span = text.substring(f.start(), f.end());
            if (f.hedge() != null) {
                assertThat(span).as(text).containsIgnoringCase(f.hedge());
            }
        }
        return out;
    }

    private static Figure only(String text) {
        List<Figure> f = figures(text);
        assertThat(f).as(text).hasSize(1);
        return f.get(0);
    }

    private static void value(Figure f, double value, String unit) {
        assertThat(f.value()).isCloseTo(value, within(1e-6 * Math.max(1, Math.abs(value))));
        assertThat(f.unit()).isEqualTo(unit);
    }

    @Test
    void percentagesAndPercentagePoints() {
        value(only("Factory output rose 0.4% in June."), 0.4, "percent");
        value(only("Support for the plan is up 3 percentage points since spring."), 3, "percentage points");
        value(only("The lender trimmed its rate by 15 basis points."), 15, "basis points");
        value(only("Turnout fell 6 per cent."), 6, "percent");
    }

    @Test
    void aChangeFromOneValueToAnotherIsTwoFiguresNotARange() {
        List<Figure> f = figures("The fare fell from $1,200 to $1,150 after the merger.");
        assertThat(f).hasSize(2);
        value(f.get(0), 1200, "USD");
        value(f.get(1), 1150, "USD");
        assertThat(f).allMatch(x -> x.low() == null && x.high() == null);
        List<Figure> g = figures("Membership grew from 40 to 65 clubs in a decade.");
        assertThat(g).extracting(Figure::value).contains(40.0, 65.0);
        assertThat(g).noneMatch(x -> x.low() != null);
    }

    @Test
    void moneyWithItsCurrencyCodeScaleAndRate() {
        value(only("Feed barley sold for €12.50 per tonne."), 12.5, "EUR per tonne");
        value(only("The app costs 9.90 Canadian dollars a month."), 9.9, "CAD per month");
        value(only("The museum raised $27.5 million from donors."), 27_500_000, "USD");
        value(only("The port needs a £3bn upgrade."), 3e9, "GBP");
        value(only("The ministry released Rs 500 crore for the canal."), 5e9, "INR");
        value(only("The bakery made a profit of 40,000 Swiss francs."), 40_000, "CHF");
        assertThat(only("The museum raised $27.5 million from donors.").kind()).isEqualTo("money");
    }

    @Test
    void measuresWithUnitsGluedOrApart() {
        value(only("Lorries are limited to 70km/h on the pass."), 70, "km/h");
        value(only("The gust reached 10mph."), 10, "mph");
        value(only("Add 20mL of vinegar to the jar."), 20, "millilitres");
        value(only("The sack weighs 5 kg."), 5, "kilograms");
        value(only("The python measured 3.5 metres."), 3.5, "metres");
        value(only("The lake holds 2 million cubic metres of water."), 2e6, "cubic metres");
        value(only("The hike lasted about two hours."), 2, "hours");
        value(only("The crowd of 7 bn people is a guess."), 7e9, null);
    }

    @Test
    void theLetterMIsAMillionBeforeACountedNounAndMetresOtherwise() {
        value(only("The city has 1.5m residents."), 1.5e6, null);
        value(only("The fence is 2.4m high."), 2.4, "metres");
        value(only("They spent $3m on the stadium."), 3e6, "USD");
    }

    @Test
    void magnitudesAndDepths() {
        List<Figure> f = figures("A magnitude 6.1 earthquake struck at a depth of 10 km.");
        assertThat(f).hasSize(2);
        value(f.get(0), 6.1, "magnitude");
        value(f.get(1), 10, "kilometres");
        value(only("A 5.8-magnitude quake shook the valley."), 5.8, "magnitude");
        value(only("The survey put its strength at magnitude-5.4."), 5.4, "magnitude");
        Figure spaced = only("A quake measuring at least magnitude - 5.9 shook the coast.");
        value(spaced, 5.9, "magnitude");
        assertThat(spaced.hedge()).isEqualTo("at least");
    }

    @Test
    void countsOfThings() {
        value(only("Dockers unloaded three crates of tea."), 3, null);
        value(only("The flood reached 40 houses."), 40, null);
    }

    @Test
    void rangesHaveLowAndHigh() {
        for (String s : List.of("Inflation will be between 3% and 4% next year.", "Analysts see growth of 3-4%.",
                "Growth will be between 3 and 4% next year.")) {
            Figure f = only(s);
            assertThat(f.value()).as(s).isNull();
            assertThat(f.low()).as(s).isEqualTo(3.0);
            assertThat(f.high()).as(s).isEqualTo(4.0);
            assertThat(f.unit()).as(s).isEqualTo("percent");
        }
        Figure f = only("Each boat carries from 10 to 20 divers.");
        assertThat(f.low()).isEqualTo(10.0);
        assertThat(f.high()).isEqualTo(20.0);
    }

    @Test
    void aListIsOneFigureANumber() {
        List<Figure> f = figures("The fund paid out $20 million and $25 million.");
        assertThat(f).hasSize(2);
        value(f.get(0), 2e7, "USD");
        value(f.get(1), 2.5e7, "USD");
    }

    @Test
    void aQuantifierBeforeABareScaleWordIsAVagueAmount() {
        Figure several = only("Several hundred protesters set up burning barricades.");
        assertThat(several.value()).isNull();
        assertThat(several.hedge()).isEqualTo("Several hundred");
        assertThat(only("A few thousand people fled.").hedge()).isEqualTo("A few thousand");
        assertThat(only("Two hundred people fled.").value()).isEqualTo(200.0);
    }

    @Test
    void fractions() {
        value(only("One in four pupils walks to school."), 0.25, "fraction");
        value(only("A third of the crop was lost."), 1.0 / 3, "fraction");
        value(only("Half of the nurses were on strike."), 0.5, "fraction");
        value(only("Two-thirds of the members voted."), 2.0 / 3, "fraction");
        Figure f = only("Nearly a quarter of the budget went on fuel.");
        value(f, 0.25, "fraction");
        assertThat(f.hedge()).isEqualTo("Nearly");
    }

    @Test
    void theBoundAsWrittenIsTheHedge() {
        assertThat(only("At least 30 boats left the harbour.").hedge()).isEqualTo("At least");
        assertThat(only("More than 1,000 flights were cancelled.").hedge()).isEqualTo("More than");
        assertThat(only("Protests spread to more than a dozen cities.").hedge()).isEqualTo("more than");
        assertThat(only("The tank holds up to 40 litres.").hedge()).isEqualTo("up to");
        assertThat(only("About 8% of the staff left.").hedge()).isEqualTo("About");
        Figure after = only("The race drew 500 runners or more.");
        assertThat(after.hedge()).isEqualTo("or more");
        assertThat(HedgeMatcher.bound("at least")).isEqualTo(">=");
        assertThat(HedgeMatcher.bound("up to")).isEqualTo("<=");
        assertThat(HedgeMatcher.bound("about")).isEqualTo("~");
        assertThat(HedgeMatcher.bound(null)).isEqualTo("=");
    }

    @Test
    void yearsTimesOrdinalsLabelsAndPhoneNumbersAreNoFigures() {
        assertThat(figures("The mill opened in 2014 and closed at 3:30 on its last day.")).isEmpty();
        assertThat(figures("She came third in the 2019 race.")).isEmpty();
        assertThat(figures("The council adopted Resolution 2417.")).isEmpty();
        assertThat(figures("Ring 020 7946 0018 for tickets.")).isEmpty();
        assertThat(figures("The strike has gone on for three weeks.")).isEmpty();
        assertThat(figures("We met every two or three days for the last four or five weeks.")).isEmpty();
        assertThat(figures("The 5G network reached the town two years ago.")).isEmpty();
        assertThat(figures("A 54-year-old man was questioned.")).isEmpty();
        assertThat(figures("The actress, 26, left at the age of 35.")).isEmpty();
        assertThat(figures("She hoped she would one day sing there, as in the late nineteen eighties.")).isEmpty();
        assertThat(figures("Two men, between 30 and 40 years old, were seen.")).extracting(Figure::value)
                .containsExactly(2.0);
    }

    @Test
    void countsOfEventsButNoMultipliers() {
        value(only("The officer was shot 11 times."), 11, null);
        assertThat(figures("Rents are three times higher than in the north.")).isEmpty();
        value(only("As many as 20, 000 people marched."), 20_000, null);
    }

    @Test
    void aScoreIsNoLabel() {
        assertThat(figures("Ardley beat Corham 3-1 on Saturday.")).extracting(Figure::value).contains(3.0, 1.0);
        assertThat(figures("The club has a 9-14 record.")).extracting(Figure::value).containsExactly(9.0, 14.0);
    }

    @Test
    void countsInWordsSignsAndTermsOfTime() {
        value(only("Half a million people signed the petition."), 500_000, null);
        value(only("The thermometer showed minus 12 degrees Celsius."), -12, "degrees Celsius");
        value(only("Night frost reached -5C in the hills."), -5, "degrees Celsius");
        value(only("The city approved a $5.2-billion budget."), 5.2e9, "USD");
        value(only("The banker was jailed for six years."), 6, "years");
        assertThat(figures("The mayor pledged to rebuild the school over five years.")).isEmpty();
        List<Figure> rent = figures("Rents went from £950 to £1,020 a month.");
        assertThat(rent).extracting(Figure::unit).containsOnly("GBP per month");
    }
}
