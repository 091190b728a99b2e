package org.crosscheck.extract.frame;

import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Token;

/**
 * A figure's place among its sentence's tokens: tokens {@code from} (inclusive) to {@code to} (exclusive)
 * are the figure's own words (hedge, number, unit).
 *
 * @param tokens the sentence's tokens
 * @param from   the figure's first token
 * @param to     the token after the figure's last
 */
record Span(List<Token> tokens, int from, int to) {

    /**
     * Locates a figure's characters among a sentence's tokens.
     *
     * @param tokens the sentence's tokens
     * @param start  the figure's start offset
     * @param end    the figure's end offset, exclusive
     * @return the span, or null when no token lies inside the figure
     */
    static Span of(List<Token> tokens, int start, int end) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= start && t.end() <= end) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        return from < 0 ? null : new Span(tokens, from, to);
    }

    /** Returns the lower-case lemma (or word) of token i, "" outside the sentence. */
    String lemma(int i) {
        if (i < 0 || i >= tokens.size()) {
            return "";
        }
        Token t = tokens.get(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** Returns the part of speech of token i, "" outside the sentence. */
    String pos(int i) {
        return i < 0 || i >= tokens.size() || tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
    }

    /** Returns the named-entity tag of token i, "O" outside the sentence. */
    String ner(int i) {
        return i < 0 || i >= tokens.size() || tokens.get(i).ner() == null ? "O" : tokens.get(i).ner();
    }

    /** Returns the word of token i as written, "" outside the sentence. */
    String word(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word();
    }

    /** Returns true when token i ends a clause (semicolon, dash, colon or a bracket). */
    boolean clauseBreak(int i) {
        String w = word(i);
        return w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—") || w.equals("–")
                || w.equals("-LRB-") || w.equals("-RRB-") || w.equals("(") || w.equals(")");
    }
}
