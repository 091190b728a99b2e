package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scale words of each language ({@code scales-LANG.tsv}: "million", "bn", "Millionen", "млн"), read once for
 * the number reader and for telling whether a figure's number is written to one ("22.4 billion", "€3bn", "1,5
 * Millionen", "two hundred"): such a number is rounded to its last written digit, while one written out in digits
 * ("600", "100,000") states every digit.
 */
public final class ScaleWords {

    private static final Pattern SCALED = pattern();

    private ScaleWords() {
    }

    /**
     * Tells whether a written number carries a scale word of any language the engine reads.
     *
     * @param written the figure's text as written (hedge, number and unit)
     * @return true when a scale word follows a digit or stands as a word of its own
     */
    public static boolean scaled(String written) {
        return written != null && SCALED.matcher(written).find();
    }

    /**
     * Reads a language's scale words and their factors.
     *
     * @param language an ISO 639-1 code whose {@code scales-LANG.tsv} exists
     * @return word (as written in the file) to factor
     * @throws IllegalStateException when the file is missing
     */
    static Map<String, Double> of(String language) {
        Map<String, Double> out = new HashMap<>();
        for (String[] r : FigureData.rows("scales-" + language + ".tsv")) {
            out.put(r[0], Double.valueOf(r[1]));
        }
        return out;
    }

    private static Pattern pattern() {
        // the data's rule: a word written in lower case matches in any case, one with capitals exactly ("MM")
        List<String> anyCase = new ArrayList<>(List.of("hundred", "hundreds"));
        List<String> exactCase = new ArrayList<>();
        for (String language : HedgeMatcher.LANGUAGES) {
            if (FigureData.class.getResource("scales-" + language + ".tsv") == null) {
                continue;
            }
            for (String word : of(language).keySet()) {
                (word.equals(word.toLowerCase(Locale.ROOT)) ? anyCase : exactCase).add(Pattern.quote(word));
            }
        }
        // a scale word right after a digit ("3bn", "27.5 million") or as a word of its own ("a million")
        return Pattern.compile("(?:(?<=\\d)\\s?-?|\\b)(?:(?i:" + String.join("|", anyCase) + ")"
                + (exactCase.isEmpty() ? "" : "|" + String.join("|", exactCase)) + ")\\b",
                Pattern.UNICODE_CHARACTER_CLASS);
    }
}
