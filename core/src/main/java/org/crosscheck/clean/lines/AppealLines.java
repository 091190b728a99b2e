package org.crosscheck.clean.lines;

/**
 * Marks appeals to the reader anywhere in the text: donation and subscription requests, newsletter
 * boxes, membership offers (see {@link LineFeatures#isAppeal}). Then widens each run of appeals to the
 * short lines that belong to the same box ("Dear readers,", "Continue", a header ending in a colon).
 */
public final class AppealLines implements LineFilter {

    private static final String REASON = "appeal to readers (donation, subscription or newsletter box)";
    private static final int BOX_LINE_WORDS = 8;

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.isOpen(i) && LineFeatures.isAppeal(draft.line(i))) {
                draft.mark(i, Verdict.boilerplate(REASON));
            }
        }
        widenBoxes(draft);
    }

    private static void widenBoxes(Draft draft) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < draft.size(); i++) {
                if (draft.isOpen(i) && isBoxLine(draft.line(i)) && (isAppeal(draft, previous(draft, i))
                        || isAppeal(draft, next(draft, i)))) {
                    draft.mark(i, Verdict.boilerplate(REASON));
                    changed = true;
                }
            }
        }
    }

    private static boolean isBoxLine(String line) {
        String s = line.strip();
        boolean shortLine = LineFeatures.words(s) <= BOX_LINE_WORDS;
        return shortLine && (!LineFeatures.endsSentence(s) || s.endsWith("?") || s.endsWith("!")) || s.endsWith(":");
    }

    private static boolean isAppeal(Draft draft, int i) {
        return i >= 0 && draft.verdict(i) != null && REASON.equals(draft.verdict(i).reason());
    }

    private static int previous(Draft draft, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!draft.line(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static int next(Draft draft, int i) {
        for (int j = i + 1; j < draft.size(); j++) {
            if (!draft.line(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }
}
