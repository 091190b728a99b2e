package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Part;

/**
 * A statement found in one article before ids are given.
 *
 * @param start     start of the whole statement (attribution and every part included)
 * @param end       end, exclusive
 * @param parts     the quoted or reported pieces, in text order, at least one
 * @param mode      "direct" or "reported"
 * @param speaker   the speaker, or null
 * @param cue       the attributing words, or null
 * @param cueClass  the cue's class ("say", "deny", …), or null without a cue
 * @param continues true when the cue goes on with the previous quotation ("he added")
 * @param from      the statement this quotation goes on from (a later sentence or paragraph after the
 *                  attribution), or null (the very object of the finder's list)
 */
record FoundStatement(int start, int end, List<Part> parts, String mode, SpeakerPhrase speaker, String cue,
                      String cueClass, boolean continues, FoundStatement from) {

    /** Makes the parts immutable. */
    FoundStatement {
        parts = List.copyOf(parts);
    }

    /** A statement that goes on from no other. */
    FoundStatement(int start, int end, List<Part> parts, String mode, SpeakerPhrase speaker, String cue,
                   String cueClass, boolean continues) {
        this(start, end, parts, mode, speaker, cue, cueClass, continues, null);
    }

    /** A statement of one part. */
    FoundStatement(int start, int end, int contentStart, int contentEnd, String mode, SpeakerPhrase speaker,
                   String cue, String cueClass) {
        this(start, end, List.of(new Part(contentStart, contentEnd)), mode, speaker, cue, cueClass, false);
    }

    /** Returns the start of the first part. */
    int contentStart() {
        return parts.get(0).start();
    }

    /** Returns the end of the last part. */
    int contentEnd() {
        return parts.get(parts.size() - 1).end();
    }

    /**
     * Returns this statement with another statement's parts added after its own (a quote going on).
     *
     * @param next the statement that continues this one
     * @return the joined statement
     */
    FoundStatement joinedWith(FoundStatement next) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(next.parts());
        return new FoundStatement(Math.min(start, next.start()), Math.max(end, next.end()), all, mode, speaker, cue,
                cueClass, continues, from);
    }

    /**
     * Returns this quotation as going on from another: its own statement, with the other's speaker and cue when it
     * has no attribution of its own ("he added" keeps its own).
     *
     * @param previous the statement it goes on from
     * @return the continuing statement
     */
    FoundStatement goingOnFrom(FoundStatement previous) {
        return cue == null
                ? new FoundStatement(start, end, parts, mode, previous.speaker(), previous.cue(), previous.cueClass(),
                        continues, previous)
                : new FoundStatement(start, end, parts, mode, speaker, cue, cueClass, continues, previous);
    }

    /** Returns this statement marked as going on with the previous quotation. */
    FoundStatement continuing() {
        return new FoundStatement(start, end, parts, mode, speaker, cue, cueClass, true, from);
    }
}
