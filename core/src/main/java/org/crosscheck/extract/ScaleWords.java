package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells whether a figure's number is written to a scale word ("22.4 billion", "€3bn", "5k", "two hundred"), from
 * {@code scales-en.tsv}: such a number is rounded to its last written digit, while one written out in digits
 * ("600", "100,000") states every digit.
 */
public final class ScaleWords {

    private static final Pattern SCALED = pattern();

    private ScaleWords() {
    }

    /**
     * Tells whether a written number carries a scale word.
     *
     * @param written the figure's text as written (hedge, number and unit)
     * @return true when a scale word follows a digit or a number word
     */
    public static boolean scaled(String written) {
        return written != null && SCALED.matcher(written).find();
    }

    private static Pattern pattern() {
        // the data's rule: a word written in lower case matches in any case, one with capitals exactly ("MM")
        List<String> anyCase = new ArrayList<>(List.of("hundred", "hundreds"));
        List<String> exactCase = new ArrayList<>();
        for (String[] row : FigureData.rows("scales-en.tsv")) {
            String word = Pattern.quote(row[0]);
            (row[0].equals(row[0].toLowerCase(java.util.Locale.ROOT)) ? anyCase : exactCase).add(word);
        }
        // a scale word right after a digit ("3bn", "27.5 million") or as a word of its own ("a million")
        return Pattern.compile("(?:(?<=\\d)\\s?-?|\\b)(?:(?i:" + String.join("|", anyCase) + ")"
                + (exactCase.isEmpty() ? "" : "|" + String.join("|", exactCase)) + ")\\b");
    }
}
