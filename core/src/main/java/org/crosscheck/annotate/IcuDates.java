package org.crosscheck.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Token;

/**
 * Tags the dates of a sentence annotated without models, so the figure finder does not count them: the month and
 * weekday names of the language (CLDR's, given in lower case), a day of one or two digits next to a month ("3
 * novembre", "21. November", "noviembre 10"), a year after a month or a day ("ноября 2026"), and a four-digit
 * number from 1800 to 2099 written without separator and followed by punctuation or nothing ("construit en 1968,",
 * "de 2024."): before a word it may be a count ("1500 Menschen"), which is left alone, unless a word of the
 * language's {@code year-words-LANG.tsv} stands next to it ("seit 2021 hat", "desde 2007 existe", "в 2019 году").
 * Input: tokens tagged by
 * {@link IcuAnnotator} (ner {@code O}); output: the same tokens, dates tagged {@code DATE}.
 */
final class IcuDates {

    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d");

    private IcuDates() {
    }

    /**
     * Returns the tokens with their dates tagged.
     *
     * @param tokens one sentence's tokens
     * @param names  the language's month and weekday names, lower case
     * @return a list of the same size, date tokens replaced by copies tagged {@code DATE}
     */
    static List<Token> tag(List<Token> tokens, Set<String> names, YearWords years) {
        Token[] out = tokens.toArray(new Token[0]);
        for (int i = 0; i < out.length; i++) {
            if (names.contains(lower(tokens.get(i)))) {
                out[i] = date(out[i]);
                tagNumbersAround(tokens, i, out);
            } else if (isBareYear(tokens, i) || years.nextTo(tokens, i)) {
                out[i] = date(out[i]);
            }
        }
        return List.of(out);
    }

    /** The day before a month (with its ordinal full stop), the day after it and a year after either. */
    private static void tagNumbersAround(List<Token> tokens, int month, Token[] out) {
        int before = month - 1;
        if (before >= 0 && tokens.get(before).word().equals(".")) {
            before--;
        }
        if (before >= 0 && DAY.matcher(tokens.get(before).word()).matches()) {
            for (int k = before; k < month; k++) {
                out[k] = date(out[k]);
            }
        }
        int after = month + 1;
        if (after < tokens.size() && DAY.matcher(tokens.get(after).word()).matches()) {
            out[after] = date(out[after]);
            after++;
        }
        if (after + 1 < tokens.size() && tokens.get(after).word().equals(",")) {
            after++;
        }
        if (after < tokens.size() && YEAR.matcher(tokens.get(after).word()).matches()) {
            out[after] = date(out[after]);
        }
    }

    private static boolean isBareYear(List<Token> tokens, int i) {
        return YEAR.matcher(tokens.get(i).word()).matches()
                && (i + 1 == tokens.size() || !tokens.get(i + 1).pos().equals("FW")
                && !tokens.get(i + 1).pos().equals("CD"));
    }

    /**
     * The words next to which a number from 1800 to 2099 is a year in one language, read from
     * {@code year-words-LANG.tsv} (word {@code <TAB>} before|after, lower case): "seit" before, "году" after.
     *
     * @param before words that stand just before a year
     * @param after  words that stand just after one
     */
    record YearWords(Set<String> before, Set<String> after) {

        private static final YearWords NONE = new YearWords(Set.of(), Set.of());

        /**
         * Reads a language's year words.
         *
         * @param language an ISO 639-1 code
         * @return its words; none for a language without the file
         */
        static YearWords of(String language) {
            String name = "year-words-" + language + ".tsv";
            if (IcuDates.class.getResource(name) == null) {
                return NONE;
            }
            Set<String> before = new java.util.HashSet<>();
            Set<String> after = new java.util.HashSet<>();
            for (String[] row : org.crosscheck.pipeline.DataFiles.rows(IcuDates.class, name)) {
                (row.length > 1 && row[1].strip().equals("after") ? after : before)
                        .add(row[0].strip().toLowerCase(Locale.ROOT));
            }
            return new YearWords(Set.copyOf(before), Set.copyOf(after));
        }

        /** True when token i is a year-like number with one of these words just before or after it. */
        boolean nextTo(List<Token> tokens, int i) {
            return YEAR.matcher(tokens.get(i).word()).matches()
                    && (i > 0 && before.contains(lower(tokens.get(i - 1)))
                    || i + 1 < tokens.size() && after.contains(lower(tokens.get(i + 1))));
        }
    }

    private static Token date(Token t) {
        return new Token(t.start(), t.end(), t.word(), t.pos(), t.lemma(), "DATE", t.word());
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
