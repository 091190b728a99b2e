package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Finds the figures of one sentence, in any news: counts ("40 houses", "three crates"), money with its currency
 * and rate ("$27.5 million", "Rs 500 crore", "€12.50 per tonne"), percentages and percentage points, measures
 * ("70km/h", "20mL", "3.5 metres", "magnitude 6.1", "two hours"), fractions ("one in four", "a third of"),
 * ranges ("between 3% and 4%", "3-4%", "from 10 to 20") and vague amounts ("dozens"), each with the hedge written
 * next to it, a unit, the counted phrase and a kind. A change ("fell from $1,200 to $1,140") is two figures, the
 * old value and the new; a list ("$20 million and $25 million") is one figure a number.
 *
 * <p>The work is shared out: {@link NumberReader} reads numbers and scales, {@link QuantityReader} gives them
 * their units, currencies and rates by {@link UnitMatcher} ({@link Units}), {@link FractionFinder} fractions, {@link RangeFinder} ranges (and tells changes from
 * them), {@link HedgeMatcher} hedges and {@link FigureGuards} leaves out labels, ages, years, times and phone
 * numbers. The word lists are data files next to these classes.
 */
final class FigureFinder {

    private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands", "scores", "millions",
            "tens");
    /** Scale words that stand alone as a number ("hundred" in "several hundred"). */
    private static final Set<String> BARE_SCALES = Set.of("hundred", "thousand", "million", "billion", "dozen");
    /** Quantifiers that make a bare scale word vague, each split into its words ("a few"), longest first. */
    private static final List<String[]> QUANTIFIERS = FigureData.rows("vague-quantifiers-en.txt").stream()
            .map(r -> r[0].split(" ")).sorted(Comparator.comparingInt((String[] w) -> -w.length)).toList();
    private static final Set<String> COUNTED_POS = Set.of("JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "VBN");
    private static final int MAX_COUNTED = 4;
    private static final int WINDOW = 8;

    private final String text;
    private final NumberReader numbers;
    private final QuantityReader quantities;
    private final HedgeMatcher hedges;
    /** Kinds and vague amounts of a language other than English, null for English's. */
    private final ForeignKinds foreign;

    FigureFinder(String text) {
        this(text, null);
    }

    /**
     * Creates a finder for one article's text.
     *
     * @param text     the article's text
     * @param language its language (ISO 639-1), which chooses the hedges, kinds and vague amounts; null for English's
     */
    FigureFinder(String text, String language) {
        this.text = text;
        this.hedges = HedgeMatcher.of(language);
        this.foreign = ForeignKinds.of(language).orElse(null);
        UnitMatcher units = new UnitMatcher(text, language);
        this.numbers = new NumberReader(text, units, language);
        this.quantities = new QuantityReader(units);
    }

    List<FoundFigure> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean[] taken = new boolean[tokens.size()];
        List<Quantity> found = new ArrayList<>();
        for (FractionFinder.Fraction f : FractionFinder.find(tokens)) {
            java.util.Arrays.fill(taken, f.from(), f.to(), true);
            found.add(new Quantity(f.from(), f.from(), f.to(), tokens.get(f.from()).start(), tokens.get(f.to() - 1).end(),
                    f.value(), null, null, f.count() ? null : "fraction", false));
        }
        for (NumberReader.Num n : numbers.read(tokens, taken)) {
            found.add(quantities.measure(tokens, n));
        }
        List<FoundFigure> figures = new ArrayList<>();
        found.removeIf(q -> {
            int quantifier = vagueScale(tokens, q);
            if (quantifier >= 0) {
                figures.add(vagueFigure(tokens, quantifier, q.to()));
                java.util.Arrays.fill(taken, quantifier, q.to(), true);
            }
            return quantifier >= 0;
        });
        found.sort(Comparator.comparingInt(Quantity::from));
        int[] hedgeFrom = new int[found.size()];
        for (int k = 0; k < found.size(); k++) {
            HedgeMatcher.Match h = hedges.before(tokens, found.get(k).from());
            hedgeFrom[k] = h == null ? found.get(k).from() : h.from();
        }
        // ranges first, so that a range is judged whole with the unit of its second end ("six or eight days")
        for (Quantity q : RangeFinder.join(tokens, found, hedgeFrom)) {
            if (FigureGuards.isFigure(tokens, q, text)) {
                FoundFigure f = figure(tokens, q);
                if (!isLoneOne(tokens, q, f)) {
                    figures.add(f);
                }
            }
        }
        figures.addAll(vague(tokens, taken));
        figures.sort(Comparator.comparingInt(FoundFigure::start));
        return figures;
    }

    private FoundFigure figure(List<Token> tokens, Quantity q) {
        HedgeMatcher.Match h = hedges.before(tokens, q.from());
        int start = q.start();
        int end = q.end();
        int to = q.to();
        String hedge = null;
        if (h != null) {
            start = tokens.get(h.from()).start();
            hedge = text.substring(start, tokens.get(h.to() - 1).end());
        } else {
            HedgeMatcher.Match a = hedges.after(tokens, q.to());
            int k = q.to();
            while (a == null && k < Math.min(tokens.size(), q.to() + 2) && tokens.get(k).pos().startsWith("NN")) {
                // "500 runners or more"
                a = hedges.after(tokens, ++k);
            }
            if (a != null) {
                end = tokens.get(a.to() - 1).end();
                hedge = text.substring(tokens.get(a.from()).start(), end);
                to = a.to();
            }
        }
        String counted = counted(tokens, to);
        String kind = foreign != null ? foreign.classify(q.money(), q.unit(), tokens, q.from(), to)
                : FigureKinds.classify(q.money(), q.unit(), join(governor(tokens, q.from()), counted),
                        window(tokens, q.from(), to), tokens.stream().map(Token::word).toList());
        return new FoundFigure(start, end, q.value(), q.low(), q.high(), hedge, q.unit(), counted, kind,
                place(tokens), time(tokens));
    }

    /**
     * "one thing", "one cop put his hands up", "one woman, who said": a bare "one" mostly picks out a thing or a
     * person rather than counting; it is a figure when it is hedged ("at least one") or counts what the news
     * counts (a kind other than {@code other}: "killing one man", "one person was arrested").
     */
    private static boolean isLoneOne(List<Token> tokens, Quantity q, FoundFigure f) {
        return q.to() - q.numFrom() == 1 && lower(tokens.get(q.numFrom())).equals("one") && f.hedge() == null
                && q.unit() == null && !q.money() && q.low() == null && "other".equals(f.kind());
    }

    /** Vague amounts: "dozens", "hundreds of thousands" (no value; the words are the hedge). */
    private List<FoundFigure> vague(List<Token> tokens, boolean[] taken) {
        List<FoundFigure> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int quantifier = taken[i] ? -1 : vagueScale(tokens, i);
            if (quantifier >= 0 && !java.util.stream.IntStream.range(quantifier, i).anyMatch(k -> taken[k])) {
                // "a few thousand" that no number took
                out.add(vagueFigure(tokens, quantifier, i + 1));
                continue;
            }
            if (taken[i] || !isVague(tokens, i)) {
                continue;
            }
            int j = i + 1;
            while (j + 1 < tokens.size() && lower(tokens.get(j)).equals("of") && VAGUE.contains(lower(tokens.get(j + 1)))) {
                j += 2;
            }
            out.add(vagueFigure(tokens, i, j));
            i = j - 1;
        }
        return out;
    }

    /** A vague amount over tokens i to j (exclusive): no value, the words are the hedge. */
    private FoundFigure vagueFigure(List<Token> tokens, int i, int j) {
        String hedge = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
        String counted = counted(tokens, j);
        String kind = foreign != null ? foreign.classify(false, null, tokens, i, j)
                : FigureKinds.classify(false, null, join(governor(tokens, i), counted), window(tokens, i, j),
                        tokens.stream().map(Token::word).toList());
        return new FoundFigure(tokens.get(i).start(), tokens.get(j - 1).end(), null, null, null, hedge, null, counted,
                kind, place(tokens), time(tokens));
    }

    /**
     * "several hundred", "a few thousand": a quantifier before a bare scale word is a vague amount, not the scale's
     * own value (100, 1,000). Returns the quantifier's first token, or -1.
     */
    private int vagueScale(List<Token> tokens, Quantity q) {
        return q.to() - q.numFrom() != 1 || q.money() || q.unit() != null ? -1 : vagueScale(tokens, q.numFrom());
    }

    /** The first token of a quantifier before a bare scale word at token i ("a few thousand"), or -1. */
    private int vagueScale(List<Token> tokens, int i) {
        if (foreign != null || !BARE_SCALES.contains(lower(tokens.get(i)))) {
            return -1;
        }
        for (String[] quantifier : QUANTIFIERS) {
            int from = i - quantifier.length;
            boolean match = from >= 0;
            for (int k = 0; match && k < quantifier.length; k++) {
                match = lower(tokens.get(from + k)).equals(quantifier[k]);
            }
            if (match) {
                return from;
            }
        }
        return -1;
    }

    /** A vague amount: a plural noun in English ("dozens"), a listed word not after a number in another language. */
    private boolean isVague(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (foreign == null) {
            return VAGUE.contains(lower(t)) && t.pos().startsWith("NN");
        }
        // "2 тысячи" is a number and its scale, not a vague amount
        return foreign.isVague(t.word()) && (i == 0 || !tokens.get(i - 1).pos().equals("CD"));
    }

    static Double parse(String normalized) {
        if (normalized == null) {
            return null;
        }
        String s = normalized.replaceAll("^[^0-9.-]+", "").replaceAll("[^0-9.Ee+-].*$", "");
        try {
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String counted(List<Token> tokens, int from) {
        int i = from;
        if (i < tokens.size() && lower(tokens.get(i)).equals("of")) {
            i++;
            if (i < tokens.size() && tokens.get(i).pos().equals("DT")) {
                i++;
            }
        }
        List<String> words = new ArrayList<>();
        while (i < tokens.size() && words.size() < MAX_COUNTED && COUNTED_POS.contains(tokens.get(i).pos())
                && !"DATE".equals(tokens.get(i).ner()) && !isAuxiliary(tokens.get(i))) {
            words.add(tokens.get(i).word());
            i++;
        }
        String verb = predicate(tokens, i);
        if (verb != null && !words.contains(verb)) {
            words.add(verb);
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    private static boolean isAuxiliary(Token t) {
        return "be".equals(t.lemma()) || "have".equals(t.lemma());
    }

    /**
     * The verb or noun that governs the number from before it: "executed 93 soldiers", "the execution of
     * nine troops", "detained 14 journalists". It decides the kind before the counted noun does.
     */
    private static String governor(List<Token> tokens, int from) {
        int i = from - 1;
        while (i >= 0 && (HedgeMatcher.isHedgeWord(lower(tokens.get(i))) || tokens.get(i).pos().equals("DT")
                || tokens.get(i).pos().startsWith("RB") || lower(tokens.get(i)).equals("least"))) {
            i--;
        }
        if (i >= 0 && tokens.get(i).pos().startsWith("VB")) {
            return tokens.get(i).word();
        }
        if (i >= 1 && lower(tokens.get(i)).equals("of") && tokens.get(i - 1).pos().startsWith("NN")) {
            return tokens.get(i - 1).word();
        }
        return null;
    }

    /** The participle that says what happened to the counted ("… have been killed"), if close. */
    private static String predicate(List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 4); i++) {
            Token t = tokens.get(i);
            String l = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if ((t.pos().equals("VBN") || t.pos().equals("VBD")) && !l.equals("be") && !l.equals("have")) {
                return t.word();
            }
            if (!(l.equals("be") || l.equals("have") || t.pos().startsWith("RB") || t.pos().equals("MD"))) {
                return null;
            }
        }
        return null;
    }

    private static List<String> window(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int d = 1; d <= WINDOW; d++) {
            if (to - 1 + d < tokens.size()) {
                out.add(tokens.get(to - 1 + d).word());
            }
            if (from - d >= 0) {
                out.add(tokens.get(from - d).word());
            }
        }
        return out;
    }

    private String place(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if ("LOCATION".equals(MentionFinder.type(tokens.get(i).ner()))) {
                int j = i;
                while (j + 1 < tokens.size() && "LOCATION".equals(MentionFinder.type(tokens.get(j + 1).ner()))) {
                    j++;
                }
                return text.substring(tokens.get(i).start(), tokens.get(j).end());
            }
        }
        return null;
    }

    private String time(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if ("DATE".equals(tokens.get(i).ner())) {
                int j = i;
                while (j + 1 < tokens.size() && "DATE".equals(tokens.get(j + 1).ner())) {
                    j++;
                }
                return text.substring(tokens.get(i).start(), tokens.get(j).end());
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
