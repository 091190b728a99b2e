package org.crosscheck.extract;

/**
 * A statement found in one article before ids are given.
 *
 * @param start        start of the whole statement (attribution included)
 * @param end          end, exclusive
 * @param contentStart start of what was said
 * @param contentEnd   end of what was said
 * @param mode         "direct" or "reported"
 * @param speaker      the speaker, or null
 * @param cue          the attributing words, or null
 */
record FoundStatement(int start, int end, int contentStart, int contentEnd, String mode, SpeakerPhrase speaker,
                      String cue) {
}
