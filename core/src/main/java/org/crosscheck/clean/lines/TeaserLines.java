package org.crosscheck.clean.lines;

/**
 * Marks "related article" teasers: lines cut off with an ellipsis ("… stated in an interview with…").
 * Article sentences end with punctuation; a line that trails off is a link to another page. A cut falls
 * inside the text, so the ellipsis touches the last word; an ellipsis after a space ("So frustrating …")
 * is the writer's pause before what follows, and the line stays. So does a cut line between two lines of
 * prose: teasers come in lists or at the article's edges, an ellipsis amid the story is the writer's.
 */
public final class TeaserLines implements LineFilter {

    private static final int MAX_WORDS = 60;
    // a neighbour reads as the article's prose with this many words and a sentence end
    private static final int PROSE_WORDS = 12;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            String line = draft.line(i).strip();
            if (draft.isOpen(i) && cutOff(line) && LineFeatures.words(line) <= MAX_WORDS && !insideProse(draft, i)) {
                draft.mark(i, Verdict.boilerplate("teaser for another article (cut off with an ellipsis)"));
            }
        }
    }

    // teasers come in lists or at the article's edges; a line between two sentences of prose is the writer's
    private static boolean insideProse(Draft draft, int i) {
        return prose(neighbour(draft, i, -1)) && prose(neighbour(draft, i, 1));
    }

    private static String neighbour(Draft draft, int i, int step) {
        for (int j = i + step; j >= 0 && j < draft.size(); j += step) {
            if (!draft.line(j).isBlank()) {
                return draft.line(j).strip();
            }
        }
        return null;
    }

    private static boolean prose(String line) {
        return line != null && LineFeatures.words(line) >= PROSE_WORDS && LineFeatures.endsSentence(line)
                && !cutOff(line);
    }

    private static boolean cutOff(String line) {
        if (line.endsWith("[…]")) {
            return true;
        }
        int dots = line.endsWith("…") ? 1 : line.endsWith("...") ? 3 : 0;
        return dots > 0 && line.length() > dots && !Character.isWhitespace(line.charAt(line.length() - dots - 1));
    }
}
