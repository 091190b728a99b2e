package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Token;

/**
 * A noun that introduces what someone said, with its possessor: "Her message: …", "Among his demands: …",
 * "The ministry's reply: …". Input: a sentence's tokens; the noun must be followed by a colon.
 *
 * @param noun      index of the statement noun
 * @param possessor index of the possessive pronoun or of the possessor's last word
 * @param cueClass  the noun's cue class
 */
record NominalCue(int noun, int possessor, String cueClass) {

    /**
     * Finds a nominal cue ending before a token.
     *
     * @param tokens the sentence's tokens
     * @param before index of the first token after the colon, or the size to search the whole sentence
     * @return the cue, or null when there is none
     */
    static NominalCue find(List<Token> tokens, int before) {
        for (int k = 1; k + 1 < tokens.size() && k < before; k++) {
            String cueClass = Lexicon.STATEMENT_NOUNS.get(tokens.get(k).word().toLowerCase(Locale.ROOT));
            if (cueClass != null && tokens.get(k + 1).word().equals(":")) {
                int p = possessor(tokens, k);
                if (p >= 0) {
                    return new NominalCue(k, p, cueClass);
                }
            }
        }
        return null;
    }

    private static int possessor(List<Token> tokens, int noun) {
        for (int j = noun - 1; j >= 0 && j >= noun - 3; j--) {
            Token t = tokens.get(j);
            if ("PRP$".equals(t.pos())) {
                return j;
            }
            if ("POS".equals(t.pos()) && j > 0) {
                return j - 1;
            }
        }
        return -1;
    }

    /** Returns the index of the first token after the colon. */
    int contentFrom() {
        return noun + 2;
    }
}
