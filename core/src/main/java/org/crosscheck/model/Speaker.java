package org.crosscheck.model;

/**
 * Who a statement or figure is attributed to.
 *
 * @param entity the resolved entity id, or null when it could not be resolved
 * @param text   the speaker as written or as resolved (e.g. "she" resolved to "Anna Keller" gives "Anna Keller")
 */
public record Speaker(String entity, String text) implements java.io.Serializable {
}
