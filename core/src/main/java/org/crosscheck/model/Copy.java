package org.crosscheck.model;

/**
 * A reuse relation between two articles.
 *
 * @param article  the article that reuses
 * @param of       the likely original
 * @param relation "duplicate", "wire", "rewrite", "translation" (a copy in another language) or "quotes"
 * @param score    strength of the evidence, 0..1
 */
public record Copy(String article, String of, String relation, double score) implements java.io.Serializable {
}
