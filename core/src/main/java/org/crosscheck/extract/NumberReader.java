package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Token;

/**
 * Reads the numbers of a sentence with their scale: digits ("2,610", "0.4"), written numbers ("three",
 * "twenty-five", "two hundred"), scale words after them or glued to them ("27.5 million", "£3bn", "7 bn",
 * "Rs 500 crore", "5k", "one dozen", from {@code scales-en.tsv}). A unit glued to the digits ("70km/h", "20mL") ends
 * the number inside its token, for {@link UnitMatcher} to read. Dates, times and ordinals (by their NER class)
 * and digits glued to words that are neither scale nor unit ("5G", "3D") are not numbers.
 * The numbers CoreNLP joins into one range ("3-4", "10 to 20") are read one by one.
 */
final class NumberReader {

    /**
     * A number of the sentence.
     *
     * @param from  its first token
     * @param to    the token after its last, exclusive
     * @param start start offset of the number in the text
     * @param end   end offset, exclusive (inside the last token when a unit is glued to it)
     * @param value the value, scale applied
     */
    record Num(int from, int to, int start, int end, double value) {
    }

    private static final Set<String> NOT_NUMBERS = Set.of("DATE", "TIME", "ORDINAL", "SET");
    private static final Pattern PREFIXED = Pattern.compile("([^0-9]{1,5}?)([0-9].*)");
    private static final Map<String, Double> SCALES = new HashMap<>();
    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        SCALES.putAll(ScaleWords.of("en"));
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int k = 0; k < small.length; k++) {
            WORDS.put(small[k], k);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < tens.length; k++) {
            WORDS.put(tens[k], 20 + 10 * k);
        }
    }

    /** The scale words of the languages other than English that have them ("Millionen", "млн"), made on first use. */
    private static final Map<String, Map<String, Double>> FOREIGN_SCALES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final String text;
    private final Map<String, Double> scales;
    private final UnitMatcher units;
    private final DigitFormat format;
    private final SpelledNumbers spelled;

    /**
     * @param text     the article text
     * @param units    the unit matcher over the same text
     * @param language its language (ISO 639-1), which chooses the digit separators; null for English's
     */
    NumberReader(String text, UnitMatcher units, String language) {
        this.text = text;
        this.scales = scalesOf(language);
        this.units = units;
        this.format = DigitFormat.of(language);
        this.spelled = SpelledNumbers.of(language);
    }

    /**
     * Reads the numbers of a sentence, in order.
     *
     * @param tokens the sentence's tokens
     * @param taken  tokens already read as something else (fractions), skipped
     * @return the numbers
     */
    List<Num> read(List<Token> tokens, boolean[] taken) {
        List<Num> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Num n = taken[i] ? null : readAt(tokens, i);
            int grouped = taken[i] ? i : spacedGroups(tokens, i);
            int run = digitRun(tokens, i);
            if (grouped > i + 1) {
                // "1 250" in French or Russian: groups set apart by the language's grouping space
                StringBuilder digits = new StringBuilder();
                tokens.subList(i, grouped).stream().filter(t -> Character.isDigit(t.word().charAt(0)))
                        .forEach(t -> digits.append(t.word()));
                Num whole = scaled(tokens, grouped, tokens.get(i).start(), Double.parseDouble(digits.toString()));
                out.add(negative(tokens, whole));
                i = whole.to();
            } else if (run > i + 1) {
                // "0412 555 019": digit groups side by side are a phone number or a code, not amounts
                i = run;
            } else if (n != null) {
                out.add(negative(tokens, n));
                i = n.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** "minus 5", "negative 0.3": the sign written before the number. */
    private static Num negative(List<Token> tokens, Num n) {
        if (n.from() == 0) {
            return n;
        }
        Token prev = tokens.get(n.from() - 1);
        String w = lower(prev);
        return w.equals("minus") || w.equals("negative") || w.equals("-") && prev.end() == n.start()
                && (n.from() < 2 || !Character.isLetterOrDigit(tokens.get(n.from() - 2).word().charAt(0)))
                ? new Num(n.from() - 1, n.to(), prev.start(), n.end(), -n.value()) : n;
    }

    /**
     * The end of a number whose groups of three digits the tokenizer split at the language's grouping space
     * ("1", "250"), starting at i; i itself when there is none. The last group may carry the decimals ("372,4").
     */
    private int spacedGroups(List<Token> tokens, int i) {
        if (!format.spaced() || !tokens.get(i).word().matches("[0-9]{1,3}")) {
            return i;
        }
        int end = i + 1;
        while (end < tokens.size()) {
            Token before = tokens.get(end - 1);
            Token next = tokens.get(end);
            // the grouping space is a token of its own ("1", " ", "250") or a gap between the two
            boolean spaceToken = next.word().length() == 1 && format.groupsApart(next.word().charAt(0))
                    && next.start() == before.end();
            int group = spaceToken ? end + 1 : end;
            boolean apart = spaceToken
                    || next.start() == before.end() + 1 && format.groupsApart(text.charAt(before.end()));
            if (!apart || group >= tokens.size() || !tokens.get(group).word().matches("[0-9]{3}")
                    || spaceToken && tokens.get(group).start() != next.end()) {
                break;
            }
            end = group + 1;
        }
        return end;
    }

    /** The end of a run of tokens that are all bare digits, starting at i (i itself when none). */
    private static int digitRun(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && tokens.get(j).word().matches("[0-9]+")
                && (j == i || tokens.get(j - 1).end() < tokens.get(j).start())) {
            j++;
        }
        return j;
    }

    private Num readAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.ner() != null && NOT_NUMBERS.contains(t.ner())) {
            return null;
        }
        Matcher m = format.matcher(t.word());
        int at = t.start();
        if (!m.matches() && t.word().length() > 1 && (t.word().charAt(0) == '-' || t.word().charAt(0) == '\u2212')
                && Character.isDigit(t.word().charAt(1))) {
            // "-5C", "−0.3%": a sign glued to the digits
            Num n = readAt(List.of(new Token(t.start() + 1, t.end(), t.word().substring(1), t.pos(), t.lemma(),
                    t.ner(), null)), 0);
            return n == null ? null : new Num(i, i + 1, t.start(), n.end(), -n.value());
        }
        Matcher p = PREFIXED.matcher(t.word());
        if (!m.matches() && p.matches() && units.currencyBefore(t.start() + p.group(1).length()) != null) {
            // "US$5", "euro110": a currency glued before the digits
            at = t.start() + p.group(1).length();
            m = format.matcher(p.group(2));
        }
        if (m.matches()) {
            double v = format.value(m.group(1));
            String suffix = m.group(2);
            if (!suffix.isEmpty()) {
                // "5.2-billion", "3bn"
                Double f = scale(suffix.startsWith("-") ? suffix.substring(1) : suffix, tokens, i, at);
                if (f != null) {
                    return scaled(tokens, i + 1, at, v * f);
                }
                int digitsEnd = at + m.group(1).length();
                UnitMatcher.Match u = units.measureAfter(digitsEnd);
                UnitMatcher.Match c = units.currencyAfter(digitsEnd);
                return u != null && u.start() == digitsEnd || c != null && c.start() == digitsEnd
                        ? new Num(i, i + 1, at, digitsEnd, v) : null;
            }
            int k = i + 1;
            while (suffix.isEmpty() && v < 1000 && k + 1 < tokens.size() && tokens.get(k).word().equals(",")
                    && tokens.get(k + 1).word().matches("[0-9]{3}") && tokens.get(k).start() == tokens.get(k - 1).end()
                    && tokens.get(k + 1).start() == tokens.get(k).end() + 1 && v == Math.floor(v)) {
                // "20, 000": thousands written apart by the tokenizer of some corpora
                v = v * 1000 + Double.parseDouble(tokens.get(k + 1).word());
                k += 2;
            }
            return scaled(tokens, k, at, v);
        }
        if (scales.containsKey(lower(t)) && !lower(t).equals("m") && i > 0
                && (lower(tokens.get(i - 1)).equals("a") || lower(tokens.get(i - 1)).equals("an"))) {
            // "a million people", "more than a dozen boats": the article is part of the number, so that a hedge
            // before it is read
            return scaled(tokens, i + 1, tokens.get(i - 1).start(), scales.get(lower(t)));
        }
        Double word = spelled == null ? null : spelled.value(t.word());
        if (word != null) {
            // "douze", "neun", "девять": a number word of the article's language
            return scaled(tokens, i + 1, t.start(), word);
        }
        if (!"CD".equals(t.pos())) {
            return null;
        }
        int j = i;
        List<String> words = new ArrayList<>();
        while (j < tokens.size() && isNumberWord(tokens.get(j))) {
            words.addAll(List.of(lower(tokens.get(j)).split("-")));
            j++;
        }
        Double v = words.isEmpty() ? null : wordsValue(words);
        if (v == null && t.word().matches(".*[0-9].*")) {
            // CoreNLP's value, scale included: the tokens of its group are all read
            v = FigureFinder.parse(t.normalized() == null || t.normalized().contains("-") ? null : t.normalized());
            j = i + 1;
            while (j < tokens.size() && t.normalized() != null && t.normalized().equals(tokens.get(j).normalized())
                    && scales.containsKey(lower(tokens.get(j)))) {
                j++;
            }
            return v == null ? null : new Num(i, j, t.start(), tokens.get(j - 1).end(), v);
        }
        return v == null ? null : scaled(tokens, j, t.start(), v);
    }

    /** Applies the scale words from token j on ("million", "bn") to a number starting at offset start. */
    private Num scaled(List<Token> tokens, int j, int start, double value) {
        int first = indexAt(tokens, start);
        double v = value;
        int k = j;
        while (k < tokens.size()) {
            if (k == j && k + 1 < tokens.size() && tokens.get(k).word().equals("-")
                    && tokens.get(k).start() == tokens.get(k - 1).end() && scale(lower(tokens.get(k + 1)), tokens, k + 1,
                    start) != null) {
                k++; // "$5.2-billion"
            }
            Double f = scale(lower(tokens.get(k)), tokens, k, start);
            if (f == null) {
                break;
            }
            v *= f;
            k++;
        }
        return new Num(first, k, start, tokens.get(k - 1).end(), v);
    }

    /**
     * The factor of a scale word at token k, or null. "m" and "b" are a million and a billion only as money
     * ("$3m") or before a counted noun ("1.5m people"); otherwise "m" is metres.
     */
    private Double scale(String word, List<Token> tokens, int k, int start) {
        String w = word.toLowerCase(Locale.ROOT);
        Double f = scales.containsKey(word) ? scales.get(word) : scales.get(w);
        if (f == null || !(w.equals("m") || w.equals("b") || w.equals("k"))) {
            return f;
        }
        boolean money = units.currencyBefore(start) != null;
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        boolean counted = next != null && (next.pos().equals("NNS") || next.pos().equals("NNPS")
                || lower(next).equals("of")) && !next.word().equals("/");
        return money || counted && !w.equals("b") ? f : null;
    }

    /** English's scale words and, for another language, its own ({@code scales-LANG.tsv}) beside them. */
    private static Map<String, Double> scalesOf(String language) {
        String primary = org.crosscheck.pipeline.LanguageTags.primary(language);
        if (primary == null || primary.equals("en") || !primary.matches("[a-z]{2,3}")
                || FigureData.class.getResource("scales-" + primary + ".tsv") == null) {
            return SCALES;
        }
        return FOREIGN_SCALES.computeIfAbsent(primary, l -> {
            Map<String, Double> both = new HashMap<>(SCALES);
            both.putAll(ScaleWords.of(l));
            return Map.copyOf(both);
        });
    }

    private static boolean isNumberWord(Token t) {
        String[] parts = lower(t).split("-");
        for (String part : parts) {
            if (!WORDS.containsKey(part) && !part.equals("hundred")) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /** The value of written number words: "twenty five" is 25, "two hundred" is 200. */
    private static Double wordsValue(List<String> words) {
        double total = 0;
        for (String w : words) {
            if (w.equals("hundred")) {
                total = (total == 0 ? 1 : total) * 100;
            } else if (WORDS.containsKey(w)) {
                total += WORDS.get(w);
            } else {
                return null;
            }
        }
        return total;
    }

    private static int indexAt(List<Token> tokens, int start) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() > start) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
