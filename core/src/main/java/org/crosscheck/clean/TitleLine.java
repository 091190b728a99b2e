package org.crosscheck.clean;

/**
 * Marks the headline: the first line of content when it reads like a headline (no closing full stop,
 * not too long) and is followed by longer text. Run it after the filters that recognise furniture
 * above a headline (appeals, datelines, captions).
 */
public final class TitleLine implements LineFilter {

    private static final int MAX_WORDS = 30;

    @Override
    public void apply(Draft draft) {
        int first = followingBody(draft, 0);
        if (first < 0) {
            return;
        }
        String line = draft.line(first).strip();
        int words = LineFeatures.words(line);
        if (words == 0 || words > MAX_WORDS || line.endsWith(".") || line.endsWith(":") || line.endsWith(",")) {
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
