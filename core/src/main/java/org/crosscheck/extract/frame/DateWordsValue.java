package org.crosscheck.extract.frame;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Token;

/**
 * Reads the value of a run of date words as the annotator tags them (SUTime is off, so DATE tokens carry
 * their words, not a normalised value): "Sunday" is {@code XXXX-WXX-7}, "August 6" {@code XXXX-08-06},
 * "Aug. 6, 2024" {@code 2024-08-06}, "in March" {@code XXXX-03}, "2003" {@code 2003}, "yesterday" {@code OFFSET-1}. A value the
 * annotator did normalise (an ISO form) is kept.
 */
final class DateWordsValue {

    private static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3,
            "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan.", 1),
            Map.entry("february", 2), Map.entry("feb.", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("aug.", 8), Map.entry("september", 9), Map.entry("sept.", 9), Map.entry("sep.", 9),
            Map.entry("october", 10), Map.entry("oct.", 10), Map.entry("november", 11), Map.entry("nov.", 11),
            Map.entry("december", 12), Map.entry("dec.", 12));
    private static final Map<String, Integer> RELATIVE = Map.of("yesterday", -1, "today", 0, "tonight", 0,
            "tomorrow", 1);

    private DateWordsValue() {
    }

    /**
     * Reads a run of DATE tokens.
     *
     * @param run the tokens
     * @return the value, or null when the words name no day, month or year
     */
    static String of(List<Token> run) {
        Integer weekday = null;
        Integer month = null;
        Integer day = null;
        String year = null;
        for (Token t : run) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.normalized() != null && t.normalized().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return t.normalized().substring(0, 10);
            }
            if (RELATIVE.containsKey(w)) {
                return "OFFSET" + RELATIVE.get(w);
            }
            if (WEEKDAYS.containsKey(w)) {
                weekday = WEEKDAYS.get(w);
            } else if (MONTHS.containsKey(w)) {
                month = MONTHS.get(w);
            } else if (w.matches("(18|19|20)\\d\\d")) {
                year = w;
            } else if (w.matches("\\d{1,2}(st|nd|rd|th)?") && month != null) {
                day = Integer.parseInt(w.replaceAll("\\D", ""));
            }
        }
        if (month != null) {
            String y = year == null ? "XXXX" : year;
            return day == null ? String.format(Locale.ROOT, "%s-%02d", y, month)
                    : String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day);
        }
        if (weekday != null) {
            return "XXXX-WXX-" + weekday;
        }
        return year;
    }
}
