package org.crosscheck.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.pipeline.LanguageTags;

/**
 * Numbers written as words in a language other than English ("douze", "neun", "девять"), read with ICU4J's
 * rule-based spell-out format for the language. One word is read whole or not at all, and only as a cardinal
 * (any of its genders and cases the language's rules write), never as an ordinal. Only values from two to
 * ninety-nine are taken: "one" is no figure ("un homme", "ein Mann"), and "cent" and "ciento" are mostly the
 * percent of "pour cent" and "por ciento"; news write larger numbers in digits. The forms a language's rules do not
 * write (the Ukrainian cases, the collective numerals "четверо", "пятерых") are read from {@code numbers-LANG.tsv}
 * when the language has one.
 */
final class SpelledNumbers {

    private static final Map<String, SpelledNumbers> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final int LONGEST = 40;
    /** Words remembered per language; past this the memory starts over, so a long run stays bounded. */
    private static final int REMEMBERED = 50_000;

    private final RuleBasedNumberFormat format;
    private final Locale locale;
    private final Map<String, Double> read = new ConcurrentHashMap<>();
    private final Map<String, Double> listed;

    private SpelledNumbers(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.format = new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
        this.listed = listed(language);
    }

    /** The forms of {@code numbers-LANG.tsv}, folded as words are; none when the language has no such file. */
    private static Map<String, Double> listed(String language) {
        String name = "numbers-" + language + ".tsv";
        if (SpelledNumbers.class.getResource(name) == null) {
            return Map.of();
        }
        Map<String, Double> out = new java.util.HashMap<>();
        Locale locale = Locale.forLanguageTag(language);
        for (String[] row : FigureData.rows(name)) {
            out.put(fold(row[0].strip().toLowerCase(locale)), Double.parseDouble(row[1].strip()));
        }
        return Map.copyOf(out);
    }

    /**
     * Writes the letters one sound has several of as one: the apostrophes of Ukrainian ("п’ять", "пʼять", "п'ять") and
     * Russian ё, which ICU's rules and most news write as е.
     */
    private static String fold(String lower) {
        return lower.replace('\u2019', '\'').replace('\u02bc', '\'').replace('ё', 'е');
    }

    /**
     * The reader of a language's number words.
     *
     * @param language ISO 639-1 code, or null
     * @return the reader, or null for English (read by the English number words) and no language
     */
    static SpelledNumbers of(String language) {
        String primary = LanguageTags.primary(language);
        return primary == null || primary.equals("en") ? null
                : BY_LANGUAGE.computeIfAbsent(primary, SpelledNumbers::new);
    }

    /**
     * Reads one word as a number.
     *
     * @param word the word as written
     * @return its value when the whole word spells a number from 2 to 99, else null
     */
    Double value(String word) {
        if (word.length() < 2 || word.length() > LONGEST || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        String lower = fold(word.toLowerCase(locale));
        if (read.size() > REMEMBERED) {
            read.clear();
        }
        Double v = read.computeIfAbsent(lower, this::parse);
        return v.isNaN() ? null : v;
    }

    private Double parse(String lower) {
        Double known = listed.get(lower);
        if (known != null) {
            return known;
        }
        ParsePosition at = new ParsePosition(0);
        Number n;
        synchronized (format) {
            n = format.parse(lower, at);
        }
        boolean whole = n != null && at.getIndex() == lower.length() && at.getErrorIndex() < 0;
        double v = whole ? n.doubleValue() : Double.NaN;
        return v >= 2 && v < 100 && v == Math.floor(v) && cardinal(lower, (long) v) ? v : Double.NaN;
    }

    /** Parsing reads ordinals too ("zweite", "dritten"): only a word some cardinal rule set writes is a count. */
    private boolean cardinal(String lower, long value) {
        synchronized (format) {
            for (String set : format.getRuleSetNames()) {
                if ((set.contains("cardinal") || set.contains("numbering")) && !set.contains("year")
                        && format.format(value, set).equals(lower)) {
                    return true;
                }
            }
        }
        return false;
    }
}
