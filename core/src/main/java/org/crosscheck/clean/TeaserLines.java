package org.crosscheck.clean;

/**
 * Marks "related article" teasers: lines cut off with an ellipsis ("… stated in an interview with…").
 * Article sentences end with punctuation; a line that trails off is a link to another page.
 */
public final class TeaserLines implements LineFilter {

    private static final int MAX_WORDS = 60;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            String line = draft.line(i).strip();
            if (draft.isOpen(i) && (line.endsWith("…") || line.endsWith("...") || line.endsWith("[…]"))
                    && LineFeatures.words(line) <= MAX_WORDS) {
                draft.mark(i, Verdict.boilerplate("teaser for another article (cut off with an ellipsis)"));
            }
        }
    }
}
