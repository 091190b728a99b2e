package org.crosscheck.extract;

import java.util.Set;

/**
 * One speech cue of the lexicon: a verb lemma, what kind of saying it is, and what must follow it.
 *
 * @param lemma    the verb's lemma
 * @param cueClass the cue class ("say", "deny", "criticise", "post", "find")
 * @param reported what must follow for reported speech: "any", "that", "as", "quote", a particle; empty: never
 * @param direct   what must follow for it to attribute a quotation of its sentence; empty: never
 * @param order    "invert" (the speaker may follow the verb), "continue" (goes on with the last quotation) or "-"
 * @param stance   true when the verb's object alone, however short, is what it says ("denied the charge",
 *                 "welcomed the move")
 */
record Cue(String lemma, String cueClass, Set<String> reported, Set<String> direct, String order, boolean stance) {

    /** Returns true when the speaker may stand after the verb ("…," replied the mayor). */
    boolean inverts() {
        return order.equals("invert") || order.equals("continue");
    }

    /** Returns true when the verb goes on with the previous speaker's quotation ("he added"). */
    boolean continues() {
        return order.equals("continue");
    }
}
