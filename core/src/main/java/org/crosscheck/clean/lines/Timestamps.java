package org.crosscheck.clean.lines;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises dates as news pages write them and turns them into ISO-8601 dates. */
public final class Timestamps {

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)\\b(\\d{1,4}([/:.-]\\d{1,4}){1,2}|\\d{1,2}(st|nd|rd|th)?"
            + "|\\d{4}|" + MONTH + "|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|published|updated|posted|last|modified"
            + "|on|at|am|pm|a\\.m|p\\.m|gmt|utc|cet|cest|bst|est|edt|et|pt|msk|eet|eest|local|time)\\b");

    private static final Pattern STAMP_WORD = Pattern.compile("(?i)\\s*(published|updated|posted|last updated|modified)\\b");
    private static final Pattern PARTIAL = Pattern.compile("(?i)\\b(" + MONTH + " \\d{1,2}|\\d{1,2} " + MONTH + ")\\b");

    private Timestamps() {
    }

    /**
     * Tells whether a text holds a date, with or without a year ("November 5", "5 Nov 2026").
     *
     * @param text the text
     * @return true when a date is found
     */
    public static boolean hasDate(String text) {
        return parse(text) != null || PARTIAL.matcher(text).find();
    }

    /**
     * Removes the date and time words from a line, leaving what else it says.
     *
     * @param line the text
     * @return the rest, with punctuation folded to spaces and stripped
     */
    public static String withoutDate(String line) {
        return DATE_WORDS.matcher(line).replaceAll(" ").replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
    }

    /**
     * Tells whether a line is only a timestamp ("Mon, 09/16/2024 – 15:25", "Published 3 March 2026").
     *
     * @param line the text
     * @return true when the line holds a date and next to nothing else
     */
    public static boolean isTimestampLine(String line) {
        // "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019" has 14 words, all of a date
        if (LineFeatures.words(line) > 20) {
            return false;
        }
        String rest = withoutDate(line);
        if (parse(line) == null) {
            // a time alone is a timestamp only when the line says so: "Updated at 1:23 p.m."
            return STAMP_WORD.matcher(line).lookingAt() && LineFeatures.words(rest) == 0;
        }
        return rest.isEmpty() || LineFeatures.words(rest) <= 1;
    }

    /**
     * Finds the first date in a text.
     *
     * @param text the text
     * @return the date as ISO-8601 (yyyy-mm-dd), or null when none is found
     */
    public static String parse(String text) {
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            // US order (month/day) unless the first number cannot be a month.
            return a > 12 ? date(m.group(3), m.group(2), m.group(1)) : date(m.group(3), m.group(1), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        return null;
    }

    private static String month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(key)) {
                return String.valueOf(month.getValue());
            }
        }
        return "0";
    }

    private static String date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
