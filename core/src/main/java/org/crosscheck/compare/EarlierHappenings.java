package org.crosscheck.compare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;

/**
 * When a figure stated with a date and one without may be one quantity. An undated figure holds at its
 * article's publication date, or, when that is unknown, at the first known publication date of its event. In
 * November's reports of a quake, "In February a quake killed 612" is background: a figure whose stated date ends
 * more than a month before the time an undated figure holds at never reports the same quantity. Across two events
 * of a story the undated one must hold at a known time, no earlier than the stated date, and two undated ones, when
 * their times are known, less than a month apart (riots in one city two years apart are two happenings).
 */
final class EarlierHappenings {

    /** Coverage of one happening spans days; a stated date more than this before it is another happening. */
    private static final int BEFORE_DAYS = 31;
    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-[1-7]");

    private final Map<String, LocalDate> heldAt = new HashMap<>();

    /**
     * Finds the time each article's undated figures hold at.
     *
     * @param articles the story's articles
     * @param eventOf  the event of each article
     */
    EarlierHappenings(List<Article> articles, Map<String, String> eventOf) {
        Map<String, LocalDate> firstOfEvent = new HashMap<>();
        for (Article a : articles) {
            LocalDate day = parse(a.published());
            String event = eventOf.get(a.id());
            if (day != null && event != null) {
                firstOfEvent.merge(event, day, (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        for (Article a : articles) {
            LocalDate day = parse(a.published());
            LocalDate at = day != null ? day : firstOfEvent.get(eventOf.get(a.id()));
            if (at != null) {
                heldAt.put(a.id(), at);
            }
        }
    }

    /**
     * Tells whether two figures may hold at one time, as far as a date stated by one of them tells.
     *
     * @param a         a figure
     * @param b         another figure
     * @param sameEvent true when their articles report one event
     * @return false when one states a date well before the time the other, undated, holds at; across two events
     *         also when that time is not known, or the stated date is after it, or when neither states a date and
     *         their articles' known times are more than a month apart
     */
    boolean agree(Figure a, Figure b, boolean sameEvent) {
        boolean timedA = timed(a);
        if (timedA == timed(b)) {
            // two undated figures of two events hold at their articles' times: weeks apart, two happenings
            return sameEvent || timedA || heldClose(a, b);
        }
        Figure dated = timedA ? a : b;
        LocalDate at = heldAt.get((timedA ? b : a).article());
        String date = onWeekday(dated.scope().date(), heldAt.get(dated.article()));
        LocalDate end = at == null || dated.scope().cumulative() ? null : lastDay(date, at);
        if (end == null) {
            // the undated one holds at its own event's time, which is not known to match another event's
            return sameEvent;
        }
        return !end.plusDays(BEFORE_DAYS).isBefore(at) && (sameEvent || !end.isAfter(at));
    }

    /** Whether two figures' articles hold at times no more than a happening's coverage apart, as far as known. */
    private boolean heldClose(Figure a, Figure b) {
        LocalDate x = heldAt.get(a.article());
        LocalDate y = heldAt.get(b.article());
        return x == null || y == null || !x.plusDays(BEFORE_DAYS).isBefore(y) && !y.plusDays(BEFORE_DAYS).isBefore(x);
    }

    private static boolean timed(Figure f) {
        return f.scope() != null && f.scope().time() != null;
    }

    /**
     * A weekday written without its date ("on Tuesday", {@code XXXX-WXX-2}) as the latest such day up to the time
     * its own article holds at, which is known for an undated article from its event's first report.
     *
     * @param date a normalised date, or null
     * @param own  the time the figure's article holds at, or null
     * @return the date as ISO {@code yyyy-MM-dd} when it is a weekday and {@code own} is known, else unchanged
     */
    static String onWeekday(String date, LocalDate own) {
        return date == null || own == null || !WEEKDAY.matcher(date).matches() ? date
                : org.crosscheck.extract.frame.TimeScope.normalise(date, own.toString());
    }

    /** The last day a normalised date covers; a month without its year is the latest one up to {@code at}. */
    static LocalDate lastDay(String date, LocalDate at) {
        if (date == null) {
            return null;
        }
        try {
            Matcher day = DAY.matcher(date);
            if (day.matches()) {
                LocalDate d = LocalDate.of(year(day.group(1), at), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3)));
                return d.isAfter(at) && day.group(1).equals("XXXX") ? d.minusYears(1) : d;
            }
            Matcher month = MONTH.matcher(date);
            if (month.matches()) {
                YearMonth m = YearMonth.of(year(month.group(1), at), Integer.parseInt(month.group(2)));
                return (m.isAfter(YearMonth.from(at)) && month.group(1).equals("XXXX") ? m.minusYears(1) : m)
                        .atEndOfMonth();
            }
            return YEAR.matcher(date).matches() ? LocalDate.of(Integer.parseInt(date), 12, 31) : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int year(String written, LocalDate at) {
        return written.equals("XXXX") ? at.getYear() : Integer.parseInt(written);
    }

    private static LocalDate parse(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
