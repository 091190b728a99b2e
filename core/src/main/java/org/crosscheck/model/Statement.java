package org.crosscheck.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Something someone said: a direct quote or reported speech.
 *
 * @param id       stable id (e.g. {@code s12})
 * @param article  the article id
 * @param start    start of the whole statement (attribution and every part included) in the article text
 * @param end      end of the statement, exclusive
 * @param mode     "direct" or "reported"
 * @param speaker  who said it, or null when unknown
 * @param cue      the verb or phrase that attributes it ("said", "according to"), or null
 * @param content  what was said, as written; the parts joined by " … " when there are several
 * @param parts    the quoted or reported pieces in text order (a quote that goes on after its attribution has two);
 *                 empty for a statement made before parts were recorded
 * @param cueClass what kind of saying the cue is ({@link #SAY}, {@link #DENY}, {@link #CRITICISE}, {@link #POST},
 *                 {@link #FIND}), or null when there is no cue
 * @param continues the id of the statement this one goes on from (a quotation that goes on in a later sentence or
 *                 paragraph after its attribution: same speaker and cue), or null
 */
public record Statement(String id, String article, int start, int end, String mode, Speaker speaker, String cue,
                        String content, List<Part> parts, @JsonProperty("cue_class") String cueClass,
                        String continues)
        implements java.io.Serializable {

    /** Mode of a direct quote. */
    public static final String DIRECT = "direct";
    /** Mode of reported speech. */
    public static final String REPORTED = "reported";
    /** Cue class of plain saying ("said", "joked", "insisted", "according to"). */
    public static final String SAY = "say";
    /** Cue class of denials and rejections ("denied", "rejected", "dismissed … as"). */
    public static final String DENY = "deny";
    /** Cue class of criticism and accusation ("accused", "slammed … as", "condemned"). */
    public static final String CRITICISE = "criticise";
    /** Cue class of posts on social media ("tweeted", "posted", a signed embedded post). */
    public static final String POST = "post";
    /** Cue class of findings of documents and inquiries ("the survey found", "the report showed"). */
    public static final String FIND = "find";

    /** Makes the parts list immutable. */
    public Statement {
        parts = List.copyOf(parts == null ? List.of() : parts);
    }

    /**
     * A statement that goes on from no other (as made before {@code continues} existed).
     *
     * @param id       stable id
     * @param article  the article id
     * @param start    start of the whole statement
     * @param end      end, exclusive
     * @param mode     "direct" or "reported"
     * @param speaker  who said it, or null
     * @param cue      the attributing words, or null
     * @param content  what was said
     * @param parts    the quoted or reported pieces
     * @param cueClass the cue's class, or null
     */
    public Statement(String id, String article, int start, int end, String mode, Speaker speaker, String cue,
                     String content, List<Part> parts, String cueClass) {
        this(id, article, start, end, mode, speaker, cue, content, parts, cueClass, null);
    }

    /** A statement without recorded parts or cue class (as stored before parts existed). */
    public Statement(String id, String article, int start, int end, String mode, Speaker speaker, String cue,
                     String content) {
        this(id, article, start, end, mode, speaker, cue, content, List.of(), null, null);
    }

    /**
     * Returns this statement with another speaker.
     *
     * @param other the speaker, or null
     * @return the statement
     */
    public Statement withSpeaker(Speaker other) {
        return new Statement(id, article, start, end, mode, other, cue, content, parts, cueClass, continues);
    }

    /**
     * Returns this statement with its ids renamed (a corpus numbered again).
     *
     * @param newId        this statement's new id
     * @param newContinues the new id of the statement it goes on from, or null
     * @return the statement
     */
    public Statement withIds(String newId, String newContinues) {
        return new Statement(newId, article, start, end, mode, speaker, cue, content, parts, cueClass, newContinues);
    }
}
