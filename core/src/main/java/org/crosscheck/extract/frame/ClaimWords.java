package org.crosscheck.extract.frame;

import org.crosscheck.model.Figure;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Speaker;

/**
 * What the words right before a figure say of whose it is: a figure noun ("put the number at 11", "the
 * government's figure of some 12,000") makes it restate the count told before it, a possessive before that noun
 * names its owner, and the subject of an estimating verb ("The U.S. Geological Survey put the quake's strength at
 * magnitude-5.4") or of a counting verb ("the union has counted 14 journalists detained") claims it. Precondition: tokens carry part of speech and lemma.
 */
final class ClaimWords {

    private static final int VERB_BEFORE = 8;

    private final FrameLexicon lexicon;

    ClaimWords(FrameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * What the words before a figure say.
     *
     * @param restates  true when a figure noun stands right before it, so that it restates the count before it
     * @param owner     the possessive before that noun ("the government's"), or null
     * @param estimator the subject of "put … at", "estimate … at", "has counted", or null
     */
    record Found(boolean restates, Speaker owner, Speaker estimator) {
        static final Found NONE = new Found(false, null, null);
    }

    /**
     * Reads the words before a figure.
     *
     * @param figure   the figure
     * @param sentence the sentence that holds it
     * @param context  its article
     * @return what they say; {@link Found#NONE} when the figure's words are not among the sentence's tokens
     */
    Found find(Figure figure, Sentence sentence, FrameFinder.Context context) {
        Span span = Span.of(sentence.tokens(), figure.start(), figure.end());
        if (span == null) {
            return Found.NONE;
        }
        int noun = figureNoun(span);
        return new Found(noun >= 0, noun < 0 ? null : owner(span, noun, context), estimator(span, context));
    }

    /** The index of a figure noun standing before the number ("the number at", "figure of some"), or -1. */
    private int figureNoun(Span span) {
        int i = beforeModifiers(span, true);
        return span.pos(i).equals("IN") && lexicon.isMeta(span.lemma(i - 1)) ? i - 1 : -1;
    }

    /** "the government's figure": the noun run before the possessive. */
    private static Speaker owner(Span span, int noun, FrameFinder.Context context) {
        if (noun < 2 || !span.pos(noun - 1).equals("POS")) {
            return null;
        }
        return nounsBefore(span, noun - 2, context);
    }

    /**
     * The subject of the estimating verb whose "at" stands before the number, or of a counting verb that takes the
     * number as its object ("the union has counted 14"), or null.
     */
    private Speaker estimator(Span span, FrameFinder.Context context) {
        int verbBefore = beforeModifiers(span, true);
        if (span.pos(verbBefore).startsWith("VB") && lexicon.isCounting(span.lemma(verbBefore))) {
            return nounsBefore(span, subjectEnd(span, verbBefore), context);
        }
        int at = beforeModifiers(span, false);
        if (!span.lemma(at).equals("at")) {
            return null;
        }
        int first = Math.max(0, at - VERB_BEFORE);
        for (int verb = at - 1; verb >= first; verb--) {
            if (span.pos(verb).startsWith("VB") && lexicon.isEstimating(span.lemma(verb))) {
                return nounsBefore(span, subjectEnd(span, verb), context);
            }
        }
        return null;
    }

    /** The last word of a verb's subject, past commas, "who"/"which", adverbs and auxiliaries. */
    private static int subjectEnd(Span span, int verb) {
        int end = verb - 1;
        while (end >= 0 && (span.word(end).equals(",") || span.pos(end).startsWith("W")
                || span.pos(end).startsWith("RB") || span.pos(end).equals("MD") || span.lemma(end).equals("have"))) {
            end--;
        }
        return end;
    }

    /** The token before the number, past the hedge words before it (and determiners when asked). */
    private static int beforeModifiers(Span span, boolean determiners) {
        int i = span.from() - 1;
        while (i >= span.from() - 3 && (span.pos(i).startsWith("JJ") || span.pos(i).startsWith("RB")
                || determiners && span.pos(i).equals("DT"))) {
            i--;
        }
        return i;
    }

    /** The run of nouns ending at token {@code end}, as a speaker resolved to its entity; null when none. */
    private static Speaker nounsBefore(Span span, int end, FrameFinder.Context context) {
        int from = end;
        while (from >= 0 && span.pos(from).startsWith("NN")) {
            from--;
        }
        if (from == end) {
            return null;
        }
        int start = span.tokens().get(from + 1).start();
        return new Speaker(context.entityAtStart().get(start),
                context.text().substring(start, span.tokens().get(end).end()));
    }
}
