package org.crosscheck.model;

import java.util.List;

/**
 * Figures or statements from different articles put side by side, with a verdict.
 *
 * @param id         stable id (e.g. {@code c4})
 * @param topic      what is compared, in words
 * @param kind       the figure kind, or "statement"
 * @param figures    ids of the figures compared
 * @param statements ids of the statements compared
 * @param verdict    "agree", "differ", "compatible", "changed", "single", or "disputed" (a claim and its denial)
 * @param note       one line a reader understands
 * @param quantity   for figures, the quantity they report (what, where, when); null for statements
 */
public record Comparison(String id, String topic, String kind, List<String> figures, List<String> statements,
                         String verdict, String note, Quantity quantity) implements java.io.Serializable {

    /** Makes the lists immutable. */
    public Comparison {
        figures = List.copyOf(figures);
        statements = List.copyOf(statements);
    }

    /** A comparison without a quantity (statements, or figures compared before frames existed). */
    public Comparison(String id, String topic, String kind, List<String> figures, List<String> statements,
                      String verdict, String note) {
        this(id, topic, kind, figures, statements, verdict, note, null);
    }
}
