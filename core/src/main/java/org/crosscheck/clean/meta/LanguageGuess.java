package org.crosscheck.clean.meta;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells English text from other text by its share of common English function words. */
public final class LanguageGuess {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
            "it", "with", "as", "was", "by", "he", "she", "at", "from", "has", "have", "said", "are", "were", "an");
    private static final int SAMPLE_WORDS = 400;

    private LanguageGuess() {
    }

    /**
     * Guesses a text's language.
     *
     * @param text the text
     * @return "en" when the text reads as English, else null (unknown)
     */
    public static String guess(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int english = 0;
        while (m.find() && words < SAMPLE_WORDS) {
            words++;
            if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
                english++;
            }
        }
        return words >= 5 && english * 6 >= words ? "en" : null;
    }
}
