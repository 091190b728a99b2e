package org.crosscheck.extract.frame;

/**
 * Finds the place a distance is measured from, written after it: "35 miles southwest of Bandar Abbas", "60km
 * south west of the port of Bandar Abbas", "1,150 kilometers (700 miles) southeast of Tehran", "100 km from
 * Kyiv". Two outlets' distances from one place may report one quantity whatever their numbers; distances from
 * two places never do. Precondition: tokens carry part of speech and CoreNLP's NER tags.
 */
final class DistanceAnchor {

    /** The longest restatement in brackets looked past ("(36 miles)"). */
    private static final int BRACKETS = 6;
    /** The most words between "of" or "from" and the place ("the port of"). */
    private static final int LEAD = 4;

    private final FrameLexicon lexicon;

    DistanceAnchor(FrameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Finds the anchor of a distance.
     *
     * @param span the figure's tokens
     * @param text the article text
     * @return the place as written, or null when no direction from a named place follows the figure
     */
    String find(Span span, String text) {
        int i = pastBrackets(span, span.to());
        boolean direction = false;
        while (i < span.tokens().size() && (direction(span, i) || direction && hyphen(span, i))) {
            direction |= direction(span, i);
            i++;
        }
        String joint = span.lemma(i);
        if (!(direction && joint.equals("of") || joint.equals("from"))) {
            return null;
        }
        int place = i + 1;
        while (place < Math.min(span.tokens().size(), i + 1 + LEAD) && !named(span, place)) {
            String pos = span.pos(place);
            if (!(pos.equals("DT") || pos.equals("NN") || pos.equals("JJ") || span.lemma(place).equals("of"))) {
                return null;
            }
            place++;
        }
        int end = place;
        while (end < span.tokens().size() && named(span, end)) {
            end++;
        }
        return end == place ? null : text.substring(span.tokens().get(place).start(), span.tokens().get(end - 1).end());
    }

    /** The token after a bracketed restatement that opens at i ("58km (36 miles) south-west"), else i. */
    private static int pastBrackets(Span span, int i) {
        if (!span.word(i).equals("(") && !span.word(i).equals("-LRB-")) {
            return i;
        }
        for (int k = i + 1; k < Math.min(span.tokens().size(), i + BRACKETS); k++) {
            if (span.word(k).equals(")") || span.word(k).equals("-RRB-")) {
                return k + 1;
            }
        }
        return i;
    }

    /**
     * A word of a place's name: tagged as a place, or a proper noun whatever the tagger took it for ("south-west
     * of Bandar Abbas" is a place even when "Bandar Abbas" is tagged as a person).
     */
    private static boolean named(Span span, int i) {
        return PlaceScope.PLACES.contains(span.ner(i)) || span.pos(i).startsWith("NNP");
    }

    private boolean direction(Span span, int i) {
        String word = span.word(i);
        return word.equals(word.toLowerCase(java.util.Locale.ROOT)) && lexicon.isDirection(span.lemma(i));
    }

    private static boolean hyphen(Span span, int i) {
        return span.word(i).equals("-") || span.pos(i).equals("HYPH");
    }
}
