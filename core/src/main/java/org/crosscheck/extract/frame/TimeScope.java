package org.crosscheck.extract.frame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure holds: the date words nearest it in its sentence, normalised against the article's date
 * ("Thursday" in an article of 2024-08-09 is 2024-08-08), and whether it is a running total ("since the
 * start of the war", "so far"). A figure with no date words holds at the article's time: its date is the
 * article's year, when known. Precondition: tokens carry DATE tags (see {@link DateWordsValue}). The comparison
 * places a weekday the article could not ({@link #normalise}) once it knows when an undated article holds.
 */
public final class TimeScope {

    private static final Pattern FULL = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2}).*");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final int CLAUSE_BEFORE = 6;
    private static final int CLAUSE_AFTER = 12;
    /** A date across a coordinated clause is farther than any in the figure's own clause. */
    private static final int OTHER_CLAUSE = 40;
    private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "whereas");

    /**
     * The time of a figure.
     *
     * @param written    the date words as written, or null
     * @param date       the normalised date, or null
     * @param cumulative true for a running total
     */
    record Found(String written, String date, boolean cumulative) {
    }

    private final FrameLexicon lexicon;

    TimeScope(FrameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Finds the time of a figure whose sentence may point back to the one before ("That quake killed …"):
     * with no date words of its own, such a sentence holds at the last date of the sentence before.
     *
     * @param span      the figure's tokens
     * @param previous  the tokens of the sentence before, or null
     * @param text      the article text
     * @param published the article's publication date (ISO), or null
     * @param year      the article's year, or null
     * @return the time
     */
    Found find(Span span, List<org.crosscheck.model.Token> previous, String text, String published, String year) {
        Span dated = span;
        String reference = published != null ? published : year;
        int[] date = nearestDate(span, reference);
        if (date == null && previous != null && pointsBack(span)) {
            Span before = new Span(previous, previous.size(), previous.size());
            int[] earlier = nearestDate(before, reference);
            if (earlier != null) {
                dated = before;
                date = earlier;
            }
        }
        String written = date == null ? null
                : text.substring(dated.tokens().get(date[0]).start(), dated.tokens().get(date[1] - 1).end());
        String normal = date == null ? null : normalise(DateWordsValue.of(dated.tokens().subList(date[0], date[1])),
                published);
        if (normal == null) {
            normal = year;
        }
        return new Found(written, normal, cumulative(span));
    }

    /** A sentence that opens with a word pointing back: "That quake …", "The same storm …". */
    private boolean pointsBack(Span s) {
        return lexicon.pointsBack(s.lemma(0)) || s.lemma(0).equals("the") && lexicon.pointsBack(s.lemma(1));
    }

    /** The DATE run nearest the figure, as [from, to), or null; {@code reference} is the article's date or year. */
    private int[] nearestDate(Span s, String reference) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<org.crosscheck.model.Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!"DATE".equals(s.ner(i)) || i >= s.from() && i < s.to()) {
                continue;
            }
            int j = i;
            while (j < tokens.size() && "DATE".equals(s.ner(j))) {
                j++;
            }
            int distance = (i >= s.to() ? i - s.to() : s.from() - j) + (clauseApart(s, i, j) ? OTHER_CLAUSE : 0);
            String value = DateWordsValue.of(tokens.subList(i, j));
            if (distance < bestDistance && usable(value) && !whenSaid(s, i, j) && !commonNoun(s, i, j, value)
                    && !target(s, i, value, reference)) {
                best = new int[] {i, j};
                bestDistance = distance;
            }
            i = j - 1;
        }
        return best;
    }

    /**
     * True when a coordinated clause stands between the date and the figure: in "killed 31,000 in 2003, and 600
     * were killed in February" the 600 were killed in February.
     */
    private static boolean clauseApart(Span s, int from, int to) {
        int lo = to <= s.from() ? to : s.to();
        int hi = to <= s.from() ? s.from() : from;
        for (int k = lo; k + 1 < hi; k++) {
            if (s.word(k).equals(",") && COORDINATORS.contains(s.word(k + 1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "the march", "may": a month's name in lower case is a common word, not a date. */
    private static boolean commonNoun(Span s, int from, int to, String value) {
        if (value == null || !MONTH.matcher(value).matches()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "aim to save 30 billion through 2012": a date after a word of deadline is when something is due or a window
     * ends, not when the figure's happening happened ("by" only of a date after the article's).
     */
    private boolean target(Span s, int from, String value, String reference) {
        int word = lexicon.isDeadline(s.lemma(from), true) ? from : from - 1;
        return lexicon.isDeadline(s.lemma(word), future(value, reference));
    }

    /** Whether a date's value lies after the article's date or year; false when either is unknown. */
    private static boolean future(String value, String reference) {
        if (reference == null || reference.length() < 4) {
            return false;
        }
        String date = normalise(value, reference.length() >= 10 ? reference : null);
        if (date == null || !YEAR.matcher(date.substring(0, Math.min(4, date.length()))).matches()) {
            return false;
        }
        return date.compareTo(reference.substring(0, Math.min(reference.length(), date.length()))) > 0;
    }

    /** "said on Friday", "on Friday said": the date of the saying, not of what the figure counts. */
    private boolean whenSaid(Span s, int from, int to) {
        int before = from - 1;
        while (before >= 0 && (s.pos(before).equals("IN") || s.pos(before).equals("JJ"))) {
            before--;
        }
        return lexicon.isSpeech(s.lemma(before)) || lexicon.isSpeech(s.lemma(to))
                || s.word(to).equals(",") && lexicon.isSpeech(s.lemma(to + 1));
    }

    private static boolean usable(String normalized) {
        return normalized != null && (normalized.startsWith("OFFSET") || FULL.matcher(normalized).matches() || WEEKDAY.matcher(normalized).matches()
                || MONTH.matcher(normalized).matches() || YEAR.matcher(normalized).matches());
    }

    /**
     * Normalises a date's value against the article's date.
     *
     * @param normalized the date's value ("XXXX-08-06", "XXXX-WXX-4", "2003", "OFFSET-1")
     * @param published  the article's publication date (ISO), or null
     * @return an ISO date, month or year, a weekday pattern when it cannot be placed, or null
     */
    public static String normalise(String normalized, String published) {
        if (normalized == null) {
            return null;
        }
        LocalDate ref = parse(published);
        if (normalized.startsWith("OFFSET")) {
            return ref == null ? null : ref.plusDays(Integer.parseInt(normalized.substring(6))).toString();
        }
        Matcher full = FULL.matcher(normalized);
        if (full.matches()) {
            if (!full.group(1).equals("XXXX")) {
                return full.group(1) + "-" + full.group(2) + "-" + full.group(3);
            }
            if (ref == null) {
                return "XXXX-" + full.group(2) + "-" + full.group(3);
            }
            try {
                LocalDate d = LocalDate.of(ref.getYear(), Integer.parseInt(full.group(2)), Integer.parseInt(full.group(3)));
                return (d.isAfter(ref.plusDays(31)) ? d.minusYears(1) : d).toString();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Matcher weekday = WEEKDAY.matcher(normalized);
        if (weekday.matches()) {
            int day = Integer.parseInt(weekday.group(1));
            return ref == null ? "XXXX-WXX-" + day
                    : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(day))).toString();
        }
        Matcher month = MONTH.matcher(normalized);
        if (month.matches()) {
            if (!month.group(1).equals("XXXX") || ref == null) {
                return normalized;
            }
            // a month named without its year is the latest one up to the article's month
            int m = Integer.parseInt(month.group(2));
            int year = m > ref.getMonthValue() ? ref.getYear() - 1 : ref.getYear();
            return String.format(Locale.ROOT, "%d-%02d", year, m);
        }
        return YEAR.matcher(normalized).matches() ? normalized : null;
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

    private boolean cumulative(Span s) {
        int from = Math.max(0, s.from() - CLAUSE_BEFORE);
        int to = Math.min(s.tokens().size(), s.to() + CLAUSE_AFTER);
        StringBuilder clause = new StringBuilder(" ");
        for (int i = from; i < to; i++) {
            if (s.clauseBreak(i) || i < s.from() && lexicon.isSpeech(s.lemma(i))) {
                // "…, which has counted every flood since 2011, says 15,000 …": the words before the saying
                // describe the speaker
                if (i < s.from()) {
                    clause.setLength(1);
                    continue;
                }
                break;
            }
            clause.append(s.word(i).toLowerCase(Locale.ROOT)).append(' ');
        }
        String c = clause.toString();
        return lexicon.cumulativeWords().stream().anyMatch(w -> c.contains(" " + w + " "));
    }
}
