package org.crosscheck.model;

/**
 * One token of an annotated article.
 *
 * @param start      start offset in the article text
 * @param end        end offset, exclusive
 * @param word       the token as written
 * @param pos        Penn Treebank part of speech, or null when not tagged
 * @param lemma      lemma, or null
 * @param ner        named-entity tag (PERSON, NUMBER, DATE …, "O" for none), or null
 * @param normalized normalised value of a number or date ("&gt;=12.0", "2024-08-06"), or null
 */
public record Token(int start, int end, String word, String pos, String lemma, String ner, String normalized)
        implements java.io.Serializable {
}
