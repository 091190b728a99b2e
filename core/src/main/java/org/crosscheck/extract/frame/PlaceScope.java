package org.crosscheck.extract.frame;

import java.util.Map;
import java.util.Set;

/**
 * Where a figure holds: the place named nearest to it in its sentence (never one in a clause of its own after
 * it), and the entity that place resolves to; the seat of an organisation named in the sentence ("the Survey in Golden, Colo.") is no place of it.
 * Precondition: tokens carry CoreNLP's NER tags.
 */
final class PlaceScope {

    /** The NER tags of places. */
    static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private final FrameLexicon lexicon;

    PlaceScope(FrameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The place of a figure.
     *
     * @param written the place as written, or null
     * @param start   its start offset, or -1
     */
    record Found(String written, int start) {
    }

    /**
     * Finds the place nearest a figure.
     *
     * @param span the figure's tokens
     * @param text the article text
     * @return the place; written null when the sentence names none
     */
    Found find(Span span, String text) {
        int bestFrom = -1;
        int bestTo = -1;
        int bestDistance = Integer.MAX_VALUE;
        int seatEnd = -1;
        for (int i = 0; i < span.tokens().size(); i++) {
            if (!PLACES.contains(span.ner(i))) {
                continue;
            }
            int j = i;
            while (j < span.tokens().size() && PLACES.contains(span.ner(j))) {
                j++;
            }
            if (seat(span, i) || i == seatEnd + 1 && span.word(seatEnd).equals(",")) {
                // "the U.S. Geological Survey in Golden, Colo., said": where the source sits, not where it holds
                seatEnd = j;
                i = j - 1;
                continue;
            }
            int distance = i >= span.to() ? i - span.to() : span.from() - j;
            if (distance >= 0 && distance < bestDistance && !(i >= span.to() && anotherClause(span, span.to(), i))) {
                bestFrom = i;
                bestTo = j;
                bestDistance = distance;
            }
            i = j - 1;
        }
        if (bestFrom < 0) {
            return new Found(null, -1);
        }
        int start = span.tokens().get(bestFrom).start();
        return new Found(text.substring(start, span.tokens().get(bestTo - 1).end()), start);
    }

    /**
     * Whether a clause of its own starts between two tokens: a break ("; —"), a conjunction that sets another
     * claim beside this one ("while", "but"), or "that" after a verb ("…, adding that dozens were missing in
     * Brevka"): a place there is where that clause holds, not where the figure does.
     */
    private boolean anotherClause(Span span, int from, int to) {
        for (int k = from; k < to; k++) {
            String lemma = span.lemma(k);
            if (span.clauseBreak(k) || lexicon.opensClause(lemma)
                    || lemma.equals("that") && span.pos(k - 1).startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** A place right after an organisation and "in" or "at": the organisation's seat. */
    private static boolean seat(Span span, int i) {
        String before = span.word(i - 1);
        return (before.equals("in") || before.equals("at")) && span.ner(i - 2).equals("ORGANIZATION");
    }

    /**
     * Resolves a place to an entity.
     *
     * @param place        the place found
     * @param entityAtStart entity ids of the article's mentions by start offset
     * @return the entity id, or null
     */
    static String entity(Found place, Map<Integer, String> entityAtStart) {
        return place.start() < 0 ? null : entityAtStart.get(place.start());
    }
}
