package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Finds the figures of one sentence: numbers CoreNLP tags NUMBER, MONEY or PERCENT (written numbers and
 * "one dozen" included, with its normalised value), ranges ("11,000-12,000", "between 11,000 and 12,000")
 * and vague amounts ("dozens", "thousands"), with the hedge written before them, a unit, the counted
 * phrase and a kind. Left out: dates, times, durations and ordinals (other NER classes), ages, amounts of
 * time ("four or five hours"), phone-like digit groups, "one of", and numbers that label things
 * ("Resolution 2334").
 */
final class FigureFinder {

    private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT");
    private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands", "scores", "millions",
            "tens");
    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "times",
            "century", "centuries", "nights", "night", "o'clock", "am", "pm", "a.m.", "p.m.");
    private static final Set<String> LABELS = Set.of("no.", "no", "number", "resolution", "article", "section",
            "chapter", "page", "flight", "route", "room", "level", "phase", "grade", "category", "paragraph",
            "item", "point", "part", "stage", "vol.", "volume", "episode", "season", "gate", "line", "platform",
            "mp", "group");
    private static final List<String> HEDGES = List.of("no fewer than", "no more than", "not more than", "more than",
            "less than", "fewer than", "at least", "at most", "up to", "as many as", "as few as", "close to",
            "upwards of", "in excess of", "an estimated", "just over", "just under", "well over", "nearly", "almost",
            "roughly", "approximately", "about", "around", "some", "over", "under", "estimated", "above", "below",
            "approx.", "circa", "roughly", "some");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("square kilometres", "square kilometres"),
            Map.entry("square kilometers", "square kilometres"), Map.entry("square km", "square kilometres"),
            Map.entry("sq km", "square kilometres"), Map.entry("square miles", "square miles"),
            Map.entry("hectares", "hectares"), Map.entry("acres", "acres"), Map.entry("kilometres", "kilometres"),
            Map.entry("kilometers", "kilometres"), Map.entry("km", "kilometres"), Map.entry("miles", "miles"),
            Map.entry("cubic metres", "cubic metres"), Map.entry("cubic meters", "cubic metres"),
            Map.entry("tonnes", "tonnes"), Map.entry("tons", "tonnes"), Map.entry("percent", "percent"),
            Map.entry("per cent", "percent"), Map.entry("%", "percent"), Map.entry("metres", "metres"),
            Map.entry("meters", "metres"));
    private static final Pattern RANGE = Pattern.compile("[^0-9]*[0-9.Ee]+\\s*-\\s*[0-9.Ee]+");
    private static final Pattern PHONE = Pattern.compile("\\d{2,}[ .-]\\d{3,}[ .-]?\\d{0,4}");
    private static final Set<String> COUNTED_POS = Set.of("JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "VBN");
    private static final int MAX_COUNTED = 4;
    private static final int WINDOW = 8;

    private final String text;

    FigureFinder(String text) {
        this.text = text;
    }

    List<FoundFigure> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<FoundFigure> figures = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = groupEnd(tokens, i);
            if (end > i && isFigure(tokens, i, end)) {
                figures.add(figure(sentence, i, end));
            }
            i = Math.max(end, i + 1);
        }
        return figures;
    }

    /** The end (exclusive) of the number group starting at i, or i when none starts there. */
    private static int groupEnd(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (VAGUE.contains(lower(t)) && t.pos().startsWith("NN")) {
            int j = i + 1;
            while (j + 1 < tokens.size() && lower(tokens.get(j)).equals("of") && VAGUE.contains(lower(tokens.get(j + 1)))) {
                j += 2;
            }
            return j;
        }
        if (!NUMERIC.contains(t.ner())) {
            return i;
        }
        int j = i + 1;
        while (j < tokens.size() && t.ner().equals(tokens.get(j).ner())
                && java.util.Objects.equals(t.normalized(), tokens.get(j).normalized())) {
            j++;
        }
        if (j < tokens.size() && isDozen(tokens.get(j))) {
            j++;
        }
        if (j + 1 < tokens.size() && i > 0 && lower(tokens.get(i - 1)).equals("between")
                && lower(tokens.get(j)).equals("and") && NUMERIC.contains(tokens.get(j + 1).ner())) {
            j = groupEnd(tokens, j + 1);
        }
        return j;
    }

    private boolean isFigure(List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        String next = to < tokens.size() ? lower(tokens.get(to)) : "";
        String after = to + 1 < tokens.size() ? lower(tokens.get(to + 1)) : "";
        String prev = from > 0 ? lower(tokens.get(from - 1)) : "";
        if (TIME_UNITS.contains(next) || (next.equals("or") || next.equals("to")) && TIME_UNITS.contains(
                to + 2 < tokens.size() ? lower(tokens.get(to + 2)) : "")) {
            return false;
        }
        if (LABELS.contains(prev) || prev.equals("aged") || next.equals("of") && lower(first).equals("one")
                || lower(first).equals("one") && to - from == 1 && !tokens.get(Math.min(to, tokens.size() - 1)).pos().startsWith("NN")) {
            return false;
        }
        if (isAge(tokens, from, to) || PHONE.matcher(text.substring(first.start(), tokens.get(to - 1).end())).matches()) {
            return false;
        }
        return !(next.equals("-") && after.startsWith("year"));
    }

    /** "Irina Holt, 54, said": a bare number between commas right after a name is an age. */
    private static boolean isAge(List<Token> tokens, int from, int to) {
        return from >= 2 && to < tokens.size() && tokens.get(from - 1).word().equals(",")
                && "PERSON".equals(tokens.get(from - 2).ner()) && tokens.get(to).word().equals(",");
    }

    private FoundFigure figure(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        Token first = tokens.get(from);
        int hedgeStart = hedgeStart(tokens, from);
        String hedge = hedgeStart < first.start() ? text.substring(hedgeStart, first.start()).strip() : null;
        double[] range = range(tokens, from, to);
        Double value = null;
        Double low = null;
        Double high = null;
        boolean vague = VAGUE.contains(lower(first));
        if (vague) {
            hedge = text.substring(first.start(), tokens.get(to - 1).end());
        } else if (range != null) {
            low = range[0];
            high = range[1];
        } else {
            value = number(tokens, from, to);
        }
        int unitEnd = to;
        String unit = null;
        if ("MONEY".equals(first.ner())) {
            unit = currency(tokens, from, to);
        } else {
            for (Map.Entry<String, String> u : UNITS.entrySet()) {
                int n = u.getKey().split(" ").length;
                if (to + n <= tokens.size() && u.getKey().equals(words(tokens, to, to + n))) {
                    unit = u.getValue();
                    unitEnd = to + n;
                    break;
                }
            }
        }
        String counted = counted(tokens, unitEnd);
        String kind = FigureKinds.classify("MONEY".equals(first.ner()), unit, join(governor(tokens, from), counted),
                window(tokens, from, to), tokens.stream().map(Token::word).toList());
        int start = Math.min(hedgeStart, first.start());
        return new FoundFigure(start, tokens.get(unitEnd - 1).end(), value, low, high, hedge, unit, counted, kind,
                place(tokens), time(tokens));
    }

    private int hedgeStart(List<Token> tokens, int from) {
        for (String h : HEDGES) {
            int n = h.split(" ").length;
            if (from - n >= 0 && h.equals(words(tokens, from - n, from))) {
                return tokens.get(from - n).start();
            }
        }
        return tokens.get(from).start();
    }

    private static double[] range(List<Token> tokens, int from, int to) {
        String norm = tokens.get(from).normalized();
        // CoreNLP writes a range as "11000.0-12000.0" (between … and …) or "11000.0 - 12000.0" (a dash)
        if (norm != null && RANGE.matcher(norm).matches()) {
            String[] parts = norm.split("(?<=[0-9])\\s*-\\s*", 2);
            Double a = parse(parts[0]);
            Double b = parse(parts[1]);
            return a == null || b == null ? null : new double[] {a, b};
        }
        for (int k = from + 1; k < to; k++) {
            if (lower(tokens.get(k)).equals("and")) {
                Double a = parse(tokens.get(from).normalized());
                Double b = parse(tokens.get(to - 1).normalized());
                return a == null || b == null ? null : new double[] {a, b};
            }
        }
        return null;
    }

    private static Double number(List<Token> tokens, int from, int to) {
        Double v = parse(tokens.get(from).normalized());
        if (v == null) {
            v = parse(tokens.get(to - 1).word().replace(",", ""));
        }
        // "one dozen", "two dozen": the numeric classifiers leave "dozen" out of the number
        return v != null && to - 1 > from && isDozen(tokens.get(to - 1)) ? Double.valueOf(v * 12) : v;
    }

    private static boolean isDozen(Token t) {
        return lower(t).equals("dozen") && !NUMERIC.contains(t.ner());
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

    private static String currency(List<Token> tokens, int from, int to) {
        String norm = tokens.get(from).normalized() == null ? "" : tokens.get(from).normalized()
                .replaceFirst("^[<>=~]+", "");
        String sign = norm.isEmpty() ? tokens.get(from).word() : norm.substring(0, 1);
        return switch (sign) {
            case "$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            default -> sign.matches("\\d") ? null : sign;
        };
    }

    private static String counted(List<Token> tokens, int from) {
        int i = from;
        if (i < tokens.size() && lower(tokens.get(i)).equals("of")) {
            i++;
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
        while (i >= 0 && (HEDGES.contains(lower(tokens.get(i))) || tokens.get(i).pos().equals("DT")
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

    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(lower(tokens.get(i)));
        }
        return b.toString();
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
