package org.crosscheck.compare;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.crosscheck.extract.frame.FrameLexicon;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.crosscheck.model.Scope;

/**
 * Tells whether two figures can report one quantity, from their frames, and how strongly their frames agree.
 * They cannot when anything stated differs: the dimension or currency, the counted thing (near-synonyms and
 * a plain "people" aside), what happened to it, a running total against one incident, the date or the place.
 * What one of them leaves unstated does not keep them apart, but two figures that say neither what they count nor
 * what happened are one quantity only when they give one value; a count narrowed to earlier happenings ("four prior
 * arrests") is never one with a count of the story's own. Two figures of one article are one quantity
 * only when they give one value (a repetition), one is a bound the other's value keeps, one is the value a toll
 * moved from ("up from nine"), or they are claimed by two different named sources. Across two events
 * of a story only frames that say enough alike are one quantity, whatever the values, and never a measure of the
 * happening itself (a magnitude, a duration); when they hold is told by {@link EarlierHappenings}. A measure dated
 * by its month or year and one that is not, of different values, are two happenings ("a 6.1 quake in September",
 * an undated 5.2).
 * A count marked as additional ("another 1,000") is never one quantity with another figure of its article, nor
 * with a count of another value that is not marked so.
 */
final class FrameMatch {

    private static final int SAME_DAY = 1;
    /** The counted thing of any person, too plain to tell a quantity by. */
    private static final String PEOPLE = "people";
    private static final java.util.regex.Pattern MONTH_OR_YEAR =
            java.util.regex.Pattern.compile("(\\d{4}|XXXX)(-\\d{2})?");

    private final FrameLexicon lexicon;

    FrameMatch(FrameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Tells whether two figures may report one quantity.
     *
     * @param a a figure with its frame
     * @param b another figure with its frame
     * @param sameEvent true when their articles report one event (of the story)
     * @return false when their frames contradict each other
     */
    boolean compatible(Figure a, Figure b, boolean sameEvent) {
        Measure ma = a.measure();
        Measure mb = b.measure();
        if (ma == null || mb == null) {
            // a figure whose words were not framed ("an 18-30 start" read as one token) says nothing that would
            // tell two values apart: only a repetition is taken
            return a.kind().equals(b.kind()) && Objects.equals(a.unit(), b.unit()) && Verdicts.sameValue(a, b);
        }
        if (!Objects.equals(ma.baseUnit(), mb.baseUnit()) || !things(ma, mb) || !actions(a, b)
                || lexicon.isPast(ma.qualifiers()) != lexicon.isPast(mb.qualifiers())) {
            // "four prior arrests" counts other happenings than "one arrest" on the night of the story
            return false;
        }
        if (!sameEvent && ("measure".equals(ma.sort()) || "measure".equals(mb.sort()))) {
            // a magnitude or a duration is a property of one happening: another event's is another quantity
            return false;
        }
        if ("measure".equals(ma.sort()) && timedByMonth(a) != timedByMonth(b)
                && !Verdicts.sameValue(a, b)) {
            // "a 6.1 quake in September" beside an undated 5.2 or one "on Sunday": the one dated by its month or
            // year is another, earlier happening; a day ("on Sunday", "today") is the news's own
            return false;
        }
        if (!strong(a, b) && (!sameEvent || !Verdicts.sameValue(a, b))) {
            // too little said alike to call two different numbers one quantity: only a repetition is taken
            return false;
        }
        if (ma.isGeneric() != mb.isGeneric()) {
            // "a magnitude 6 quake can cause severe damage" tells of no quake that happened
            return false;
        }
        boolean sameArticle = a.article().equals(b.article());
        if (ma.isAdditional() != mb.isAdditional() && !Verdicts.sameValue(a, b) || sameArticle && ma.isAdditional()) {
            // "two more victims were found", "another 1,000 demonstrated": a count beside a total, never the
            // total itself nor, in its own article, a repetition of the count before it
            return false;
        }
        return scopes(a, b, sameArticle) && (!sameArticle || sameArticleMayRepeat(a, b));
    }

    /**
     * Scores how much two compatible figures' frames say alike: stated parts that are equal count.
     *
     * @param a a figure
     * @param b another figure
     * @return a score, higher for closer frames
     */
    double score(Figure a, Figure b) {
        double s = a.kind().equals(b.kind()) ? 0.5 : 0;
        // one value is the strongest sign of one quantity: two outlets repeating a figure join before a third
        // that gives another value
        s += Objects.equals(Verdicts.point(a), Verdicts.point(b)) ? 1 : 0;
        if (a.measure() != null && b.measure() != null) {
            s += equalStated(a.measure().thing(), b.measure().thing()) ? 1 : 0;
            s += equalStated(a.measure().action(), b.measure().action()) ? 1 : 0;
        }
        if (a.scope() != null && b.scope() != null) {
            s += equalStated(a.scope().date(), b.scope().date()) ? 0.5 : 0;
            s += equalStated(place(a.scope()), place(b.scope())) ? 0.5 : 0;
        }
        return s;
    }

    private boolean things(Measure a, Measure b) {
        if (a.thing() == null && b.thing() == null) {
            return true;
        }
        if (a.thing() == null || b.thing() == null) {
            // "the blast killed 9" counts people; "9" alone is never a count of brigades or drones; but a unit says
            // what is measured ("covered 340 square kilometres" and "340 square kilometres of farmland")
            return (a.thing() == null ? b : a).sort() != null || a.baseUnit() != null;
        }
        if (a.thing().equals(b.thing())) {
            return true;
        }
        if (a.sort() == null || b.sort() == null || "measure".equals(a.sort()) || "measure".equals(b.sort())
                || Measure.DISTANCE.equals(a.sort())) {
            // two measures are one only of one thing: a quake's magnitude is not a share, nor is a distance from
            // Tehran one from Bandar Abbas
            return false;
        }
        if (a.sort().equals(b.sort())) {
            return true;
        }
        return "people".equals(a.sort()) && !lexicon.isPart(b.sort())
                || "people".equals(b.sort()) && !lexicon.isPart(a.sort());
    }

    private boolean actions(Figure a, Figure b) {
        String x = a.measure().action();
        String y = b.measure().action();
        if (measuredAmount(a.measure())) {
            // of an amount of money or land the unit says what is measured, and an unlisted verb ("slice 30bn
            // euros", "foresee 30 billion euros in savings") too little to part two figures
            x = listed(x);
            y = listed(y);
        }
        if (x != null && y != null) {
            // an unlisted verb tells what a sentence says of the counted thing ("noticed two officers", "two
            // officers approached him"), not what happened to it: it parts no repetition of one named thing and one
            // value that is no round number (100 youths who hurled bombs and 100 who wore masks may be two crowds;
            // "2,000 people" says too little of what is counted to be known without its verb)
            return lexicon.sameHappening(x, y) || (listed(x) == null || listed(y) == null)
                    && sameStatedThing(a.measure(), b.measure()) && !PEOPLE.equals(a.measure().thing())
                    && Objects.equals(Verdicts.point(a), Verdicts.point(b)) && notRound(a);
        }
        if (sameStatedThing(a.measure(), b.measure())
                && ("measure".equals(a.measure().sort()) || Objects.equals(Verdicts.point(a), Verdicts.point(b)))) {
            // a magnitude says nothing of what happened, and "30 youths" beside "30 youths had thrown stones" is
            // one report told twice: the kind read from other words of the sentence must not split them
            return true;
        }
        // an unstated action is taken from the kind, which only casualty-like kinds tell
        return a.kind().equals(b.kind()) && (x == null && y == null || !"other".equals(a.kind()));
    }

    /** A value whose last digit is not a zero (2, 46, 612): a repetition of it is no coincidence of rounding. */
    private static boolean notRound(Figure f) {
        Double v = Verdicts.point(f);
        return v != null && v >= 1 && Rounding.unit(v) <= 1;
    }

    /** A measure whose unit is of a dimension (money, area, distance, weight), not a share or a count. */
    private static boolean measuredAmount(Measure m) {
        return m.baseUnit() != null && !"ratio".equals(m.baseUnit());
    }

    private String listed(String action) {
        return action != null && lexicon.isActionClass(action) ? action : null;
    }

    /**
     * Frames that say enough alike for two different values to be two claims about one quantity: the same
     * thing (or one unstated, or none when a casualty kind tells it) and the same listed action, or a casualty
     * kind that tells the action; or two distances from one named place.
     */
    private boolean strong(Figure a, Figure b) {
        Measure ma = a.measure();
        Measure mb = b.measure();
        boolean thing = ma.thing() != null || mb.thing() != null;
        boolean measureOf = "measure".equals(ma.sort()) && ma.thing() != null && ma.thing().equals(mb.thing());
        // "58km south-west of Bandar Abbas" and "35 miles southwest of Bandar Abbas": one distance from one place;
        // a "28-yard pass" and an "11-yard pass" are two passes
        boolean distance = sameStatedThing(ma, mb) && Measure.DISTANCE.equals(ma.sort());
        // a verb the lexicon does not list ("caught eight passes", "landed 178 punches") tells what a sentence says
        // of someone, whose it is unknown: two such values are two quantities as often as two claims
        boolean action = listed(ma.action()) != null && listed(mb.action()) != null
                && lexicon.sameHappening(ma.action(), mb.action())
                // of two counts that say no action, only a casualty kind tells one ("7 villages" and "15 villages"
                // say nothing of what happened to them)
                || ma.action() == null && mb.action() == null && a.kind().equals(b.kind())
                && Figure.PEOPLE_KINDS.contains(a.kind())
                // a count of happenings says what happened by its noun ("three strong aftershocks were felt")
                || ma.action() == null && mb.action() == null && sameStatedThing(ma, mb)
                && lexicon.isHappening(ma.thing());
        // a casualty kind tells what is counted when neither says ("Kills 10; 80 hurt", "30 of the 80 wounded")
        boolean casualty = a.kind().equals(b.kind()) && Figure.PEOPLE_KINDS.contains(a.kind());
        return measureOf || distance || (thing || casualty) && action;
    }

    /** Scopes agree on running total or not and on the date; places count only when {@code placesCount}. */
    private static boolean scopes(Scope a, Scope b, boolean placesCount) {
        if (a == null || b == null) {
            return true;
        }
        // across outlets a place is named at different grains ("Athens", "Constitution Square"); inside one
        // article two places are two incidents
        return a.cumulative() == b.cumulative() && dates(a.date(), b.date()) && (!placesCount || places(a, b));
    }

    /**
     * Inside one article two places are two incidents, unless both give one value (one toll told twice) or they
     * measure the happening itself: a magnitude is told with where its sources sit ("Tehran's centre put it at
     * 5.9"), and an earlier quake in the same article is told apart by its date.
     */
    private static boolean scopes(Figure a, Figure b, boolean sameArticle) {
        return scopes(a.scope(), b.scope(), sameArticle && !Verdicts.sameValue(a, b) && !ofTheHappening(a));
    }

    /** Dates agree when either is unstated, or they name the same day (give or take one), month or year. */
    static boolean dates(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        LocalDate da = day(a);
        LocalDate db = day(b);
        if (da != null && db != null) {
            return Math.abs(ChronoUnit.DAYS.between(da, db)) <= SAME_DAY;
        }
        if (a.startsWith("XXXX") != b.startsWith("XXXX")) {
            return true;
        }
        if (weekday(a) > 0 && weekday(b) > 0) {
            // "on Sunday" and "on Monday" with no known week: a day apart, like two dates a day apart
            int d = Math.abs(weekday(a) - weekday(b));
            return Math.min(d, 7 - d) <= SAME_DAY;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.startsWith(shorter);
    }

    /** The day of the week of a date that names only that ("XXXX-WXX-1" is a Monday), else 0. */
    private static int weekday(String iso) {
        return iso.length() >= 10 && iso.startsWith("XXXX-WXX-") && Character.isDigit(iso.charAt(9))
                ? iso.charAt(9) - '0' : 0;
    }

    private static boolean places(Scope a, Scope b) {
        if (a.entity() != null && b.entity() != null && a.entity().equals(b.entity())) {
            return true;
        }
        String pa = place(a);
        String pb = place(b);
        return pa == null || pb == null || pa.contains(pb) || pb.contains(pa);
    }

    private static boolean sameArticleMayRepeat(Figure a, Figure b) {
        if (Objects.equals(Verdicts.point(a), Verdicts.point(b)) || Verdicts.boundHolds(a, b)
                || a.measure().isEarlier() != b.measure().isEarlier() && a.measure().action() != null) {
            // told twice, first as a bound the later value keeps ("at least 5.9" … "a 6.1 temblor"), or as the
            // value a toll moved from ("risen to 23, up from nine"); a state at another time ("40,000 troops are
            // now there, up from 11,000") is another quantity
            return true;
        }
        // one article giving two values for one quantity: only as the claims of two named sources about the
        // same stated place and time ("the UN said at least 4 … the governor said at least 12"); a figure with a
        // place or date the other lacks is another incident ("9 near Brenmoor on Tuesday" and "16 earlier")
        return claimant(a) != null && claimant(b) != null && !claimant(a).equals(claimant(b))
                && sameStatedScope(a.scope(), b.scope(), !ofTheHappening(a));
    }

    private static boolean sameStatedScope(Scope a, Scope b, boolean placesCount) {
        if (a == null || b == null) {
            return a == b;
        }
        // a place one of them leaves unstated may be the other's; a time stated by one only is another incident
        boolean places = !placesCount || place(a) == null || place(b) == null || place(a).equals(place(b));
        return places && (a.time() == null) == (b.time() == null)
                && (a.time() == null || Objects.equals(a.date(), b.date()));
    }

    private static String claimant(Figure f) {
        return f.claimant() == null ? null : f.claimant().entity() != null ? f.claimant().entity() : f.claimant().text();
    }

    private static String place(Scope s) {
        return s == null || s.place() == null ? null : s.place().toLowerCase(Locale.ROOT);
    }

    /** A measure of the happening itself (a magnitude, a duration), not a count of what happened in it. */
    private static boolean ofTheHappening(Figure f) {
        return "measure".equals(f.measure().sort());
    }

    /** A figure whose own words date it by a month or a year only ("in September", "in 2003"). */
    private static boolean timedByMonth(Figure f) {
        Scope s = f.scope();
        return s != null && s.time() != null && s.date() != null && MONTH_OR_YEAR.matcher(s.date()).matches();
    }

    private static boolean sameStatedThing(Measure a, Measure b) {
        return a.thing() != null && a.thing().equals(b.thing());
    }

    private static boolean equalStated(Object a, Object b) {
        return a != null && a.equals(b);
    }

    private static LocalDate day(String iso) {
        if (iso.length() != 10 || iso.startsWith("XXXX")) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
