package org.crosscheck.extract;

/**
 * The words that name who speaks, and what they resolve to.
 *
 * @param start  start offset of the phrase
 * @param end    end offset, exclusive
 * @param text   the name to show: the entity's name when resolved, else the phrase as written
 * @param entity the entity id, or null
 * @param person true when it names a person (for resolving "he"/"she" later)
 */
record SpeakerPhrase(int start, int end, String text, String entity, boolean person) {
}
