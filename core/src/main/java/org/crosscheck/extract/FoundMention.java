package org.crosscheck.extract;

/**
 * A name found in one article before resolution (see {@link EntityStage#found} and {@link EntityStage#resolve}).
 *
 * @param article  article id
 * @param type     PERSON, ORGANIZATION or LOCATION
 * @param start    start offset
 * @param end      end offset, exclusive
 * @param text     the name as written
 * @param longForm for an acronym defined in the text ("(IWSC)"), the long form's text; else null
 */
public record FoundMention(String article, String type, int start, int end, String text, String longForm)
        implements java.io.Serializable {
}
