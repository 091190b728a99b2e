package org.crosscheck.clean.lines;

import java.util.regex.Pattern;

/**
 * Marks the headline: the first line of content when it reads like a headline (no closing full stop,
 * not too long) and is followed by longer text. Run it after the filters that recognise furniture
 * above a headline (appeals, datelines, captions).
 */
public final class TitleLine implements LineFilter {

    private static final int MAX_WORDS = 30;
    // a sentence's last mark, also when quotes or brackets close after it ("... he said.”")
    private static final Pattern SENTENCE_END = Pattern.compile("[.:,。．]['\"’”»)\\]]*$");
    private static final Pattern QUESTION_END = Pattern.compile("[?!？！]['\"’”»)\\]]*$");
    private final boolean titleKnown;

    /** Creates the filter for text whose title is not known otherwise: a question can be a headline. */
    public TitleLine() {
        this(false);
    }

    /**
     * Creates the filter.
     *
     * @param titleKnown true when the page's markup gave the title already (HTML): then a first line that
     *                   ends like a sentence, question or exclamation included, is the start of the text
     */
    public TitleLine(boolean titleKnown) {
        this.titleKnown = titleKnown;
    }

    @Override
    public void apply(Draft draft) {
        int first = followingBody(draft, 0);
        if (first < 0) {
            return;
        }
        String line = draft.line(first).strip();
        int words = LineFeatures.words(line);
        if (words == 0 || words > MAX_WORDS || SENTENCE_END.matcher(line).find()
                || titleKnown && QUESTION_END.matcher(line).find()) {
            return;
        }
        int next = followingBody(draft, first + 1);
        if (next >= 0 && LineFeatures.words(draft.line(next)) > words) {
            draft.mark(first, Verdict.metadata(Role.TITLE, new LineFacts(line, null, null, null, null, null, null)));
        }
    }

    private static int followingBody(Draft draft, int from) {
        for (int i = from; i < draft.size(); i++) {
            if (draft.isOpen(i) && !draft.line(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
