package org.crosscheck.extract;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.pipeline.LanguageTags;

/**
 * How a language writes digits: its grouping and decimal separators, from CLDR through ICU4J ("14,372.4" in
 * English, "14.372,4" in German, "14 372,4" in French and Russian). English and an unknown language read as
 * English.
 */
final class DigitFormat {

    private static final DigitFormat ENGLISH = new DigitFormat(',', '.');
    /** One format per language, made once (a figure finder is made per article). */
    private static final Map<String, DigitFormat> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final String SPACES = " \u00a0\u202f\u2009";

    private final char grouping;
    private final char decimal;
    private final Pattern digits;

    private DigitFormat(char grouping, char decimal) {
        this.grouping = grouping;
        this.decimal = decimal;
        String group = spaced() ? "[" + SPACES + "]" : Pattern.quote(String.valueOf(grouping));
        String dec = Pattern.quote(String.valueOf(decimal));
        this.digits = Pattern.compile("([0-9]+(?:" + group + "[0-9]{3})*(?:" + dec + "[0-9]+)?|" + dec + "[0-9]+)(.*)");
    }

    /**
     * The digit format of a language.
     *
     * @param language ISO 639-1 code, or null
     * @return its separators; English's for English, null or a language CLDR does not know
     */
    static DigitFormat of(String language) {
        String primary = LanguageTags.primary(language);
        return primary == null || primary.equals("en") ? ENGLISH : BY_LANGUAGE.computeIfAbsent(primary, l -> {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(new ULocale(l));
            char g = s.getGroupingSeparator();
            char d = s.getDecimalSeparator();
            return g == d ? ENGLISH : new DigitFormat(g, d);
        });
    }

    /**
     * Matches a written number at the start of a word: group 1 the digits with their separators, group 2 the rest.
     *
     * @param word a token's word
     * @return the matcher (call {@code matches()})
     */
    Matcher matcher(String word) {
        return digits.matcher(word);
    }

    /**
     * Reads digits with this format's separators.
     *
     * @param written group 1 of {@link #matcher(String)}
     * @return the value
     */
    double value(String written) {
        StringBuilder b = new StringBuilder();
        for (char c : written.toCharArray()) {
            if (c == decimal) {
                b.append('.');
            } else if (Character.isDigit(c)) {
                b.append(c);
            }
        }
        return Double.parseDouble(b.toString());
    }

    /** Tells whether groups are set apart by a space ("1 250"), which a tokenizer may split. */
    boolean spaced() {
        return SPACES.indexOf(grouping) >= 0;
    }

    /**
     * Tells whether a character between two digit tokens groups them ("1" + narrow space + "250").
     *
     * @param c the character
     * @return true for this format's grouping space
     */
    boolean groupsApart(char c) {
        return spaced() && SPACES.indexOf(c) >= 0;
    }
}
