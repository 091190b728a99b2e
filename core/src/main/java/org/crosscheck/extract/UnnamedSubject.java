package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * A person the text describes without naming, as the subject that opens a sentence: "The owner, a retired teacher,
 * refused …", "A night guard, who asked not to be named, raised the alarm". A "he" or "she" right after such a
 * sentence stands for that person, not for the last person named. The description is known for a person by its
 * apposition ("a retired teacher") or, after "a"/"an", its relative "who" ("the actress, who …" is more often
 * someone named before). Input: the article's text and sentences.
 */
final class UnnamedSubject {

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> DESCRIBED = Set.of("a", "an", "who");
    private static final Set<String> MODIFIERS = Set.of("JJ", "NN", "NNS", "VBN", "HYPH", "CD");
    private static final int MAX_WORDS = 5;
    /** How many sentences back the description may stand from the pronoun. */
    private static final int MAX_SENTENCES_BACK = 2;

    private final String text;
    private final List<Sentence> sentences;

    UnnamedSubject(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /**
     * Finds the unnamed person a pronoun may stand for.
     *
     * @param pronoun offset of the pronoun
     * @return the description without its article ("owner", "night guard"), or null when none of the two sentences
     *         before the pronoun's (and the pronoun's own) opens with one
     */
    String before(int pronoun) {
        int back = 0;
        for (int k = sentences.size() - 1; k >= 0 && back <= MAX_SENTENCES_BACK; k--) {
            Sentence s = sentences.get(k);
            if (s.start() >= pronoun) {
                continue;
            }
            back++;
            String described = described(s.tokens(), pronoun);
            if (described != null) {
                return described;
            }
        }
        return null;
    }

    /** "The hiker, a 54-year-old nurse, …": the words between the article and the comma, when a person's. */
    private String described(List<Token> tokens, int pronoun) {
        if (tokens.isEmpty() || !ARTICLES.contains(lower(tokens.get(0)))) {
            return null;
        }
        int comma = 1;
        while (comma < tokens.size() && comma <= MAX_WORDS && MODIFIERS.contains(tokens.get(comma).pos())
                && !"PERSON".equals(tokens.get(comma).ner())) {
            comma++;
        }
        if (comma <= 1 || comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return null;
        }
        // "The notorious party girl, who makes headlines …" re-describes someone named before; "A night guard,
        // who …" and "The owner, a retired teacher," bring in someone new
        String next = lower(tokens.get(comma + 1));
        boolean introduced = DESCRIBED.contains(next) && !(next.equals("who") && lower(tokens.get(0)).equals("the"));
        boolean person = introduced && tokens.get(comma).end() < pronoun
                && tokens.get(comma - 1).pos().startsWith("NN")
                && !SpeakerFinder.isOrganisationRole(tokens.get(comma - 1))
                && !Lexicon.DOCUMENTS.contains(lower(tokens.get(comma - 1)));
        return person ? text.substring(tokens.get(1).start(), tokens.get(comma - 1).end()) : null;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
