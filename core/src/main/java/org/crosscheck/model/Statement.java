package org.crosscheck.model;

/**
 * Something someone said: a direct quote or reported speech.
 *
 * @param id      stable id (e.g. {@code s12})
 * @param article the article id
 * @param start   start of the whole statement (attribution included) in the article text
 * @param end     end of the statement, exclusive
 * @param mode    "direct" or "reported"
 * @param speaker who said it, or null when unknown
 * @param cue     the verb or phrase that attributes it ("said", "according to"), or null
 * @param content what was said, as written
 */
public record Statement(String id, String article, int start, int end, String mode, Speaker speaker, String cue,
                        String content) implements java.io.Serializable {

    /** Mode of a direct quote. */
    public static final String DIRECT = "direct";
    /** Mode of reported speech. */
    public static final String REPORTED = "reported";
}
