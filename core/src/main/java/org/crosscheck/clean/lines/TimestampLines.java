package org.crosscheck.clean.lines;

/** Marks lines that are only a publication timestamp and moves the date to the published field. */
public final class TimestampLines implements LineFilter {

    @Override
    public void apply(Draft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.isOpen(i) && Timestamps.isTimestampLine(draft.line(i))) {
                draft.mark(i, Verdict.metadata(Role.PUBLISHED, new LineFacts(null, null, Timestamps.parse(draft.line(i)), null, null, null, null)));
            }
        }
    }
}
