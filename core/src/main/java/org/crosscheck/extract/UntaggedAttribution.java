package org.crosscheck.extract;

import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.LanguageTags;

/**
 * Attributes a quotation in a sentence annotated without models (no lemmas, no parts of speech): a speech cue of
 * the language as written ({@code speech-words-LANG.txt}: "a déclaré", "sagte", "dijo", "сказал", "сказав"), outside
 * quotations, and its speaker, the words right after it up to a comma or the sentence's end ("», a déclaré M. Dupont,
 * le maire."), or, when none follow, those right before it from the last comma or quotation ("Le maire a déclaré :
 * « … »"), at most {@value #MAX_SPEAKER} tokens. The speaker is the phrase as written, not resolved to an entity.
 * Languages without a list attribute nothing.
 */
final class UntaggedAttribution {

    /** The languages with a list. */
    static final List<String> LANGUAGES = List.of("fr", "de", "es", "ru", "uk");
    /** The most tokens a speaker phrase may have. */
    static final int MAX_SPEAKER = 8;
    private static final Map<String, List<String[]>> CUES = loadCues();
    private static final Map<String, Set<String>> PRONOUNS = loadPronouns();
    private static final Set<String> STOPS = Set.of(",", ";", ":", "!", "?", "—", "–");

    private final String text;
    private final List<String[]> cues;

    /**
     * Creates the attribution for one article.
     *
     * @param text     the article's text
     * @param language its language (ISO 639-1), which chooses the cues
     */
    UntaggedAttribution(String text, String language) {
        this.text = text;
        String primary = LanguageTags.primary(language);
        this.cues = primary == null ? List.of() : CUES.getOrDefault(primary, List.of());
    }

    /** Each language's speech words, longest first, read once (a finder is made per article). */
    private static Map<String, List<String[]>> loadCues() {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String language : LANGUAGES) {
            out.put(language, FigureData.rows("speech-words-" + language + ".txt").stream()
                    .map(r -> r[0].toLowerCase(Locale.ROOT).split(" "))
                    .sorted(Comparator.comparingInt((String[] p) -> p.length).reversed())
                    .toList());
        }
        return Map.copyOf(out);
    }

    /** Each language's subject pronouns ({@code pronouns-LANG.txt}), read once. */
    private static Map<String, Set<String>> loadPronouns() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String language : LANGUAGES) {
            out.put(language, FigureData.rows("pronouns-" + language + ".txt").stream()
                    .map(r -> r[0].strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet()));
        }
        return Map.copyOf(out);
    }

    /**
     * Tells whether a speaker phrase, as written, is a subject pronoun of the language ("elle", "a-t-il", "вона"),
     * which stands for a speaker named before.
     *
     * @param language the article's language (ISO 639-1), or null
     * @param phrase   the speaker phrase as written
     * @return true for a pronoun of a language with a list
     */
    static boolean isPronoun(String language, String phrase) {
        String primary = LanguageTags.primary(language);
        return primary != null && PRONOUNS.getOrDefault(primary, Set.of()).contains(phrase.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Attributes a quotation by a cue of its sentence.
     *
     * @param q      the quotation
     * @param s      the sentence it starts in
     * @param inside tells whether a text offset lies inside any quotation
     * @return the direct statement, or null when the sentence has no cue with a speaker
     */
    FoundStatement find(Quote q, Sentence s, IntPredicate inside) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int n = inside.test(tokens.get(i).start()) ? 0 : cueAt(tokens, i);
            if (n == 0) {
                continue;
            }
            int[] speaker = after(tokens, i + n, inside);
            if (speaker == null) {
                speaker = before(tokens, i, inside);
            }
            if (speaker == null) {
                continue;
            }
            int start = tokens.get(speaker[0]).start();
            int end = tokens.get(speaker[1] - 1).end();
            SpeakerPhrase phrase = new SpeakerPhrase(start, end, text.substring(start, end), null, false);
            int cueStart = tokens.get(i).start();
            int cueEnd = tokens.get(i + n - 1).end();
            return new FoundStatement(Math.min(q.start(), Math.min(start, cueStart)),
                    Math.max(q.end(), Math.max(end, cueEnd)), q.contentStart(), q.contentEnd(), Statement.DIRECT,
                    phrase, text.substring(cueStart, cueEnd), Statement.SAY);
        }
        return null;
    }

    /** Tokens [from, j) up to a stop or the sentence's final full stop, or null when none or too many. */
    private static int[] after(List<Token> tokens, int from, IntPredicate inside) {
        int j = from;
        while (j < tokens.size() && !stops(tokens, j) && !inside.test(tokens.get(j).start())) {
            j++;
        }
        // "…“, sagte X. „…“": a full stop before the next quotation ends the speaker too
        boolean ended = j == tokens.size() || stops(tokens, j) || tokens.get(j - 1).word().equals(".")
                && inside.test(tokens.get(j).start());
        int end = ended && j < tokens.size() && !stops(tokens, j) ? j - 1 : j;
        return end > from && end - from <= MAX_SPEAKER && ended ? new int[] {from, end} : null;
    }

    /** Tokens [k, to) back to a stop or a quotation, or null when none or too many. */
    private static int[] before(List<Token> tokens, int to, IntPredicate inside) {
        int k = to;
        while (k > 0 && !stops(tokens, k - 1) && !inside.test(tokens.get(k - 1).start())) {
            k--;
        }
        return k < to && to - k <= MAX_SPEAKER ? new int[] {k, to} : null;
    }

    /** A stop, or a full stop that ends the sentence ("M. Dupont" goes on). */
    private static boolean stops(List<Token> tokens, int j) {
        String w = tokens.get(j).word();
        return STOPS.contains(w) || w.equals(".") && j == tokens.size() - 1;
    }

    private int cueAt(List<Token> tokens, int i) {
        for (String[] c : cues) {
            if (i + c.length <= tokens.size() && matches(tokens, i, c)) {
                return c.length;
            }
        }
        return 0;
    }

    private static boolean matches(List<Token> tokens, int i, String[] cue) {
        for (int k = 0; k < cue.length; k++) {
            if (!tokens.get(i + k).word().toLowerCase(Locale.ROOT).equals(cue[k])) {
                return false;
            }
        }
        return true;
    }
}
