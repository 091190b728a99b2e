package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.frame.FrameLexicon;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Speaker;
import org.junit.jupiter.api.Test;

class FrameMatchTest {

    private final FrameMatch match = new FrameMatch(FrameLexicon.english());

    private static Figure figure(String article, double value, String thing, String sort, String action, Scope scope,
                                 String claimant) {
        return new Figure("f", article, 0, 1, "killed", value, null, null, null, null, thing, null, null,
                claimant == null ? null : new Speaker(null, claimant), null,
                new Measure(thing, thing, sort, List.of(), action, null, null), scope, null);
    }

    private static Scope scope(String date, boolean cumulative) {
        return new Scope(null, null, date == null ? null : "on that day", date, cumulative);
    }

    @Test
    void nearSynonymsAndPlainPeopleMatchButOtherSortsDoNot() {
        Figure soldiers = figure("a1", 9, "soldier", "military", "killed", null, null);
        assertThat(match.compatible(soldiers, figure("a2", 9, "prisoner", "military", "killed", null, null), true)).isTrue();
        assertThat(match.compatible(soldiers, figure("a2", 9, "people", "people", "killed", null, null), true)).isTrue();
        assertThat(match.compatible(soldiers, figure("a2", 9, "civilian", "civilian", "killed", null, null), true)).isFalse();
        assertThat(match.compatible(figure("a1", 10, "child", "child", "injured", null, null),
                figure("a2", 121, "people", "people", "injured", null, null), true)).isFalse();
    }

    @Test
    void anotherActionRunningTotalOrDayIsAnotherQuantity() {
        Figure killed = figure("a1", 9, "soldier", "military", "killed", scope("2024-08-06", false), null);
        assertThat(match.compatible(killed, figure("a2", 9, "soldier", "military", "injured", null, null), true)).isFalse();
        assertThat(match.compatible(killed, figure("a2", 93, "soldier", "military", "killed", scope(null, true), null),
                true)).isFalse();
        assertThat(match.compatible(killed, figure("a2", 12, "soldier", "military", "killed", scope("2024-08-09", false),
                null), true)).isFalse();
        assertThat(match.compatible(killed, figure("a2", 12, "soldier", "military", "killed", scope("2024-08-07", false),
                null), true)).isTrue();
    }

    @Test
    void anUnlistedVerbPartsNoRepetitionButTwoListedActionsDo() {
        Figure shot = figure("a1", 2, "officer", "police", "shoot", null, null);
        assertThat(match.compatible(shot, figure("a2", 2, "officer", "police", "notice", null, null), true))
                .as("'noticed two officers' repeats 'two officers shot'").isTrue();
        assertThat(match.compatible(shot, figure("a2", 3, "officer", "police", "notice", null, null), true))
                .as("another value").isFalse();
        assertThat(match.compatible(figure("a1", 2, "soldier", "military", "killed", null, null),
                figure("a2", 2, "soldier", "military", "injured", null, null), true)).isFalse();
    }

    @Test
    void distancesFromOnePlaceAreOneQuantityAndFromTwoPlacesTwo() {
        Figure km = told("a1", 58, null, distance("bandar abbas", 1), null, null);
        assertThat(match.compatible(km, told("a2", 35, null, distance("bandar abbas", 1.609344), null, null), true))
                .isTrue();
        assertThat(match.compatible(km, told("a2", 940, null, distance("tehran", 1.609344), null, null), true))
                .isFalse();
        assertThat(match.compatible(km, told("a2", 35, null,
                new Measure("kilometres", null, null, List.of(), null, "km", 1.0), null, null), true))
                .as("a distance from no named place is known only by its value").isFalse();
        Measure pass = new Measure("pass", "pass", null, List.of(), "complete", "km", 0.0009144);
        assertThat(match.compatible(told("a1", 28, null, pass, null, null), told("a2", 11, null, pass, null, null), true))
                .as("a 28-yard pass and an 11-yard pass are two passes").isFalse();
    }

    @Test
    void anUnlistedVerbTellsTooLittleForTwoValuesToBeOneQuantity() {
        Figure caught = figure("a1", 8, "pass", null, "catch", null, null);
        assertThat(match.compatible(caught, figure("a2", 29, "pass", null, "catch", null, null), true)).isFalse();
        assertThat(match.compatible(caught, figure("a2", 8, "pass", null, "catch", null, null), true)).isTrue();
        assertThat(match.compatible(figure("a1", 9, "soldier", "military", "killed", null, null),
                figure("a2", 12, "soldier", "military", "killed", null, null), true)).isTrue();
    }

    @Test
    void aCountOfEarlierHappeningsIsAnotherQuantity() {
        Figure prior = told("a1", 4, null,
                new Measure("prior arrests", null, null, List.of("prior"), "arrested", null, null), null, null);
        Figure tonight = told("a2", 1, null,
                new Measure("arrest", null, null, List.of(), "arrested", null, null), null, null);
        assertThat(match.compatible(prior, tonight, true)).isFalse();
        assertThat(match.compatible(tonight, told("a3", 46, null,
                new Measure("people arrested", "people", "people", List.of(), "arrested", null, null), null, null),
                true)).isTrue();
    }

    private static Measure distance(String place, double toBase) {
        return new Measure("distance from " + place, "distance from " + place, Measure.DISTANCE, List.of(), null, "km",
                toBase);
    }

    /** A figure with its own hedge, frame, scope and claimant. */
    private static Figure told(String article, double value, String hedge, Measure measure, Scope scope,
                               String claimant) {
        return new Figure("f", article, 0, 1, "other", value, null, null, hedge, null, measure.thing(), null, null,
                claimant == null ? null : new Speaker(null, claimant), null, measure, scope, null);
    }

    private static Measure people(String action, String... marks) {
        return new Measure("people", "people", "people", List.of(marks), action, null, null);
    }

    private static Measure magnitude(String... marks) {
        return new Measure("quake", "magnitude", "measure", List.of(marks), null, "magnitude", 1.0);
    }

    @Test
    void oneArticleMayGiveABoundAndAValueItKeeps() {
        Figure atLeast = told("a1", 10, "at least", people("killed"), null, null);
        assertThat(match.compatible(atLeast, figure("a1", 12, "people", "people", "killed", null, null), true)).isTrue();
        assertThat(match.compatible(atLeast, figure("a1", 8, "people", "people", "killed", null, null), true)).isFalse();
        Figure movedFrom = told("a1", 8, null, people("killed", Measure.EARLIER), null, null);
        assertThat(match.compatible(atLeast, movedFrom, true)).as("risen to at least 10, up from 8").isTrue();
        Figure troopsNow = figure("a1", 40000, "soldier", "military", null, null, null);
        Figure troopsThen = told("a1", 11000, null,
                new Measure("troops", "soldier", "military", List.of(Measure.EARLIER), null, null, null), null, null);
        assertThat(match.compatible(troopsNow, troopsThen, true)).as("a state at another time").isFalse();
    }

    @Test
    void twoSourcesOfOneArticleMayMeasureOneHappeningWhereverTheySit() {
        Figure centre = told("a1", 5.9, null, magnitude(), new Scope("Tehran", null, null, null, false),
                "seismologic centre");
        Figure survey = told("a1", 6.1, null, magnitude(), new Scope("Golden", null, null, null, false), "the Survey");
        assertThat(match.compatible(centre, survey, true)).isTrue();
        Figure killedHere = figure("a1", 4, "civilian", "civilian", "killed", new Scope("Tarn", null, null, null, false),
                "the UN office");
        assertThat(match.compatible(killedHere, figure("a1", 12, "civilian", "civilian", "killed",
                new Scope("Lorvik", null, null, null, false), "the governor"), true)).isFalse();
    }

    @Test
    void weekdaysADayApartAreOneDayWithNoKnownWeek() {
        Figure sunday = figure("a1", 10, "people", "people", "killed", scope("XXXX-WXX-7", false), null);
        assertThat(match.compatible(sunday, figure("a2", 10, "people", "people", "killed", scope("XXXX-WXX-1", false),
                null), true)).isTrue();
        assertThat(match.compatible(sunday, figure("a2", 12, "people", "people", "killed", scope("XXXX-WXX-5", false),
                null), true)).isFalse();
    }

    @Test
    void aFigureOfAnySuchThingIsNoReportOfOneThatHappened() {
        Figure generic = told("a1", 6.0, null, magnitude(Measure.GENERIC), null, null);
        Figure reported = told("a2", 6.0, null, magnitude(), null, null);
        assertThat(match.compatible(generic, reported, true)).isFalse();
        assertThat(match.compatible(generic, generic, true)).isTrue();
    }

    @Test
    void oneArticleGivesTwoValuesForOneQuantityOnlyAsTwoNamedSourcesClaims() {
        Figure un = figure("a1", 4, "civilian", "civilian", "killed", scope(null, false), "the UN office");
        assertThat(match.compatible(un, figure("a1", 12, "civilian", "civilian", "killed", scope(null, false),
                "the governor"), true)).isTrue();
        assertThat(match.compatible(un, figure("a1", 12, "civilian", "civilian", "killed", scope(null, false), null),
                true)).isFalse();
        assertThat(match.compatible(un, figure("a1", 12, "civilian", "civilian", "killed", scope("2024-08-06", false),
                "the governor"), true)).isFalse();
        Scope inKursk = new Scope("Kursk", null, null, null, false);
        assertThat(match.compatible(un, figure("a1", 12, "civilian", "civilian", "killed", inKursk, "the governor"),
                true)).as("a place one claim leaves unstated may be the other's").isTrue();
    }

    @Test
    void measuresOfOneThingIgnoreTheKindButADatedOneWithAnotherValueIsAnotherHappening() {
        Figure magnitude = measure("other", 5.6, scope("XXXX-WXX-7", false));
        assertThat(match.compatible(magnitude, measure("territory", 5.6, scope("XXXX-WXX-7", false)), true)).isTrue();
        assertThat(match.compatible(measure("other", 6.1, scope("XXXX-09", false)),
                measure("other", 5.2, scope(null, false)), true)).isFalse();
        assertThat(match.compatible(measure("other", 5.9, scope("XXXX-WXX-7", false)),
                measure("other", 6.1, scope(null, false)), true)).as("a day is the news's own").isTrue();
        assertThat(match.compatible(measure("other", 6.4, scope("XXXX-02", false)),
                measure("other", 5.9, scope("XXXX-WXX-7", false)), true)).isFalse();
        assertThat(match.compatible(measure("other", 5.2, scope(null, false)),
                measure("injured", 5.4, scope(null, false)), true)).isTrue();
    }

    @Test
    void oneReportToldTwiceWithAndWithoutItsActionIsOneQuantity() {
        Figure thrown = other("a1", 30, "throw");
        assertThat(match.compatible(thrown, other("a2", 30, null), true)).isTrue();
        assertThat(match.compatible(thrown, other("a2", 31, null), true)).isFalse();
    }

    private static Figure other(String article, double value, String action) {
        return new Figure("f", article, 0, 1, "other", value, null, null, null, null, "youths", null, null, null, null,
                new Measure("youths", "protester", "protester", List.of(), action, null, null), null, null);
    }

    private static Figure measure(String kind, double value, Scope scope) {
        return new Figure("f", "a" + value, 0, 1, kind, value, null, null, null, "magnitude", "quake", null, null,
                null, null, new Measure("quake", "magnitude", "measure", List.of(), null, "magnitude", 1.0), scope,
                null);
    }

    @Test
    void anAdditionalCountIsNotATotalOfAnotherValueButOneValueToldTwiceIsOneToll() {
        Figure total = figure("a1", 10, "people", "people", "killed", null, null);
        Figure more = new Figure("f", "a2", 0, 1, "killed", 2.0, null, null, null, null, "victim", null, null, null,
                null, new Measure("victim", "people", "people", List.of(Measure.ADDITIONAL), "killed", null, null),
                null, null);
        assertThat(match.compatible(total, more, true)).isFalse();
        Scope inPort = new Scope("Bandar", null, null, null, false);
        Scope inProvince = new Scope("Hormoz province", null, null, null, false);
        assertThat(match.compatible(figure("a1", 10, "people", "people", "killed", inPort, null),
                figure("a1", 10, "people", "people", "killed", inProvince, null), true)).isTrue();
        assertThat(match.compatible(figure("a1", 10, "people", "people", "killed", inPort, null),
                figure("a1", 12, "people", "people", "killed", inProvince, null), true)).isFalse();
    }

    @Test
    void aCasualtyKindTellsWhatIsCountedWhenNeitherSaysButMoneyDoesNot() {
        Figure fifty = unstated("a1", "injured", 50, null);
        assertThat(match.compatible(fifty, unstated("a2", "injured", 80, null), true)).isTrue();
        assertThat(match.compatible(unstated("a1", "money", 1.29, "USD"), unstated("a2", "money", 158e9, "USD"), true))
                .isFalse();
    }

    private static Figure unstated(String article, String kind, double value, String unit) {
        String action = kind.equals("injured") ? "injured" : null;
        return new Figure("f", article, 0, 1, kind, value, null, null, null, unit, null, null, null, null, null,
                new Measure(null, null, null, List.of(), action, unit, null), null, null);
    }

    @Test
    void anUnlistedVerbDoesNotPartTwoAmountsOfMoneyButDoesPartTwoCounts() {
        assertThat(match.compatible(spent("a1", 30e9, "EUR", "slice"), spent("a2", 30e9, "EUR", "foresee"), true))
                .isTrue();
        assertThat(match.compatible(spent("a1", 30e9, "EUR", "rescued"), spent("a2", 30e9, "EUR", "foresee"), true))
                .isTrue();
        assertThat(match.compatible(figure("a1", 100, "protester", "people", "hurl", null, null),
                figure("a2", 100, "protester", "people", "wear", null, null), true)).isFalse();
    }

    private static Figure spent(String article, double value, String currency, String action) {
        return new Figure("f", article, 0, 1, "money", value, null, null, null, currency, null, null, null, null, null,
                new Measure(action, null, null, List.of(), action, currency, 1.0), null, null);
    }

    @Test
    void damagedAndDestroyedAreOneHappeningButTwoCountsWithoutAnActionAreNot() {
        assertThat(match.compatible(figure("a1", 7, "village", null, "damaged", null, null),
                figure("a2", 4, "village", null, "destroyed", null, null), true)).isTrue();
        assertThat(match.compatible(figure("a1", 7, "village", null, "damaged", null, null),
                figure("a2", 4, "village", null, "evacuated", null, null), true)).isFalse();
        Figure seven = new Figure("f", "a1", 0, 1, "territory", 7.0, null, null, null, null, "village", null, null, null,
                null, new Measure("villages", "village", null, List.of(), null, null, null), null, null);
        Figure fifteen = new Figure("f", "a2", 0, 1, "territory", 15.0, null, null, null, null, "village", null, null,
                null, null, new Measure("villages", "village", null, List.of(), null, null, null), null, null);
        assertThat(match.compatible(seven, fifteen, true)).isFalse();
    }

    @Test
    void countsOfAHappeningNeedNoVerb() {
        Figure three = new Figure("f", "a1", 0, 1, "other", 3.0, null, null, null, null, "aftershock", null, null, null,
                null, new Measure("strong aftershocks", "aftershock", null, List.of("strong"), null, null, null), null, null);
        Figure four = new Figure("f", "a2", 0, 1, "other", 4.0, null, null, "at least", null, "aftershock", null, null,
                null, null, new Measure("aftershocks", "aftershock", null, List.of(), null, null, null), null, null);
        assertThat(match.compatible(three, four, true)).isTrue();
        Figure villages = new Figure("f", "a2", 0, 1, "other", 4.0, null, null, null, null, "village", null, null,
                null, null, new Measure("villages", "village", null, List.of(), null, null, null), null, null);
        Figure more = new Figure("f", "a1", 0, 1, "other", 6.0, null, null, null, null, "village", null, null,
                null, null, new Measure("villages", "village", null, List.of(), null, null, null), null, null);
        assertThat(match.compatible(villages, more, true)).as("villages are no happening").isFalse();
    }
}
