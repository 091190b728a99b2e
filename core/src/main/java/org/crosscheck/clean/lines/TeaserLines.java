package org.crosscheck.clean.lines;

/**
 * Marks "related article" teasers: lines cut off with an ellipsis ("… stated in an interview with…").
 * Article sentences end with punctuation; a line that trails off is a link to another page. A cut falls
 * inside the text, so the ellipsis touches the last word; an ellipsis after a space ("So frustrating …")
 * is the writer's pause before what follows, and the line stays.
 */
public final class TeaserLines implements LineFilter {

    private static final int MAX_WORDS = 60;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            String line = draft.line(i).strip();
            if (draft.isOpen(i) && cutOff(line) && LineFeatures.words(line) <= MAX_WORDS) {
                draft.mark(i, Verdict.boilerplate("teaser for another article (cut off with an ellipsis)"));
            }
        }
    }

    private static boolean cutOff(String line) {
        if (line.endsWith("[…]")) {
            return true;
        }
        int dots = line.endsWith("…") ? 1 : line.endsWith("...") ? 3 : 0;
        return dots > 0 && line.length() > dots && !Character.isWhitespace(line.charAt(line.length() - dots - 1));
    }
}
