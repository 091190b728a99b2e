package org.crosscheck.extract.frame;

import java.util.Set;

/**
 * Finds what happened to what a figure counts, as an action class from the lexicon: the verb that takes the
 * number as its object ("executed 93 soldiers"), the noun it belongs to ("the execution of nine troops"), the
 * participle or verb after the counted noun ("residents have been evacuated", "people died"), or a word of
 * the noun phrase itself ("10 dead", "two wounded soldiers"). A verb that only reports or counts is looked past
 * ("were known to have died"); a verb may say it together with its object ("had left their homes").
 * Precondition: tokens carry part of speech and lemma.
 */
final class ActionFinder {

    private static final Set<String> SKIP_BEFORE = Set.of("DT", "RB", "RBR", "JJ", "JJR", "PRP$");
    private static final Set<String> SKIP_AFTER = Set.of("who", "that", "which", "were", "was", "are", "is", "been",
            "have", "has", "had", "be", "being", "reportedly", "also", "all", "allegedly", "later", "now", "since");
    private static final int BEFORE = 4;
    /** How much farther back the verb of a list is looked for, for each joint crossed. */
    private static final int LIST = 10;
    private static final int AFTER = 6;
    /** How much farther the verb after the counted noun is looked for past a phrase that qualifies it. */
    private static final int PHRASE = 2;
    /** The longest aside between the counted noun and its verb ("three people, a man and two women, were …"). */
    private static final int ASIDE = 10;

    private final FrameLexicon lexicon;

    ActionFinder(FrameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Finds the action of a figure.
     *
     * @param span    the figure's tokens
     * @param counted its counted thing
     * @return the action class, or null when no word tells
     */
    String find(Span span, CountedThing.Found counted) {
        String next = span.pos(span.to()).startsWith("NN") || counted.headIndex() > span.to() ? null
                : lexicon.action(span.lemma(span.to()));
        if (next != null) {
            // "another 121 injured", "10 dead": the word after the number says it before any verb does
            return next;
        }
        if (counted.headIndex() >= 0 && counted.headIndex() < span.from()) {
            // "the number of people killed … has risen to 23": the participle after the subject's noun
            String participle = lexicon.action(span.lemma(counted.headIndex() + 1));
            if (participle != null) {
                return participle;
            }
        }
        int end = counted.headIndex() >= 0 ? Math.max(counted.headIndex() + 1, span.to()) : span.to();
        String before = before(span);
        String after = after(span, end);
        // a listed verb that governs the number or follows its noun says what happened; a participle inside the
        // noun phrase ("nine captured soldiers were executed") only describes the thing
        for (String candidate : new String[] {before, after, inPhrase(span, end)}) {
            if (candidate != null && lexicon.action(candidate) != null) {
                return candidate;
            }
        }
        if (before != null || after != null) {
            return before != null ? before : after;
        }
        return counted.head() == null ? null : lexicon.action(counted.head());
    }

    /**
     * The verb or noun governing the number from before it, past hedges and articles, and past the items of a
     * list the number ends ("attacked a government building, four shops and two banks").
     */
    private String before(Span s) {
        int limit = Math.max(0, s.from() - BEFORE);
        boolean inList = false;
        for (int i = s.from() - 1; i >= limit; i--) {
            String pos = s.pos(i);
            if (!s.clauseBreak(i) && listJoint(s, i) > 0) {
                i -= listJoint(s, i) - 1;
                inList = true;
                limit = Math.max(0, limit - LIST);
                continue;
            }
            if (s.clauseBreak(i) || s.word(i).equals(",")) {
                return null;
            }
            // whatever the tagger takes "home" for ("is home to" reads as an adverb), a listed phrase says it
            String nounTo = s.lemma(i).equals("to") ? lexicon.action(s.lemma(i - 1) + " to") : null;
            if (nounTo != null) {
                // "the island, home to 120,000 people": a noun and "to" say it together
                return nounTo;
            }
            if (s.lemma(i).equals("to") && s.pos(i - 1).startsWith("NN") && s.pos(i - 2).startsWith("VB")) {
                // "setting fire to three banks": a verb and its object before "to" say it together
                return lexicon.action(s.lemma(i - 2) + " " + s.lemma(i - 1));
            }
            if (inList && (pos.startsWith("NN") || pos.equals("CD") || SKIP_BEFORE.contains(pos)
                    || pos.equals("IN") && !s.lemma(i).equals("that"))) {
                // the words of an earlier item ("a police station with petrol bombs in central Athens")
                continue;
            }
            if (pos.startsWith("VB")) {
                return lexicon.isReporting(s.lemma(i)) ? null : verb(s, i);
            }
            if (pos.startsWith("NN") && s.lemma(i + 1).equals("of")) {
                return lexicon.action(s.lemma(i));
            }
            if ((pos.equals("IN") || pos.equals("TO")) && !s.lemma(i).equals("of") && s.pos(i - 1).startsWith("NN")
                    && lexicon.action(s.lemma(i - 1)) != null) {
                // "causing major destruction in seven villages", "damage to 40 homes": the noun tells what
                // happened to what it is in or to
                return lexicon.action(s.lemma(i - 1));
            }
            if (!SKIP_BEFORE.contains(pos) && !s.lemma(i).equals("least") && !s.lemma(i).equals("of")) {
                return null;
            }
        }
        return null;
    }

    /**
     * How many tokens ending at i join two items of a list of nouns: a comma or "and"/"or" after a noun (1), "as
     * well as" (3); 0 when none.
     */
    private static int listJoint(Span s, int i) {
        if (s.lemma(i).equals("as") && s.lemma(i - 1).equals("well") && s.lemma(i - 2).equals("as")
                && s.pos(i - 3).startsWith("NN")) {
            return 3;
        }
        boolean joint = s.word(i).equals(",") || s.lemma(i).equals("and") || s.lemma(i).equals("or");
        return joint && s.pos(i - 1).startsWith("NN") ? 1 : 0;
    }

    /** An action word right after the number or inside the counted noun phrase ("10 dead", "wounded"). */
    private String inPhrase(Span s, int end) {
        for (int i = s.to(); i < end; i++) {
            String a = lexicon.action(s.lemma(i));
            if (a != null && !s.pos(i).startsWith("NN")) {
                return a;
            }
        }
        return s.pos(end).startsWith("JJ") ? lexicon.action(s.lemma(end)) : null;
    }

    /** The participle or verb after the counted noun ("… have been killed", "… who died"). */
    private String after(Span s, int from) {
        int limit = from + AFTER;
        for (int i = from; i < Math.min(s.tokens().size(), limit); i++) {
            String pos = s.pos(i);
            int aside = i == from ? asideEnd(s, i) : -1;
            if (aside > 0) {
                // "three people, one of them a pregnant woman, were killed": the aside names who they were
                limit += aside - i + 1;
                i = aside;
                continue;
            }
            if (listed(s, i)) {
                // "14 reporters, photographers and camera operators had been detained": the list is one phrase
                limit += 2;
                continue;
            }
            if (s.clauseBreak(i)) {
                return null;
            }
            if (i == from && pos.equals("TO") && s.pos(i + 1).equals("VB") && !SKIP_AFTER.contains(s.lemma(i + 1))) {
                // "has forced thousands to flee", "ordered 500 to leave": what they were made to do happened to them
                return verb(s, i + 1);
            }
            if (pos.startsWith("VB") && !SKIP_AFTER.contains(s.lemma(i)) && !SKIP_AFTER.contains(s.word(i))) {
                // the tagger reads such a participle as a past tense too ("journalists rounded up … are")
                String main = (pos.equals("VBN") || pos.equals("VBD")) && i == from ? mainVerb(s, i + 1) : null;
                if (main != null) {
                    // "the journalists rounded up in the port are free": the participle describes them
                    return main;
                }
                if (!lexicon.isReporting(s.lemma(i))) {
                    return verb(s, i);
                }
                // "were now known to have died", "are feared dead": what happened comes after the report
                return reported(s, i + 1);
            }
            if (!(SKIP_AFTER.contains(s.word(i).toLowerCase(java.util.Locale.ROOT)) || pos.startsWith("RB")
                    || pos.equals("MD") || pos.equals("WDT") || pos.equals("WP") || modifier(s, i, from))) {
                return null;
            }
            if (pos.equals("IN")) {
                // "4,000 residents of the lower Kessel valley were moved": the phrase's words do not count
                limit += PHRASE;
            }
        }
        return null;
    }

    /**
     * The closing mark of an aside that opens at i with a comma or dash and holds no verb ("…, a man and two
     * women, …", "… - two women and a man - …"), or -1.
     */
    private static int asideEnd(Span s, int i) {
        String open = s.word(i);
        boolean dash = open.equals("-") || open.equals("--") || open.equals("\u2014") || open.equals("\u2013");
        if (!open.equals(",") && !dash) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(s.tokens().size(), i + ASIDE); k++) {
            String w = s.word(k);
            if (dash ? w.equals(open) : w.equals(",")) {
                return k > i + 1 ? k : -1;
            }
            if (s.pos(k).startsWith("VB") || s.pos(k).equals("WDT") || s.pos(k).equals("WP") || !dash && s.clauseBreak(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The listed action of the clause's own verb after a participle phrase that describes the counted noun:
     * "soldiers captured near Brenmoor were executed", "journalists rounded up in the port are free".
     */
    private String mainVerb(Span s, int from) {
        for (int i = from; i < Math.min(s.tokens().size(), from + AFTER + 2); i++) {
            if (s.clauseBreak(i) || s.word(i).equals(",") || s.pos(i).equals("CC")) {
                return null;
            }
            String pos = s.pos(i);
            boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
            if (finite) {
                return SKIP_AFTER.contains(s.lemma(i)) || SKIP_AFTER.contains(s.word(i)) || pos.equals("MD")
                        ? reported(s, i + 1) : lexicon.action(s.lemma(i));
            }
        }
        return null;
    }

    /** The action right after a reporting verb, past "to", "have" and "been": "known to have died", "feared dead". */
    private String reported(Span s, int from) {
        for (int i = from; i < Math.min(s.tokens().size(), from + 3); i++) {
            String lemma = s.lemma(i);
            if (s.pos(i).startsWith("VB") || s.pos(i).startsWith("JJ")) {
                String action = lexicon.action(lemma);
                if (action != null || !SKIP_AFTER.contains(lemma) && !lemma.equals("to")) {
                    return action;
                }
            } else if (!lemma.equals("to")) {
                return null;
            }
        }
        return null;
    }

    /** A comma or conjunction that joins two nouns of a list ("reporters, photographers and camera operators"). */
    private static boolean listed(Span s, int i) {
        return (s.word(i).equals(",") || s.pos(i).equals("CC")) && s.pos(i - 1).startsWith("NN")
                && (s.pos(i + 1).startsWith("NN") || s.pos(i + 1).startsWith("JJ") || s.pos(i + 1).equals("CC"));
    }

    /** A word of a phrase that qualifies the counted noun ("people from Zinbi village were hurt"). */
    private static boolean modifier(Span s, int i, int from) {
        String pos = s.pos(i);
        return i - from < AFTER - 1 && (pos.equals("IN") && !s.lemma(i).equals("that") || pos.equals("DT")
                || pos.startsWith("NN") || pos.startsWith("JJ"));
    }

    /** The noun a verb takes as its object, past a determiner, possessive or adjective: "left [their] homes". */
    private static int object(Span s, int from) {
        int i = from;
        while (i < Math.min(s.tokens().size() - 1, from + 2) && SKIP_BEFORE.contains(s.pos(i))) {
            i++;
        }
        return i;
    }

    /** The class of the verb at i, with its particle when the pair is listed ("shot down"). */
    private String verb(Span s, int i) {
        String pair = lexicon.action(s.lemma(i) + " " + s.lemma(i + 1));
        if (pair != null) {
            return pair;
        }
        String withObject = lexicon.action(s.lemma(i) + " " + s.lemma(object(s, i + 1)));
        if (withObject != null) {
            // "had left their homes": the verb and its object say it together
            return withObject;
        }
        String complement = lexicon.action(s.lemma(i + 1) + " " + s.lemma(i + 2));
        if (complement != null) {
            // "were burnt to death", "beaten to death": the phrase after the verb says what happened, whatever
            // the verb
            return complement;
        }
        String one = lexicon.action(s.lemma(i));
        return one != null ? one : s.lemma(i);
    }
}
