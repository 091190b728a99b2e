package org.crosscheck.model;

/**
 * A piece of the input that the clean stage took out of the article text, kept so nothing is lost.
 *
 * @param text   the removed text as it was in the input
 * @param reason why it was removed, a short phrase a reader understands (e.g. "donation appeal")
 */
public record Removal(String text, String reason) implements java.io.Serializable {
}
