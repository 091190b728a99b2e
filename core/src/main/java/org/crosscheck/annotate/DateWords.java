package org.crosscheck.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Token;

/**
 * Tags the date words that CoreNLP's numeric classifiers leave untagged when SUTime is off (it is: SUTime
 * cost 40% of annotation time, measured): weekday and month names, "yesterday", "today", "tomorrow", and
 * years ("in 1998", "the 2024 report") that would otherwise look like counts. Counts stay counts: a
 * four-digit number before a plural noun ("2000 people") or written with a separator ("2,000") is left
 * alone. Input: tokens with pos and ner; output: the same tokens, date words tagged DATE.
 */
final class DateWords {

    private static final Set<String> NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "yesterday", "today", "tomorrow", "tonight", "jan.", "feb.", "aug.",
            "sept.", "sep.", "oct.", "nov.", "dec.");
    private static final Pattern YEAR = Pattern.compile("(18|19|20)\\d\\d");

    private DateWords() {
    }

    /**
     * Returns the tokens with date words tagged.
     *
     * @param tokens one sentence's tokens
     * @return a list of the same size, changed tokens replaced
     */
    static List<Token> tag(List<Token> tokens) {
        Token[] out = tokens.toArray(new Token[0]);
        for (int i = 0; i < out.length; i++) {
            Token t = out[i];
            if (isDateName(tokens, i) || isYear(tokens, i)) {
                out[i] = new Token(t.start(), t.end(), t.word(), t.pos(), t.lemma(), "DATE", t.word());
            }
        }
        return List.of(out);
    }

    private static boolean isDateName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.word().toLowerCase(Locale.ROOT);
        // "March" and "May" are also verbs and names: only as a proper noun, and "May" only before a number
        return "O".equals(t.ner()) && t.pos().startsWith("NN") && (NAMES.contains(w)
                || w.equals("may") && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("CD"));
    }

    private static boolean isYear(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!"NUMBER".equals(t.ner()) || !YEAR.matcher(t.word()).matches()) {
            return false;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : "";
        return !next.equals("NNS") && !next.equals("NNPS");
    }
}
