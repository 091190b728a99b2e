package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * What "it"/"its" or "they"/"their" stands for when the article names no organisation for it: the first noun
 * phrase headed by a role noun (from the role list: "union", "council", "groups") in the nearest earlier
 * sentence of this or the previous paragraph that has one, singular for "it", plural for "they" ("Talks between
 * the Orlan drivers' union and the bus company broke down. Among its demands: …" → "Orlan drivers' union").
 * Input: the article's text and its sentences.
 */
final class Antecedent {

    private static final Set<String> SINGULAR = Set.of("it", "its");
    private static final Set<String> PLURAL = Set.of("they", "their", "them");
    private static final Set<String> MODIFIERS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "POS");

    private final String text;
    private final List<Sentence> sentences;

    Antecedent(String text, Annotation annotation) {
        this.text = text;
        this.sentences = annotation.sentences();
    }

    /**
     * Finds the antecedent of a pronoun.
     *
     * @param pronoun the pronoun's token
     * @return a speaker at the pronoun named by the noun phrase it stands for, without entity; null for another word
     *         or when none is found
     */
    SpeakerPhrase of(Token pronoun) {
        String w = pronoun.word().toLowerCase(Locale.ROOT);
        if (!SINGULAR.contains(w) && !PLURAL.contains(w)) {
            return null;
        }
        boolean plural = PLURAL.contains(w);
        int paragraph = paragraphBefore(pronoun.start());
        int previousParagraph = paragraph == 0 ? 0 : paragraphBefore(paragraph - 3);
        for (int k = sentences.size() - 1; k >= 0; k--) {
            Sentence s = sentences.get(k);
            if (s.end() > pronoun.start()) {
                continue;
            }
            if (s.start() < previousParagraph) {
                break;
            }
            String name = firstRolePhrase(s.tokens(), plural);
            if (name != null) {
                return new SpeakerPhrase(pronoun.start(), pronoun.end(), name, null, false);
            }
        }
        return null;
    }

    private int paragraphBefore(int at) {
        if (at <= 0) {
            return 0;
        }
        int p = text.lastIndexOf("\n\n", at);
        return p < 0 ? 0 : p + 2;
    }

    private String firstRolePhrase(List<Token> tokens, boolean plural) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean number = plural == (t.pos().equals("NNS") || t.pos().equals("NNPS"));
            boolean head = i + 1 == tokens.size() || !tokens.get(i + 1).pos().startsWith("NN");
            if (t.pos().startsWith("NN") && number && head && SpeakerFinder.isRole(t) && !"PERSON".equals(t.ner())) {
                int from = i;
                while (from > 0 && MODIFIERS.contains(tokens.get(from - 1).pos())) {
                    from--;
                }
                return text.substring(tokens.get(from).start(), t.end());
            }
        }
        return null;
    }
}
