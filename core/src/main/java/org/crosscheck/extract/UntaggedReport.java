package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.LanguageTags;

/**
 * Finds reported speech in a sentence annotated without models (no lemmas, no parts of speech): a reporting verb of
 * the language as written, outside quotations, and a complementizer after it ("X a déclaré aux journalistes que …",
 * "sagte, dass …", "negó que …", "заявила, что …", "повідомила, що …"); the speaker is the words right before the
 * verb, back to a comma or the sentence's start (past a relative clause set off by commas: "X, qui …, a dit que"), at most {@value UntaggedAttribution#MAX_SPEAKER} tokens, as
 * written (no entity); what was said runs from the complementizer to the sentence's end. Verbs and complementizers
 * come from {@code reported-LANG.tsv} and the speech words of {@code speech-words-LANG.txt}. A sentence with no
 * complementizer may end in its attribution ("…, a déclaré le gouverneur."). Languages without a list report
 * nothing.
 */
final class UntaggedReport {

    /** The most tokens between the verb and its complementizer ("a déclaré aux journalistes à Lessing, … que"). */
    private static final int MAX_GAP = 10;
    private static final Set<String> STOPS = Set.of(",", ";", ":", "!", "?", "—", "–", "(", ")");
    private static final Set<String> DASHES = Set.of("—", "–", "-");
    /** The most tokens of a dateline before its dash ("KERRIN, 3 novembre (MPA) –"). */
    private static final int MAX_DATELINE = 12;
    /** The fewest tokens of what was said before a trailing attribution. */
    private static final int MIN_TRAILING_CONTENT = 3;
    private static final Map<String, Words> WORDS = load();

    /** A language's reporting verbs (tokens, longest first, with their cue class), complementizers and relatives. */
    private record Words(List<Map.Entry<String[], String>> verbs, List<String> complementizers, Set<String> relatives) {
    }

    private final String text;
    private final Words words;

    /**
     * Creates the finder for one article.
     *
     * @param text     the article's text
     * @param language its language (ISO 639-1), which chooses the words
     */
    UntaggedReport(String text, String language) {
        this.text = text;
        String primary = LanguageTags.primary(language);
        this.words = primary == null ? null : WORDS.get(primary);
    }

    private static Map<String, Words> load() {
        Map<String, Words> out = new HashMap<>();
        for (String language : UntaggedAttribution.LANGUAGES) {
            Map<String, String> classes = new HashMap<>();
            FigureData.rows("speech-words-" + language + ".txt")
                    .forEach(r -> classes.put(r[0].strip().toLowerCase(Locale.ROOT), Statement.SAY));
            List<String> complementizers = new ArrayList<>();
            Set<String> relatives = new java.util.HashSet<>();
            for (String[] r : FigureData.rows("reported-" + language + ".tsv")) {
                String form = r[0].strip().toLowerCase(Locale.ROOT);
                switch (r[1].strip()) {
                    case "that" -> complementizers.add(form);
                    case "relative" -> relatives.add(form);
                    case "-" -> classes.remove(form);
                    default -> classes.put(form, r[1].strip());
                }
            }
            List<Map.Entry<String[], String>> verbs = classes.entrySet().stream()
                    .map(e -> Map.entry(e.getKey().split(" "), e.getValue()))
                    .sorted(Comparator.comparingInt((Map.Entry<String[], String> e) -> e.getKey().length).reversed())
                    .toList();
            out.put(language, new Words(verbs, List.copyOf(complementizers), Set.copyOf(relatives)));
        }
        return Map.copyOf(out);
    }

    /**
     * Finds the reported statement of a sentence.
     *
     * @param s      the sentence
     * @param inside tells whether a text offset lies inside any quotation
     * @return the statement, or null when the sentence reports nothing this way
     */
    FoundStatement find(Sentence s, IntPredicate inside) {
        if (words == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Map.Entry<String[], String> verb = inside.test(tokens.get(i).start()) ? null : verbAt(tokens, i);
            if (verb == null) {
                continue;
            }
            int n = verb.getKey().length;
            int that = complementizer(tokens, i + n, inside);
            int[] speaker = that < 0 ? null : speaker(tokens, i, inside);
            if (speaker != null && speaker[0] > 1 && tokens.get(speaker[0] - 1).word().equals(",")
                    && words.relatives().contains(tokens.get(speaker[0]).word().toLowerCase(Locale.ROOT))) {
                // "Le Bureau (RCO), qui coordonne l'aide, a indiqué que …": the speaker is before the relative clause
                speaker = speaker(tokens, speaker[0] - 1, inside);
            }
            if (speaker != null) {
                return statement(s, tokens, i, n, that, speaker, verb.getValue());
            }
        }
        return trailing(s, tokens, inside);
    }

    /**
     * "…, faisant au moins neuf morts, a déclaré le gouverneur de la province.", "…, повідомила поліція.": the
     * verb after a comma or dash and the speaker after it up to the sentence's end; what was said is everything
     * before the comma. Only in a sentence without quotations (those are attributed as direct speech).
     */
    private FoundStatement trailing(Sentence s, List<Token> tokens, IntPredicate inside) {
        if (tokens.stream().anyMatch(t -> inside.test(t.start()))) {
            return null;
        }
        int last = tokens.get(tokens.size() - 1).word().equals(".") ? tokens.size() - 1 : tokens.size();
        for (int i = MIN_TRAILING_CONTENT + 1; i < last; i++) {
            String before = tokens.get(i - 1).word();
            Map.Entry<String[], String> verb = before.equals(",") || DASHES.contains(before) ? verbAt(tokens, i)
                    : null;
            int n = verb == null ? 0 : verb.getKey().length;
            if (verb == null || i + n >= last || last - (i + n) > UntaggedAttribution.MAX_SPEAKER
                    || tokens.subList(i + n, last).stream().anyMatch(t -> STOPS.contains(t.word()))) {
                continue;
            }
            int start = tokens.get(i + n).start();
            int end = tokens.get(last - 1).end();
            SpeakerPhrase phrase = new SpeakerPhrase(start, end, text.substring(start, end), null, false);
            String cue = text.substring(tokens.get(i).start(), tokens.get(i + n - 1).end());
            return new FoundStatement(s.start(), s.end(), tokens.get(afterDateline(tokens, i - 2)).start(),
                    tokens.get(i - 2).end(), Statement.REPORTED, phrase, cue, verb.getValue());
        }
        return null;
    }

    private FoundStatement statement(Sentence s, List<Token> tokens, int verb, int n, int that, int[] speaker,
                                     String cueClass) {
        int start = tokens.get(speaker[0]).start();
        int end = tokens.get(speaker[1] - 1).end();
        SpeakerPhrase phrase = new SpeakerPhrase(start, end, text.substring(start, end), null, false);
        Token c = tokens.get(that);
        String word = c.word().toLowerCase(Locale.ROOT);
        // "qu'il": what was said starts after the elided complementizer, inside the token
        int contentStart = word.length() > 3 && (word.startsWith("qu'") || word.startsWith("qu’")) ? c.start() + 3
                : that + 1 < tokens.size() ? tokens.get(that + 1).start() : c.end();
        int last = tokens.size() - 1;
        int contentEnd = tokens.get(last).word().equals(".") && last > that ? tokens.get(last - 1).end()
                : tokens.get(last).end();
        if (contentEnd <= contentStart) {
            return null;
        }
        String cue = text.substring(tokens.get(verb).start(), tokens.get(verb + n - 1).end());
        return new FoundStatement(s.start(), s.end(), contentStart, contentEnd, Statement.REPORTED, phrase, cue,
                cueClass);
    }

    /**
     * "KERRIN, 3 novembre (MPA) – Une vague …": a sentence that opens with a place in capitals and a dash is a
     * dateline, not what was said; returns the index of the first token after the dash, or 0.
     */
    private static int afterDateline(List<Token> tokens, int before) {
        String first = tokens.get(0).word();
        if (first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT)) || !Character.isLetter(first.charAt(0))) {
            return 0;
        }
        for (int j = 1; j < before && j <= MAX_DATELINE; j++) {
            if (DASHES.contains(tokens.get(j).word())) {
                return j + 1;
            }
        }
        return 0;
    }

    /** The complementizer within {@value #MAX_GAP} tokens after the verb, outside quotations, or -1. */
    private int complementizer(List<Token> tokens, int from, IntPredicate inside) {
        for (int j = from; j < Math.min(tokens.size(), from + MAX_GAP); j++) {
            if (inside.test(tokens.get(j).start())) {
                return -1;
            }
            String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
            for (String c : words.complementizers()) {
                if (w.equals(c) || c.endsWith("'") && w.startsWith(c) || c.endsWith("’") && w.startsWith(c)) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * Tokens [k, verb) back to a stop or the sentence's start, or null when none or too many; a name set off by
     * commas right before the verb is the speaker ("El portavoz del ministerio, Viktor Hale, negó que …").
     */
    private static int[] speaker(List<Token> tokens, int verb, IntPredicate inside) {
        int to = verb > 1 && tokens.get(verb - 1).word().equals(",") ? verb - 1 : verb;
        while (to > 1 && tokens.get(to - 1).word().equals(")")) {
            // "Le Bureau de coordination (RCO), qui …": the abbreviation in brackets belongs to the name
            int open = to - 1;
            while (open > 0 && !tokens.get(open).word().equals("(")) {
                open--;
            }
            to = open;
        }
        int k = to;
        while (k > 0 && !STOPS.contains(tokens.get(k - 1).word()) && !inside.test(tokens.get(k - 1).start())) {
            k--;
        }
        return k < to && to - k <= UntaggedAttribution.MAX_SPEAKER ? new int[] {k, to} : null;
    }

    private Map.Entry<String[], String> verbAt(List<Token> tokens, int i) {
        for (Map.Entry<String[], String> v : words.verbs()) {
            String[] forms = v.getKey();
            if (i + forms.length <= tokens.size() && AccordingTo.matches(tokens, i, forms)) {
                return v;
            }
        }
        return null;
    }
}
